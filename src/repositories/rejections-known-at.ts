// Who rejected whose demand, as this service knew it at an instant: every
// REJECTS edge and the items around it read now, replayed through the
// change feed (src/changes/known-subgraph.ts), then filtered, sorted and
// paged here with the rules the built list query applies in Neo4j
// (src/cypher/lists/rejections-list.ts, rejection-page.ts).
import { statementHeldAsOf } from '../analytics/as-of';
import { KnownSubgraph } from '../changes/known-subgraph';
import { onOrBefore } from '../domain/date-spec';
import type { RejectionsArgs } from '../model/list.args';
import { sortSpec } from '../model/sort.enum';
import type { DataAccess } from './data-access';
import { dateArgument } from './filters';
import { replayAt } from './known-feed';
import type { Props } from './node-mapper';
import { pageInMemory } from './page-in-memory';
import { pageParams } from './paging';
import type { PageRow } from './paging';
import type { RejectionEntry } from './rejection.repository';

const RAISING = ['SETS', 'REPEATS'];

export async function rejectionsKnownAt(
  data: DataAccess,
  args: RejectionsArgs,
  at: number,
): Promise<PageRow<RejectionEntry>> {
  const dateFrom = dateArgument('dateFrom', args.dateFrom);
  const dateTo = dateArgument('dateTo', args.dateTo);
  const asOf = dateArgument('asOf', args.asOf);
  const paging = pageParams(args);
  const [rows, replay] = await Promise.all([data.runner.read<Props>('rejection-items'), replayAt(data, at)]);
  const graph = new KnownSubgraph(replay);
  for (const row of rows) {
    const [s, d] = [row.statement as Props, row.demand as Props];
    for (const node of [s, d, row.rejecter, row.principal, row.article, row.owner]) graph.addNode(node as Props | null);
    graph.addEdge('REJECTS', s.id, d.id, row.key);
    graph.addEdge('MADE', (row.rejecter as Props | null)?.id, s.id, row.madeKey);
    graph.addEdge('ON_BEHALF_OF', s.id, (row.principal as Props | null)?.id, row.behalfKey);
    graph.addEdge('REPORTED_IN', s.id, (row.article as Props | null)?.id, row.reportedKey);
    graph.addEdge('OWNED_BY', d.id, (row.owner as Props | null)?.id, row.ownedKey);
    for (const raiser of row.raisers as Props[]) {
      // Only the id and date of a raising statement are read: enough for the asOf rule.
      graph.addNode({ id: raiser.id, date: raiser.date }, true);
      graph.addEdge(String(raiser.stance), raiser.id, d.id, raiser.key);
    }
  }

  const walks = graph.edgesThen(['REJECTS']).map((edge) => ({
    statement: edge.from,
    demand: edge.to,
    rejecter: graph.edgesThen(['MADE'], 'to', edge.from)[0]?.from ?? null,
    principal: graph.edgesThen(['ON_BEHALF_OF'], 'from', edge.from)[0]?.to ?? null,
    article: graph.edgesThen(['REPORTED_IN'], 'from', edge.from)[0]?.to ?? null,
    owner: graph.edgesThen(['OWNED_BY'], 'from', edge.to)[0]?.to ?? null,
    raisers: asOf === null ? [] : graph.edgesThen(RAISING, 'to', edge.to).map((raised) => raised.from),
  }));
  await graph.readMissing(
    data,
    walks.flatMap((walk) => [walk.statement, walk.demand, walk.rejecter, walk.principal, walk.article, walk.owner]),
  );

  const entries: RejectionEntry[] = [];
  for (const walk of walks) {
    const statement = graph.nodeThen(walk.statement);
    const demand = graph.nodeThen(walk.demand);
    const rejecter = graph.nodeThen(walk.rejecter);
    const owner = graph.nodeThen(walk.owner);
    const article = graph.nodeThen(walk.article);
    // The list query MATCHes the rejecter, the owner and the article: an edge without them is no entry.
    if (!statement || !demand || !rejecter || !owner || !article) continue;
    const principal = graph.nodeThen(walk.principal);
    const date = statement.date == null ? null : String(statement.date);
    const ids = { rejecter: rejecter.id, principal: principal?.id ?? null, owner: owner.id };
    const keep =
      (args.rejecter == null || ids.rejecter === args.rejecter || ids.principal === args.rejecter) &&
      (args.owner == null || ids.owner === args.owner) &&
      (args.actor == null || [ids.rejecter, ids.principal, ids.owner].includes(args.actor)) &&
      (args.statement == null || statement.id === args.statement) &&
      (args.demand == null || demand.id === args.demand) &&
      (args.demandKind == null || demand.kind === args.demandKind) &&
      (args.article == null || article.id === args.article) &&
      (dateFrom === null || (date !== null && (date >= dateFrom || dateFrom.startsWith(date)))) &&
      (dateTo === null || (date !== null && onOrBefore(date, dateTo))) &&
      (asOf === null ||
        (statementHeldAsOf(date, asOf) &&
          walk.raisers.some((id) => {
            const raiser = graph.nodeThen(id);
            return statementHeldAsOf(raiser?.date == null ? null : String(raiser.date), asOf);
          })));
    if (!keep) continue;
    entries.push({
      key: date ?? '',
      tie: `${String(statement.id)}|${String(demand.id)}`,
      rejecter,
      principal,
      statement,
      demand,
      owner,
      article,
    });
  }
  return pageInMemory(entries, paging, sortSpec(args.sort).desc);
}
