import { startTestServer } from '../support/test-server';

// `/` on the real server: a page of links where Express used to answer
// "Cannot GET /", and every link on it leads somewhere that answers.
describe('GET / on the real server', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers 200 text/html with links to the Sandbox, /explore, /review, /health, /ready and the docs', async () => {
    const response = await fetch(`${server.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    for (const href of ['/graphql', '/explore/', '/review/', '/health', '/ready'])
      expect(html).toContain(`href="${href}"`);
    expect(html).toContain('Apollo Sandbox');
    expect(html).toContain('README.md');
  });

  it('links only pages that answer 200 to a browser', async () => {
    const html = await (await fetch(`${server.origin}/`)).text();
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(links.length).toBe(5);
    for (const link of links) {
      const response = await fetch(`${server.origin}${link}`, { headers: { accept: 'text/html' } });
      expect([link, response.status]).toEqual([link, 200]);
    }
  });
});
