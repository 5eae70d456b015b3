// What each field of the schema reads, in the terms the planner needs: the
// named query and parameters its resolver will ask for (built by the same
// key functions the resolvers use), and where in that query's rows the
// nodes sit whose own fields a request may select next. A field missing
// here is simply not prefetched: its resolver loads it as before. The test
// prefetch-coverage checks that every entry here yields exactly the keys
// its resolver then loads, so a drift shows up as an extra round trip.
import type { PageArgs } from '../model/page.args';
import { sortSpec } from '../model/sort.enum';
import { actorsRead } from '../repositories/actor.repository';
import { articlesRead } from '../repositories/article.repository';
import { demandsRead } from '../repositories/demand.repository';
import { eventsRead } from '../repositories/event.repository';
import type { ParentKey } from '../repositories/loaders';
import { declaredWalks } from '../repositories/declared-walks';
import type { DeclaredWalk } from '../repositories/declared-walks';
import type { Walk } from '../repositories/neighbour.repository';
import { neighbourListKey, neighbourPageKey, parentPageKey } from '../repositories/neighbour.repository';
import type { NamedRead } from '../repositories/query-runner';
import { actorRejectionsQuery, REJECTION_ENTRY_NODES, rejectionsRead } from '../repositories/rejection.repository';
import { BY_NAME, relatedActorsWalk, relatedTerritoriesWalk } from '../repositories/relation.repository';
import { statementsRead } from '../repositories/statement.repository';
import { territoriesRead } from '../repositories/territory.repository';
import { ACTOR_RELATIONS, STANCES, TERRITORY_RELATIONS } from '../repositories/walks';

// Arguments as graphql-js coerced them; each entry reads the ones its field declares.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Args = any;

/**
 * Where a field's result holds the objects whose fields come next: a path of
 * field names from the field, and where each object's data sits in a row
 * entry (`['node']`, the default: a node's properties; `[]`: the entry itself,
 * e.g. a relation edge with its provenance).
 */
export interface ObjectsAt {
  path: readonly string[];
  entryPrefix?: readonly string[];
}

/** A per-parent read, batched over parent ids: the loader key without its parent. */
export type ParentRead = Omit<ParentKey, 'parentId'>;

export type FieldLoad =
  /** A root list: one named read (null: its resolver reads another way); the nodes are in its row's page. */
  | { kind: 'root'; read: (args: Args) => NamedRead | null; objectsAt: readonly ObjectsAt[] }
  /** A root field by id: the node loader. */
  | { kind: 'byId'; id: (args: Args) => string; objectsAt: readonly ObjectsAt[] }
  /** A field of a node, read for all parents at once; nodes are in each row's `page` or `items`. */
  | {
      kind: 'perParent';
      reads: (args: Args) => ParentRead[];
      entries: 'page' | 'items';
      objectsAt: readonly ObjectsAt[];
    }
  /** A node named by id in its parent's data (provenance: `edge.article`, a demand's `articleId`): the node loader. */
  | { kind: 'nodeOf'; idPath: readonly string[]; objectsAt: readonly ObjectsAt[] };

const CONNECTION_NODES: readonly ObjectsAt[] = [{ path: ['nodes'] }, { path: ['edges', 'node'] }];
/** Relation connections: their nodes, and their edges, which carry provenance ids. */
const RELATION_CONNECTION: readonly ObjectsAt[] = [...CONNECTION_NODES, { path: ['edges'], entryPrefix: [] }];
const ITSELF: readonly ObjectsAt[] = [{ path: [] }];

const REJECTION_NODES: readonly ObjectsAt[] = Object.entries(REJECTION_ENTRY_NODES).flatMap(([field, entryNode]) => [
  { path: ['nodes', field], entryPrefix: [entryNode] },
  { path: ['edges', 'node', field], entryPrefix: [entryNode] },
]);

const withoutParent = ({ query, params }: ParentKey): ParentRead => ({ query, params });

const root = (read: (args: Args) => NamedRead | null, objectsAt = CONNECTION_NODES): FieldLoad => ({
  kind: 'root',
  read,
  objectsAt,
});
const byId: FieldLoad = { kind: 'byId', id: (args) => String(args.id), objectsAt: ITSELF };
const nodeOf = (...idPath: string[]): FieldLoad => ({ kind: 'nodeOf', idPath, objectsAt: ITSELF });

/** A connection over one walk, sorted by the field's `sort` argument. */
const walkPage = (
  walk: Walk | ((args: Args) => Walk),
  sort?: { by: string; desc: boolean },
  objectsAt = CONNECTION_NODES,
): FieldLoad => ({
  kind: 'perParent',
  reads: (args: PageArgs & { sort?: string }) => [
    withoutParent(
      neighbourPageKey('', typeof walk === 'function' ? walk(args) : walk, sort ?? sortSpec(args.sort ?? ''), args),
    ),
  ],
  entries: 'page',
  objectsAt,
});

/** A page from a per-parent query of its own. */
const ownPage = (query: string, objectsAt = CONNECTION_NODES): FieldLoad => ({
  kind: 'perParent',
  reads: (args: PageArgs & { sort: string }) => [withoutParent(parentPageKey(query, '', sortSpec(args.sort), args))],
  entries: 'page',
  objectsAt,
});

/** Every neighbour over some edges (to-one fields and short lists). */
const neighbours = (
  direction: 'out' | 'in',
  types: readonly string[] | ((args: Args) => readonly string[]),
  objectsAt = ITSELF,
): FieldLoad => ({
  kind: 'perParent',
  reads: (args) => [withoutParent(neighbourListKey('', direction, typeof types === 'function' ? types(args) : types))],
  entries: 'items',
  objectsAt,
});

const typesOr = (fallback: readonly string[]) => (args: { types?: string[] | null }) =>
  args.types?.length ? args.types : fallback;
const stancesOr = (args: { stances?: string[] | null }) => (args.stances?.length ? args.stances : STANCES);

/** The load of a declared walk field (src/domain/relationships.ts), by its shape: the read its generated resolver makes. */
function declaredWalkLoad({ field, walk, types }: DeclaredWalk): FieldLoad {
  switch (field.shape) {
    case 'page':
      return walkPage(walk!);
    case 'relationPage':
      return walkPage(walk!, BY_NAME, RELATION_CONNECTION);
    case 'one':
    case 'optionalOne':
    case 'list':
      return neighbours(field.direction, types);
  }
}

/** The fields written by hand: root lists and by-id reads, and walks over families of types or of their own. */
const HAND_WRITTEN_LOADS: Record<string, Record<string, FieldLoad>> = {
  Query: {
    actor: byId,
    statement: byId,
    demand: byId,
    territory: byId,
    article: byId,
    event: byId,
    actors: root(actorsRead),
    statements: root(statementsRead),
    demands: root(demandsRead),
    territories: root(territoriesRead),
    articles: root(articlesRead),
    events: root(eventsRead),
    // knownAt is answered in the service from the change feed (rejections-known-at.ts), not by the list query.
    rejections: root((args) => (args.knownAt == null ? rejectionsRead(args) : null), REJECTION_NODES),
  },
  Actor: {
    rejectionsMade: ownPage(actorRejectionsQuery('MADE'), REJECTION_NODES),
    rejectionsReceived: ownPage(actorRejectionsQuery('RECEIVED'), REJECTION_NODES),
    relations: walkPage(
      (args) => relatedActorsWalk('out', typesOr(ACTOR_RELATIONS)(args)),
      BY_NAME,
      RELATION_CONNECTION,
    ),
    inboundRelations: walkPage(
      (args) => relatedActorsWalk('in', typesOr(ACTOR_RELATIONS)(args)),
      BY_NAME,
      RELATION_CONNECTION,
    ),
    territories: walkPage(
      (args) => relatedTerritoriesWalk(typesOr(TERRITORY_RELATIONS)(args)),
      BY_NAME,
      RELATION_CONNECTION,
    ),
  },
  Statement: {
    demands: neighbours('out', stancesOr, [{ path: ['demand'] }]),
  },
  Demand: {
    conflicts: {
      kind: 'perParent',
      reads: () => [
        withoutParent(neighbourListKey('', 'out', ['CONFLICTS_WITH'])),
        withoutParent(neighbourListKey('', 'in', ['CONFLICTS_WITH'])),
      ],
      entries: 'items',
      objectsAt: [{ path: ['demand'] }, { path: [], entryPrefix: [] }],
    },
    statements: walkPage((args) => ({ direction: 'in', types: stancesOr(args), label: 'Statement' })),
    article: nodeOf('articleId'),
  },
  Article: {
    actors: ownPage('article-actors-page'),
    demands: ownPage('article-demands-page'),
  },
  Territory: {
    relations: walkPage(
      (args) => relatedActorsWalk('in', typesOr(TERRITORY_RELATIONS)(args)),
      BY_NAME,
      RELATION_CONNECTION,
    ),
  },
  // Provenance: the article and statement a claim rests on, by the ids its edge carries.
  RelatedActorEdge: { article: nodeOf('edge', 'article'), statement: nodeOf('edge', 'statement') },
  RelatedTerritoryEdge: { article: nodeOf('edge', 'article'), statement: nodeOf('edge', 'statement') },
  DemandConflict: { article: nodeOf('edge', 'article') },
};

/** What every field reads: the hand-written loads and one derived load per declared walk field. */
export const FIELD_LOADS: Record<string, Record<string, FieldLoad>> = withDeclaredWalks(HAND_WRITTEN_LOADS);

function withDeclaredWalks(
  loads: Record<string, Record<string, FieldLoad>>,
): Record<string, Record<string, FieldLoad>> {
  const all = Object.fromEntries(Object.entries(loads).map(([type, fields]) => [type, { ...fields }]));
  for (const declared of declaredWalks().values()) {
    const { on, name } = declared.field;
    all[on] ??= {};
    if (all[on][name]) throw new Error(`${on}.${name} is declared as a walk field and also written by hand`);
    all[on][name] = declaredWalkLoad(declared);
  }
  return all;
}
