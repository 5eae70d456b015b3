import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import type { Logger } from '../logger';
import type { ExportGraphName } from './export-graph';
import type { ExportFormat } from './exports';
import { AnalyticsSession } from './session';
import type { Level } from './sides';

/**
 * `analytics` and `export` for the CLI (src/cli/commands/). Both build the
 * same AnalyticsSession as the GraphQL resolver; `--json` prints exactly the
 * objects GraphQL answers with, the default is a readable summary. The
 * options arrive checked: src/cli/commands/analytics.ts and export.ts.
 */
export const REPORTS = ['centrality', 'communities', 'stance-matrix', 'deadlocks', 'positions'] as const;
export type Report = (typeof REPORTS)[number];

/** Which part of the graph a session reads: every article when `articles` is null. */
export interface SessionScope {
  level: Level;
  articles: string[] | null;
  /** The graph as it stood on this date; null: as it stands. */
  asOf: string | null;
}

export interface AnalyticsOptions extends SessionScope {
  report: Report;
  /** positions only: the actors to follow, all when null. */
  actors: string[] | null;
  json: boolean;
}

export interface ExportOptions extends SessionScope {
  format: ExportFormat;
  graph: ExportGraphName;
  out: string;
}

async function withSession<T>(
  logger: Logger,
  scope: SessionScope,
  work: (session: AnalyticsSession) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(loadConfig().neo4j, logger);
  try {
    return await work(
      new AnalyticsSession(database.executor, { articles: scope.articles, level: scope.level, asOf: scope.asOf }),
    );
  } finally {
    await database.close();
  }
}

export async function analyticsCommand(logger: Logger, options: AnalyticsOptions): Promise<void> {
  await withSession(logger, options, async (session) => {
    const result = await run(session, options.report, options.actors);
    console.log(options.json ? JSON.stringify(result, null, 2) : render(options.report, result));
  });
}

export async function exportCommand(logger: Logger, options: ExportOptions): Promise<void> {
  const { format, graph, out } = options;
  const result = await withSession(logger, options, (session) => session.export(graph, format));
  fs.mkdirSync(out, { recursive: true });
  for (const file of result.files) fs.writeFileSync(path.join(out, file.name), file.content);
  console.log(
    `wrote ${result.graph.toLowerCase()} graph (${result.nodeCount} nodes, ${result.edgeCount} edges) as ${format.toLowerCase()} to ${out}: ` +
      result.files.map((file) => file.name).join(', '),
  );
}

async function run(session: AnalyticsSession, report: Report, actors: string[] | null): Promise<unknown> {
  switch (report) {
    case 'centrality':
      return session.centrality();
    case 'communities':
      return session.communities();
    case 'stance-matrix':
      return session.stanceMatrix();
    case 'deadlocks':
      return session.deadlocks();
    case 'positions':
      return session.positions(actors);
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- rendering the shapes run() returns */
function render(report: Report, result: any): string {
  const lines: string[] = [];
  if (report === 'centrality') {
    lines.push(`${result.projection.description}`, `${result.method}`, '');
    lines.push(['rank', 'actor'.padEnd(34), 'in', 'out', 'w-in', 'w-out', 'pagerank', 'betweenness'].join('\t'));
    result.actors.forEach((row: any, i: number) =>
      lines.push(
        [
          i + 1,
          row.actor.name.padEnd(34),
          row.inDegree,
          row.outDegree,
          row.weightedInDegree,
          row.weightedOutDegree,
          row.pageRank.toFixed(6),
          row.betweenness.toFixed(6),
        ].join('\t'),
      ),
    );
  } else if (report === 'communities') {
    lines.push(
      `${result.projection.description}`,
      `${result.method}`,
      '',
      `modularity ${result.modularity.toFixed(6)}`,
    );
    for (const c of result.communities)
      lines.push(`${c.id}\t${c.label} (${c.size}): ${c.members.map((m: any) => m.name).join(', ')}`);
  } else if (report === 'stance-matrix') {
    lines.push(
      result.method,
      '',
      ['from'.padEnd(34), 'to'.padEnd(34), 'set', 'acc', 'rej', 'sup', 'statements'].join('\t'),
    );
    for (const c of result.cells) {
      const statements = [...new Set(c.evidence.map((e: any) => e.statement.id))].join(' ');
      lines.push(
        [c.from.name.padEnd(34), c.to.name.padEnd(34), c.set, c.accepted, c.rejected, c.supported, statements].join(
          '\t',
        ),
      );
    }
  } else if (report === 'deadlocks') {
    lines.push(result.method);
    for (const d of result.deadlocks) {
      lines.push('', `${d.kind} ${d.id} [${d.grounds.join(', ')}]`, `  ${d.explanation}`);
      for (const b of d.demands) {
        lines.push(`  - ${b.side.name}: ${b.demand.summary} [${b.demand.kind}], blocked by ${b.blockedBy.name}`);
        for (const e of b.evidence) lines.push(`      ${evidenceLine(e)}`);
      }
      lines.push(`  articles: ${d.articles.map((a: any) => `${a.id} "${a.title}"`).join('; ')}`);
    }
  } else {
    lines.push(result.method);
    for (const p of result.actors) {
      lines.push('', `${p.actor.name} (${p.members.join(', ')})`);
      for (const step of p.steps) {
        lines.push(
          `  ${step.date ?? 'undated'}  ${step.stances.map((s: any) => `${s.stance} ${s.demand.id} (${s.change})`).join('; ')}  [${step.statement.id}]`,
        );
      }
      lines.push(
        `  now for: ${p.supports.map((d: any) => d.id).join(', ') || '-'}`,
        `  now against: ${p.rejects.map((d: any) => d.id).join(', ') || '-'}`,
      );
    }
  }
  return lines.join('\n');
}

function evidenceLine(e: any): string {
  const words = e.statement.quote ? `"${e.statement.quote}"` : e.statement.paraphrase;
  return `${e.stance} ${e.statement.id} ${e.statement.date ?? ''} ${e.statement.speaker.name}: ${words} (${e.statement.article.title})`;
}
