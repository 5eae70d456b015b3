// Renders a run's JSON as bench/results/latest.md: the performance targets (bench/targets.ts)
// judged against the figures, then every table.
//
//   node dist/bench/report.js bench/results/run-<time>.json    re-renders latest.md
import fs from 'node:fs';
import path from 'node:path';
import type { Target } from './operations';
import { OPERATIONS } from './operations';
import type { CellResult } from './query-load';
import type { BenchResults, SizeResult } from './run';
import type { SeedMeasurement } from './seed-throughput';

const SEED_TARGET_ROWS_PER_SECOND = 20_000;

const fmt = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || Number.isNaN(n)
    ? '–'
    : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const ratio = (n: number | null | undefined) =>
  n === null || n === undefined || Number.isNaN(n) ? '–' : `${n.toFixed(2)}×`;
const sizeLabel = (statements: number) =>
  statements >= 1_000_000
    ? `${statements / 1_000_000}M`
    : statements >= 1000
      ? `${statements / 1000}k`
      : String(statements);
const seeded = (size: SizeResult) => size.seeding.filter((s): s is SeedMeasurement => !('error' in s));

interface Verdict {
  target: string;
  met: boolean | null;
  evidence: string;
}

function cellsOf(results: BenchResults): { size: number; cell: CellResult }[] {
  return results.sizes.flatMap((size) => (size.queries?.load ?? []).map((cell) => ({ size: size.statements, cell })));
}

function rangeText(values: number[]): string {
  if (values.length === 0) return '–';
  const min = Math.min(...values);
  const max = Math.max(...values);
  return min === max ? ratio(min) : `${ratio(min)}–${ratio(max)}`;
}

export function verdicts(results: BenchResults): Verdict[] {
  const cells = cellsOf(results);
  const out: Verdict[] = [];
  const byOperation = (pick: (cell: CellResult) => number, limit: number, strict = false) =>
    OPERATIONS.map((operation) => {
      const values = cells
        .filter(({ cell }) => cell.operation === operation.name)
        .map(({ cell }) => pick(cell))
        .filter((v) => !Number.isNaN(v));
      const bad = values.filter((v) => (strict ? v >= limit : v > limit));
      return { operation: operation.name, values, bad };
    });

  if (cells.length > 0) {
    const limitRows = byOperation((cell) => cell.ratios.oursOverLimitP50, 1.5);
    out.push({
      target: 'GraphQL p50 within 1.5× of the hand-written Cypher, every operation',
      met: limitRows.every((row) => row.bad.length === 0),
      evidence: limitRows.map((row) => `${row.operation} ${rangeText(row.values)}`).join('; '),
    });
    const peerRows = byOperation((cell) => cell.ratios.oursOverPeerP50, 1.0);
    out.push({
      target: 'At least as fast as @neo4j/graphql (p50 ratio ≤ 1), every operation',
      met: peerRows.every((row) => row.bad.length === 0),
      evidence: peerRows.map((row) => `${row.operation} ${rangeText(row.values)}`).join('; '),
    });
    const nested = byOperation((cell) => cell.ratios.oursOverPeerP50, 1.0, true).find(
      (row) => row.operation === 'nested',
    );
    out.push({
      target: 'Faster than @neo4j/graphql on the nested walk (p50 ratio < 1)',
      met: nested ? nested.bad.length === 0 && nested.values.length > 0 : null,
      evidence: nested ? `nested ${rangeText(nested.values)}` : 'not measured',
    });
    const proposedLimit = byOperation((cell) => cell.ratios.proposedOverLimitP50 ?? NaN, 1.5);
    if (proposedLimit.some((row) => row.values.length > 0)) {
      out.push({
        target: '(tried) ours with the proposed query shapes, p50 within 1.5× of the hand-written Cypher',
        met: proposedLimit.every((row) => row.bad.length === 0),
        evidence: proposedLimit.map((row) => `${row.operation} ${rangeText(row.values)}`).join('; '),
      });
    }
  }

  const trips = results.sizes.flatMap((size) => (size.queries?.roundTrips ?? []).filter((r) => r.target === 'ours'));
  if (trips.length > 0) {
    const grows = trips.filter((r) => r.large.queries > r.small.queries);
    const perOperation = OPERATIONS.map((operation) => {
      const mine = trips.filter((r) => r.operation === operation.name);
      return `${operation.name} ${[...new Set(mine.map((r) => `${r.small.queries}→${r.large.queries}`))].join(', ')}`;
    });
    out.push({
      target: 'Round trips per request do not grow with result size (page 5 → 50)',
      met: grows.length === 0,
      evidence: perOperation.join('; '),
    });
  }

  const at100k = results.sizes.find((size) => size.statements === 100_000);
  if (at100k) {
    const best = seeded(at100k).sort((a, b) => b.rowsPerSecond - a.rowsPerSecond)[0];
    out.push({
      target: `Seeding 100k statements at ≥ ${fmt(SEED_TARGET_ROWS_PER_SECOND, 0)} entities+edges/s`,
      met: best ? best.rowsPerSecond >= SEED_TARGET_ROWS_PER_SECOND : false,
      evidence: seeded(at100k)
        .map(
          (s) =>
            `${s.mode}: ${fmt(s.rowsPerSecond, 0)}/s writing, ${fmt(s.rowsPerSecondWithValidation, 0)}/s with validation`,
        )
        .join('; '),
    });
  }
  // Flat: the two largest corpora, the larger at least 10x, need about the same memory (at most 1.5x).
  // Small corpora sit below the plateau: their batch buffers never fill.
  const flatness = (['stream', 'import'] as const).flatMap((mode) => {
    const runs = results.sizes
      .map((size) => ({ size, run: seeded(size).find((s) => s.mode === mode) }))
      .filter((x) => x.run);
    if (runs.length < 2) return [];
    const [below, last] = runs.slice(-2);
    const growth = (last.run!.peakLiveHeapMb ?? NaN) / (below.run!.peakLiveHeapMb ?? NaN);
    const corpusGrowth = last.size.statements / below.size.statements;
    const evidence =
      `${mode}: ${runs.map(({ size, run }) => `${sizeLabel(size.statements)} ${fmt(run!.peakLiveHeapMb, 0)} MiB`).join(', ')} live heap ` +
      `(${sizeLabel(below.size.statements)} → ${sizeLabel(last.size.statements)}: ${fmt(corpusGrowth, 0)}× the corpus, ${fmt(growth, 2)}× the memory)`;
    return [{ flat: corpusGrowth >= 10 && growth <= 1.5, evidence }];
  });
  if (flatness.length) {
    const oneTx = results.sizes
      .map((size) => ({ size, s: seeded(size).find((x) => x.mode === 'one-tx') }))
      .filter((x) => x.s);
    out.push({
      target: 'Seeder memory flat in corpus size (streamed, batched)',
      met: flatness.every((f) => f.flat),
      evidence:
        flatness.map((f) => f.evidence).join('; ') +
        (oneTx.length
          ? `; one-tx (whole corpus in memory): ${oneTx.map(({ size, s }) => `${sizeLabel(size.statements)} ${fmt(s!.peakLiveHeapMb, 0)} MiB`).join(', ')}`
          : ''),
    });
  }
  return out;
}

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function loadTable(size: SizeResult): string {
  const cells = size.queries?.load ?? [];
  const hasProposed = cells.some((cell) => cell.summary.proposed);
  const hasCpu = cells.some(
    (cell) => cell.summary.ours?.nodeCpuMs !== undefined && !Number.isNaN(cell.summary.ours?.nodeCpuMs),
  );
  const cpu = (cell: CellResult, target: Target) => {
    const x = cell.summary[target];
    return x && x.nodeCpuMs !== undefined ? `${fmt(x.nodeCpuMs, 2)} + ${fmt(x.neo4jCpuMs, 2)}` : '–';
  };
  const header = [
    'operation',
    'clients',
    'ours req/s',
    'ours p50 ms',
    'ours p99 ms',
    'ours errors',
    'Cypher req/s',
    'Cypher p50 ms',
    'peer req/s',
    'peer p50 ms',
    '**ours / Cypher p50**',
    '**ours / peer p50**',
    ...(hasProposed ? ['proposed p50 ms', 'proposed / Cypher', 'proposed / peer'] : []),
    ...(hasCpu ? ['CPU ms/request, Node + Neo4j: ours', 'Cypher', 'peer'] : []),
  ];
  const s = (cell: CellResult, target: Target) => cell.summary[target];
  return table(
    header,
    cells.map((cell) => [
      cell.fromMergedRun ? `${cell.operation} (merged run)` : cell.operation,
      cell.connections,
      fmt(s(cell, 'ours')?.rps, 0),
      fmt(s(cell, 'ours')?.p50),
      fmt(s(cell, 'ours')?.p99),
      `${s(cell, 'ours')?.errors ?? '–'}/${s(cell, 'ours')?.requests ?? '–'}`,
      fmt(s(cell, 'limit')?.rps, 0),
      fmt(s(cell, 'limit')?.p50),
      fmt(s(cell, 'peer')?.rps, 0),
      fmt(s(cell, 'peer')?.p50),
      `**${ratio(cell.ratios.oursOverLimitP50)}**`,
      `**${ratio(cell.ratios.oursOverPeerP50)}**`,
      ...(hasProposed
        ? [
            fmt(s(cell, 'proposed')?.p50),
            ratio(cell.ratios.proposedOverLimitP50),
            ratio(cell.ratios.proposedOverPeerP50),
          ]
        : []),
      ...(hasCpu ? [cpu(cell, 'ours'), cpu(cell, 'limit'), cpu(cell, 'peer')] : []),
    ]),
  );
}

function errorsNote(size: SizeResult): string {
  const cells = size.queries?.load ?? [];
  const notes: string[] = [];
  for (const cell of cells) {
    for (const [target, summary] of Object.entries(cell.summary)) {
      if (summary && summary.errors > 0)
        notes.push(
          `${target} ${cell.operation} at ${cell.connections} clients: ${summary.errors} of ${summary.requests}`,
        );
    }
  }
  return notes.length ? `\nErrors (non-2xx, GraphQL errors, timeouts): ${notes.join('; ')}.\n` : '';
}

export function renderMarkdown(results: BenchResults, jsonName: string): string {
  const m = results.machine;
  const minutes = (Date.parse(results.finishedAt) - Date.parse(results.startedAt)) / 60_000;
  const out: string[] = [];
  out.push('# Benchmark results');
  out.push('');
  out.push(
    `Generated by \`${results.command}\` (bench/run.ts) on ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${fmt(minutes, 0)} minutes; raw figures in [${jsonName}](${jsonName}).`,
  );
  const merged = Array.isArray(results.mergedFrom)
    ? results.mergedFrom
    : results.mergedFrom
      ? [results.mergedFrom]
      : [];
  if (merged.length > 0) {
    out.push('');
    out.push(
      'This report merges runs on the same machine; figures of sizes (or steps) a run did not redo come from the earlier one: ' +
        merged
          .map(
            (e) =>
              `[${e.file}](${e.file}) (\`${e.command}\`, ${e.startedAt.slice(0, 16).replace('T', ' ')} UTC, load average ${e.loadAverage.min}–${e.loadAverage.max})`,
          )
          .join('; ') +
        '.',
    );
  }
  out.push('');
  out.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.os}; Node ${m.node}, ${m.java}, Neo4j Community ${m.neo4j} embedded (bench/bench-db.ts). ` +
      `The machine is shared: its 1-minute load average ran ${results.loadAverage.min}–${results.loadAverage.max} (median ${results.loadAverage.median}) on ${m.cores} cores during this run${merged.length ? ' (merged runs: as listed above)' : ''}` +
      (results.stealPercent != null
        ? `, and the hypervisor gave ${fmt(results.stealPercent, 1)}% of the machine's CPU time to other guests (steal; per seeding run in its table)`
        : '') +
      ', ' +
      'so absolute figures drift; the ratios compare runs made seconds apart (each round runs every target back to back, in rotating order; ratios are medians of per-round ratios).',
  );
  out.push('');
  out.push(
    '**ours** = the peacegraph GraphQL API as `npm start` runs it in production (`NODE_ENV=production`, `MAX_COST` raised for the nested walk); ' +
      '**Cypher** = the same read as one hand-written Cypher query through neo4j-driver, answered by a plain Express route in the same process (the limit); ' +
      '**peer** = @neo4j/graphql 7 over the same database (bench/peer-neo4j-graphql.ts); ' +
      (results.sizes.some((size) => size.queries?.load.some((cell) => cell.summary.proposed))
        ? '**proposed** = ours with the query shapes of bench/cypher-proposals.ts, in its own process (an earlier experiment). '
        : '') +
      'Latencies are client-side, autocannon, page size 10.',
  );
  out.push('');

  out.push('## Targets');
  out.push('');
  out.push(
    table(
      ['target', 'met?', 'figures'],
      verdicts(results).map((v) => [v.target, v.met === null ? '–' : v.met ? '**met**' : '**missed**', v.evidence]),
    ),
  );
  out.push('');

  out.push('## Corpora (bench/generate-corpus.ts)');
  out.push('');
  out.push(
    table(
      [
        'statements',
        'articles',
        'actors',
        'demands',
        'rejections',
        'territories',
        'events',
        'relations',
        'files',
        'top speaker',
        'generated in',
      ],
      results.sizes.map((size) => {
        const c = size.manifest.counts;
        const top = size.manifest.topSpeakers[0];
        return [
          fmt(c.statements, 0),
          fmt(c.articles, 0),
          fmt(c.actors, 0),
          fmt(c.demands, 0),
          fmt(c.rejections, 0),
          fmt(c.territories, 0),
          fmt(c.events, 0),
          fmt(c.relations, 0),
          `${fmt(c.bytes / 1048576)} MiB`,
          top ? `${fmt((100 * top.statements) / c.statements)}% of statements` : '–',
          size.generateMs === null ? 'cached' : `${fmt(size.generateMs / 1000)} s`,
        ];
      }),
    ),
  );
  out.push('');

  out.push(
    '## Validation (bench/validate-measure.ts: src/seed/seed-dir.ts validateSeedDir, every check, file by file)',
  );
  out.push('');
  out.push(
    table(
      ['statements', 'result', 'time', 'statements/s', 'peak live heap', 'peak RSS'],
      results.sizes.map((size) => {
        const v = size.validation;
        return [
          fmt(size.statements, 0),
          v ? (v.ok ? 'valid' : `failed: ${String(v.error).split('\n')[0].slice(0, 120)}`) : '–',
          v ? `${fmt(v.ms / 1000)} s` : '–',
          v && v.ok ? fmt((size.statements * 1000) / v.ms, 0) : '–',
          v?.peakLiveHeapMb != null ? `${fmt(v.peakLiveHeapMb, 0)} MiB` : '–',
          v ? `${fmt(v.peakRssMb, 0)} MiB` : '–',
        ];
      }),
    ),
  );
  out.push('');

  out.push('## Seeding (fresh store per run; rows = entities + edges)');
  out.push('');
  out.push(
    table(
      [
        'statements',
        'mode',
        'nodes',
        'edges',
        'writing',
        '**rows/s writing**',
        'rows/s incl. validation',
        'peak live heap',
        'peak RSS',
        'CPU stolen',
      ],
      results.sizes.flatMap((size) =>
        size.seeding.map((s) =>
          'error' in s
            ? [
                fmt(size.statements, 0),
                s.mode,
                '–',
                '–',
                '–',
                `failed: ${s.error.split('\n')[0].slice(0, 120)}`,
                '–',
                '–',
                '–',
                '–',
              ]
            : [
                fmt(size.statements, 0),
                s.mode === 'one-tx'
                  ? 'one-tx (default)'
                  : s.mode === 'import'
                    ? 'import (new store)'
                    : `${s.mode} (batch ${s.batchSize}, commit every ${s.commitEvery})`,
                fmt(s.nodes, 0),
                fmt(s.edges, 0),
                `${fmt(s.seedMs / 1000)} s`,
                `**${fmt(s.rowsPerSecond, 0)}**`,
                fmt(s.rowsPerSecondWithValidation, 0),
                `${fmt(s.peakLiveHeapMb, 0)} MiB`,
                `${fmt(s.peakRssMb, 0)} MiB`,
                s.stealPercent != null ? `${fmt(s.stealPercent, 1)}%` : '–',
              ],
        ),
      ),
    ),
  );
  out.push('');
  const sameGraphs = results.sizes
    .filter((size) => seeded(size).length > 1)
    .map((size) => {
      const graphs = seeded(size).map((x) => JSON.stringify(x.graph));
      return `${sizeLabel(size.statements)} ${graphs.every((g) => g === graphs[0]) ? 'identical' : '**different**'}`;
    });
  if (sameGraphs.length)
    out.push(`Nodes per label and edges per type after each mode, compared: ${sameGraphs.join(', ')}.`, '');
  const importPhases = results.sizes.flatMap((size) =>
    seeded(size)
      .filter((s) => s.phases)
      .map((s) => ({ size, phases: s.phases! })),
  );
  if (importPhases.length) {
    const phaseText = ({ files, import: importer, schema, late }: NonNullable<SeedMeasurement['phases']>) =>
      `files ${fmt(files / 1000)} s, importer ${fmt(importer / 1000)} s, Neo4j start and schema ${fmt(schema / 1000)} s, late properties ${fmt(late / 1000)} s`;
    out.push(
      `Where the import's writing goes: ${importPhases.map(({ size, phases }) => `${sizeLabel(size.statements)}: ${phaseText(phases)}`).join('; ')}.`,
      '',
    );
  }
  const phaseHeaps = results.sizes.flatMap((size) =>
    seeded(size)
      .filter((s) => s.peakLiveHeapByPhaseMb)
      .map((s) => ({ size, heaps: s.peakLiveHeapByPhaseMb! })),
  );
  if (phaseHeaps.length) {
    const heapText = (heaps: NonNullable<SeedMeasurement['peakLiveHeapByPhaseMb']>) =>
      Object.entries(heaps)
        .map(([phase, mb]) => `${phase} ${fmt(mb, 0)}`)
        .join(', ');
    out.push(
      `The import's peak live heap phase by phase, MiB: ${phaseHeaps.map(({ size, heaps }) => `${sizeLabel(size.statements)}: ${heapText(heaps)}`).join('; ')}.`,
      '',
    );
  }
  out.push(
    'one-tx: loadCorpus, then seedCorpus with its default (the whole corpus in one transaction). ' +
      'batched: the same with seedCorpus({ commitEvery }). ' +
      'stream: seedCorpusDir, the seed directory validated file by file (every check loadCorpus makes, a few files open at a time) while each file\'s rows are spooled to disk, then written in batches with a commit every batch group; "rows/s writing" is the writing after that pass, "incl. validation" the whole. ' +
      'chunks (earlier path): seedCorpusChunks, 250 files a chunk, schema-checked on their own and written as they come, no cross-file checks. ' +
      'stream-late-fulltext (an experiment): chunks with the full-text indexes dropped first and rebuilt after, rebuild included. ' +
      'import: seedCorpusDirByImport (seed --import), for a store that does not exist yet: the same validation and spooling as stream, then CSV files, `neo4j-admin database import full` (a JVM of its own, 1 GiB heap and 1 GiB off-heap, not in the peak figures, which are the seeder\'s), Neo4j started on the new store, the schema built over it, and the properties CSV leaves out (empty lists, strings with line breaks) written through Bolt; "writing" is all of that after validation. ' +
      'Peak live heap: heap still in use after a full GC, sampled every second.',
  );
  out.push('');

  for (const size of results.sizes.filter((s) => s.queries)) {
    out.push(`## Queries at ${sizeLabel(size.statements)} statements`);
    out.push('');
    if (size.queries!.fromMergedRun) {
      out.push('(Query figures from an earlier merged run, on a store seeded from the same corpus.)');
      out.push('');
    }
    const disagree = size.queries!.agreement.filter((a) => !a.agree);
    out.push(
      disagree.length === 0
        ? `All targets returned the same data (ids in order and totals) for every input of every operation (${size.queries!.agreement.map((a) => `${a.operation} ×${a.inputs}`).join(', ')}).`
        : `**The targets disagree** on: ${disagree.map((a) => `${a.operation} (${JSON.stringify(a.detail).slice(0, 300)})`).join('; ')}.`,
    );
    out.push('');
    out.push(loadTable(size));
    out.push(errorsNote(size));
    out.push('');
    out.push('Round trips (queries) per request, page size 5 → 50:');
    out.push('');
    const trips = size.queries!.roundTrips;
    const targets = [...new Set(trips.map((t) => t.target))];
    out.push(
      table(
        ['operation', ...targets],
        OPERATIONS.map((operation) => [
          operation.name,
          ...targets.map((target) => {
            const r = trips.find((t) => t.operation === operation.name && t.target === target);
            return r ? `${r.small.queries} → ${r.large.queries}` : '–';
          }),
        ]),
      ),
    );
    out.push('');
    const cost = size.queries!.roundTripCost;
    if (cost) {
      out.push(
        `One round trip, apart from the query (nodes-by-id for one id, p50 of 300): managed read transaction ${fmt(cost.managedOne, 2)} ms, ` +
          `auto-commit (how our Executor runs reads) ${fmt(cost.autoCommitOne, 2)} ms; four in a row ${fmt(cost.managedFourSequential, 2)} ms managed, ${fmt(cost.autoCommitFourSequential, 2)} ms auto-commit, ` +
          `${fmt(cost.oneTransactionFourQueries, 2)} ms as four queries in one transaction.`,
      );
      out.push('');
    }
    const shapes = size.queries!.shapes.filter((s) => s.proposedMs !== null || s.error);
    if (shapes.length > 0) {
      out.push(
        'Our list queries inside Neo4j, replayed one at a time (median of 9), current text against the proposed shape:',
      );
      out.push('');
      out.push(
        table(
          [
            'operation',
            'query',
            'matches',
            'current ms',
            'proposed ms',
            'speed-up',
            'same result (first page and after a cursor)',
          ],
          shapes.map((s) => [
            s.operation,
            s.query,
            fmt(s.total, 0),
            fmt(s.currentMs, 2),
            fmt(s.proposedMs, 2),
            s.speedup === null ? (s.error ? `error: ${s.error.slice(0, 80)}` : '–') : ratio(s.speedup),
            s.sameResult === null ? '–' : s.sameResult ? 'yes' : '**no**',
          ]),
        ),
      );
      out.push('');
    }
  }
  out.push('Operations (bench/operations.ts):');
  out.push('');
  for (const operation of OPERATIONS) out.push(`- **${operation.name}**: ${operation.title}.`);
  out.push('');
  return out.join('\n');
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node dist/bench/report.js bench/results/run-<time>.json');
    process.exit(2);
  }
  const results = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResults;
  fs.writeFileSync(path.join(path.dirname(file), 'latest.md'), renderMarkdown(results, path.basename(file)));
}
