import { DirectedGraph } from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path/unweighted';
import type { Snapshot, StatementInfo } from './snapshot';

/**
 * Who acts for whom. Deadlocks are between parties, not between the people
 * who voice them: Peskov rejecting Ukraine's demand and Zelensky rejecting
 * Russia's are one Russia–Ukraine deadlock. So actors are folded into the
 * "side" they act for, following these edges:
 *
 * - (A)-[:SPEAKS_FOR]->(B), (A)-[:LEADS]->(B), (A)-[:PART_OF]->(B)
 * - (A)-[:MEMBER_OF]->(B) only when A is a PERSON (a minister in a
 *   government); a state in an alliance (US in NATO) keeps its own side
 * - (A)-[:MADE]->(s)-[:ON_BEHALF_OF]->(B) for the statements in scope
 *
 * An actor's side is the nearest actor reachable along those edges that
 * folds into nobody (ties: the smallest id); an actor that folds into
 * nobody is its own side.
 */
export const FOLDING_RELATIONS = ['SPEAKS_FOR', 'LEADS', 'PART_OF'] as const;

export type Level = 'ACTOR' | 'SIDE';

export interface Sides {
  /** The side `actor` belongs to (itself when it folds into nobody). */
  sideOf(actor: string): string;
  /** The actors folded into `side`, itself included, sorted. */
  membersOf(side: string): string[];
}

export function resolveSides(snapshot: Snapshot): Sides {
  const folds = new DirectedGraph();
  const link = (from: string, to: string) => {
    if (from === to) return;
    folds.mergeNode(from);
    folds.mergeNode(to);
    folds.mergeEdge(from, to);
  };
  for (const relation of snapshot.actorRelations) {
    const person = snapshot.actors.get(relation.from)?.kind === 'PERSON';
    if ((FOLDING_RELATIONS as readonly string[]).includes(relation.type) || (relation.type === 'MEMBER_OF' && person)) {
      link(relation.from, relation.to);
    }
  }
  for (const statement of snapshot.statements) {
    if (statement.onBehalfOf) link(statement.speaker, statement.onBehalfOf);
  }

  const side = new Map<string, string>();
  const sideOf = (actor: string): string => {
    let found = side.get(actor);
    if (found !== undefined) return found;
    found = actor;
    if (folds.hasNode(actor) && folds.outDegree(actor) > 0) {
      const distances = singleSourceLength(folds, actor);
      const roots = Object.entries(distances).filter(([node]) => folds.outDegree(node) === 0);
      // A cycle with no way out (A PART_OF B PART_OF A) has no root: take its smallest id.
      const candidates = roots.length > 0 ? roots : Object.entries(distances);
      candidates.sort(([a, da], [b, db]) => da - db || a.localeCompare(b));
      found = roots.length > 0 ? candidates[0][0] : candidates.map(([node]) => node).sort()[0];
    }
    side.set(actor, found);
    return found;
  };

  const members = new Map<string, string[]>();
  const allActors = new Set<string>([...snapshot.actors.keys(), ...folds.nodes()]);
  for (const actor of [...allActors].sort()) {
    const s = sideOf(actor);
    members.set(s, [...(members.get(s) ?? []), actor]);
  }
  return { sideOf, membersOf: (s) => members.get(s) ?? [s] };
}

/** Maps actor ids to the level asked for: themselves, or their side. */
export type ActorMapper = (actor: string) => string;

export function actorMapper(level: Level, sides: Sides): ActorMapper {
  return level === 'SIDE' ? sides.sideOf : (actor) => actor;
}

/**
 * Whose act a statement is. At ACTOR level the speaker's (the MADE edge: who
 * said it); at SIDE level the side of the actor it was said for, if any,
 * else of the speaker.
 */
export function authorOf(statement: StatementInfo, level: Level, sides: Sides): string {
  return level === 'SIDE' ? sides.sideOf(statement.onBehalfOf ?? statement.speaker) : statement.speaker;
}
