import { serverAudits } from 'graphql-http';
import type { AuditResult } from 'graphql-http';
import { HardeningReport } from '../support/hardening-report';
import { startTestServer } from '../support/test-server';

// The GraphQL over HTTP conformance audits of graphql-http, run against the
// live server (introspection on: several audits ask for __type). Every MUST
// audit has to pass; the SHOULD and MAY ones that do not are printed with
// graphql-http's reason and listed in docs/security.md.
const report = new HardeningReport('graphql-http server audits', 'passed');

describe('GraphQL over HTTP audits (graphql-http serverAudits)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const results: AuditResult[] = [];

  beforeAll(async () => {
    server = await startTestServer({ GRAPHQL_INTROSPECTION: 'true' });
    for (const audit of serverAudits({ url: `${server.origin}/graphql` })) results.push(await audit.fn());
    const level = (result: AuditResult) => ['MUST', 'SHOULD', 'MAY'].indexOf(result.name.split(' ')[0]);
    results.sort((a, b) => level(a) - level(b));
    for (const result of results) report.record(result.name.split(' ')[0], result.status === 'ok');
    for (const result of results.filter((candidate) => candidate.status !== 'ok')) {
      report.note(`not passed: ${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`);
    }
  });

  afterAll(async () => {
    report.print();
    await server?.close();
  });

  it('passes every MUST audit', () => {
    const failedMust = results.filter((result) => result.name.startsWith('MUST') && result.status !== 'ok');
    expect(results.filter((result) => result.name.startsWith('MUST')).length).toBeGreaterThan(0);
    expect(
      failedMust.map((result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`),
    ).toEqual([]);
  });
});
