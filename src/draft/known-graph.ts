// What the drafter links to: the actors, demands, territories and events
// already declared in annotation files. Drafting reads it and never writes it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  ActorAnnotation,
  DemandAnnotation,
  EventAnnotation,
  TerritoryAnnotation,
} from '../seed/annotation.schema';
import { parseAnnotationFile } from '../seed/parse-annotation-file';

export interface KnownGraph {
  actors: ActorAnnotation[];
  demands: DemandAnnotation[];
  territories: TerritoryAnnotation[];
  events: EventAnnotation[];
  /** Every id declared anywhere (statements and articles too), so drafted ids never collide. */
  ids: Set<string>;
}

export const EMPTY_GRAPH: KnownGraph = { actors: [], demands: [], territories: [], events: [], ids: new Set() };

/** Merges parsed annotation files' declarations into one graph. */
export function knownGraphFrom(files: readonly { path: string; content: string }[]): KnownGraph {
  const graph: KnownGraph = { actors: [], demands: [], territories: [], events: [], ids: new Set() };
  for (const { path: file, content } of files) {
    const { parsed } = parseAnnotationFile(file, content);
    const sections = parsed.sections;
    graph.actors.push(...sections.actors.map((item) => item.value));
    graph.demands.push(...sections.demands.map((item) => item.value));
    graph.territories.push(...sections.territories.map((item) => item.value));
    graph.events.push(...sections.events.map((item) => item.value));
    for (const list of [
      sections.actors,
      sections.demands,
      sections.territories,
      sections.events,
      sections.statements,
    ]) {
      for (const item of list) graph.ids.add(item.value.id);
    }
    if (parsed.article) graph.ids.add(parsed.article.value.id);
  }
  return graph;
}

/** The annotation files of a seed directory, optionally leaving some out (by file name). */
export async function readAnnotationFiles(
  seedDir: string,
  leaveOut: readonly string[] = [],
): Promise<{ path: string; content: string }[]> {
  const dir = path.join(seedDir, 'annotations');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml') && !leaveOut.includes(name)).sort();
  return Promise.all(
    names.map(async (name) => ({ path: path.join(dir, name), content: await readFile(path.join(dir, name), 'utf8') })),
  );
}

export async function loadKnownGraph(seedDir: string, leaveOut: readonly string[] = []): Promise<KnownGraph> {
  return knownGraphFrom(await readAnnotationFiles(seedDir, leaveOut));
}
