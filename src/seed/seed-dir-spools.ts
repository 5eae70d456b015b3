// The first pass of every way to seed a seed directory too large to hold:
// validate it file by file and park each sound file's rows on disk, one
// spool per node label and one per edge type, so the writing pass (Bolt
// transactions or a bulk import) reads them back one label or type at a time.
import path from 'node:path';
import { buildCorpus } from './build-corpus';
import { DiskMap } from './disk-map';
import { EDGE_TYPES, EdgeRow, EdgeType, NODE_LABELS, NodeLabel, NodeRow, toGraphRows } from './graph-rows';
import { emptySections } from './parsed-file';
import type { ParsedFile } from './parsed-file';
import { validateSeedDir } from './seed-dir';
import { Spool } from './spool';
import { distinctEdges } from './write-queries';

/** Actors or territories of one file made into rows at a time. */
const NODE_ONLY_SLICE = 1000;

/** A node row on its way to the database; an article keeps its outlet's id until the actors' names are all known. */
export type SpooledNode = NodeRow & { outletId?: string };

export interface SeedDirSpools {
  /** Rows written per label and edges per type, as spooled. */
  readonly nodeCount: number;
  readonly edges: EdgeSpools;
  /** The label's rows in spool order, articles with their outlet's name filled in; `size` is the row's length as JSON. */
  nodeRows(label: NodeLabel): AsyncGenerator<{ row: NodeRow; size: number }>;
  close(): Promise<void>;
}

/**
 * Validates the seed directory (validateSeedDir: every check loadCorpus
 * makes, a few files open at a time) and spools each sound file's rows into
 * `spoolDir`. A corpus with any problem throws here, before anything is
 * written anywhere. Edge repeats are dropped within a file; across files
 * only relation types can repeat (write-queries.ts, CROSS_FILE_TYPES).
 */
export async function spoolSeedDir(seedDir: string, spoolDir: string): Promise<SeedDirSpools> {
  const nodes = Object.fromEntries(NODE_LABELS.map((label) => [label, new Spool<SpooledNode>(path.join(spoolDir, `${label}.jsonl`))])) as Record<
    NodeLabel,
    Spool<SpooledNode>
  >;
  const edges = new EdgeSpools(spoolDir);
  // For the outlet names of articles: on disk, as there is one per actor.
  const actorNames = new DiskMap<string>(path.join(spoolDir, 'actor-names.jsonl'));
  const close = async () => {
    for (const spool of Object.values(nodes)) await spool.close();
    await edges.close();
    actorNames.close();
  };
  /** The rows of (part of) a sound file, into the spools; `text`: its article's. */
  const spoolRows = async (parsed: ParsedFile, text: string | undefined) => {
    const chunk = buildCorpus([parsed], new Map(text !== undefined && parsed.article ? [[parsed.article.value.file, text]] : []));
    for (const actor of chunk.actors) actorNames.set(actor.id, actor.name);
    const rows = toGraphRows(chunk);
    // The outlet's actor may be declared in a later file: its name is filled in when the row is read back.
    chunk.articles.forEach((article, index) => {
      if (article.outlet) (rows.nodes.Article[index] as SpooledNode).outletId = article.outlet;
    });
    for (const label of NODE_LABELS) for (const row of rows.nodes[label]) await nodes[label].write(row);
    for (const edge of distinctEdges(rows.edges)) await edges.write(edge);
  };
  try {
    await validateSeedDir(seedDir, {
      spoolDir,
      onSoundFile: async ({ parsed, text }) => {
        // Actors and territories become nodes and nothing else, so their rows can be made a slice at a time:
        // a shared file may declare every actor of the corpus (50,000 in the generated one at 1M statements).
        const { actors, territories } = parsed.sections;
        for (let start = 0; start < Math.max(actors.length, territories.length); start += NODE_ONLY_SLICE) {
          const slice = { actors: actors.slice(start, start + NODE_ONLY_SLICE), territories: territories.slice(start, start + NODE_ONLY_SLICE) };
          await spoolRows({ ...parsed, article: null, sections: { ...emptySections(), ...slice } }, undefined);
        }
        await spoolRows({ ...parsed, sections: { ...parsed.sections, actors: [], territories: [] } }, text);
      },
    });
  } catch (error) {
    await close();
    throw error;
  }
  return {
    nodeCount: NODE_LABELS.reduce((sum, label) => sum + nodes[label].length, 0),
    edges,
    async *nodeRows(label) {
      for await (const { item, size } of nodes[label].entries()) {
        const { outletId, ...row } = item;
        if (outletId !== undefined) row.props.outlet = actorNames.get(outletId) ?? null;
        yield { row, size };
      }
    },
    close,
  };
}

/** Edges on disk, one spool per type, so they come back one type at a time. */
export class EdgeSpools {
  private readonly spools = new Map<EdgeType, Spool<EdgeRow>>();

  constructor(private readonly dir: string) {}

  get length(): number {
    let count = 0;
    for (const spool of this.spools.values()) count += spool.length;
    return count;
  }

  async write(edge: EdgeRow): Promise<void> {
    let spool = this.spools.get(edge.type);
    if (!spool) this.spools.set(edge.type, (spool = new Spool<EdgeRow>(path.join(this.dir, `edges-${edge.type}.jsonl`))));
    await spool.write(edge);
  }

  /** The types that have edges, in EDGE_TYPES order, each with its rows as they are read back. */
  *byType(): Generator<[EdgeType, () => AsyncGenerator<{ item: EdgeRow; size: number }>]> {
    for (const type of EDGE_TYPES) {
      const spool = this.spools.get(type);
      if (spool) yield [type, () => spool.entries()];
    }
  }

  async close(): Promise<void> {
    for (const spool of this.spools.values()) await spool.close();
  }
}
