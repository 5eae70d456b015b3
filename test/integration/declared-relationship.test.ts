import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { declareRelationship } from '../../src/domain/model';

// A new relationship type needs its declaration and data, nothing else: this
// suite declares OCCUPIES (an actor occupies a territory) in its own model,
// adds one `relations:` entry of that type to a copy of the seed
// annotations, seeds it into the real Neo4j and walks it through GraphQL.
// The annotation schema, the validator's rules, the edge write, the GraphQL
// enums and the field Territory.occupiers, the prefetch's field load and the
// analytics read all come from the declaration below.
declareRelationship('OCCUPIES', {
  description: 'Actor occupies Territory.',
  from: ['Actor'],
  to: ['Territory'],
  cardinality: 'many-to-many',
  key: 'article',
  properties: { article: 'string', statement: 'string?', role: 'string?', since: 'date?' },
  family: 'territoryRelation',
  annotation: [{ section: 'relations' }],
  analytics: { query: 'analytics-relations' },
  fields: [
    {
      on: 'Territory',
      name: 'occupiers',
      direction: 'in',
      shape: 'relationPage',
      description: 'Actors that occupy the territory, with provenance.',
    },
  ],
});

const SEED_DIR = path.join(__dirname, '..', '..', 'seed');
const OCCUPATION = {
  type: 'OCCUPIES',
  from: 'actor-russia',
  to: 'territory-crimea',
  article: 'article-003',
  statement: null,
  since: null,
  role: null,
};

/** A copy of the seed directory whose article-003 annotations also state `relation`. */
function seedCopyWith(relation: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-occupies-'));
  fs.cpSync(SEED_DIR, dir, { recursive: true });
  const file = path.join(
    dir,
    'annotations',
    fs.readdirSync(path.join(dir, 'annotations')).find((name) => name.startsWith('003_'))!,
  );
  const annotations = YAML.parse(fs.readFileSync(file, 'utf8'));
  annotations.relations = [...(annotations.relations ?? []), relation];
  fs.writeFileSync(file, YAML.stringify(annotations));
  return dir;
}

// The app's modules read the model when they load, so they are loaded only
// once the type above is declared.
type Modules = {
  database: typeof import('../support/test-database');
  app: typeof import('../support/api-app');
  loadCorpus: typeof import('../../src/seed/load-corpus').loadCorpus;
  seedCorpus: typeof import('../../src/seed/seeder').seedCorpus;
  modelGaps: typeof import('../../src/db/model-self-check').modelGaps;
  loadSnapshot: typeof import('../../src/analytics/load-snapshot').loadSnapshot;
};

describe('a relationship type declared in a test model', () => {
  let modules: Modules;
  let db: import('../support/test-database').TestDatabase;
  let app: import('../support/api-app').AppUnderTest;
  const copies: string[] = [];

  beforeAll(async () => {
    modules = {
      database: await import('../support/test-database'),
      app: await import('../support/api-app'),
      loadCorpus: (await import('../../src/seed/load-corpus')).loadCorpus,
      seedCorpus: (await import('../../src/seed/seeder')).seedCorpus,
      modelGaps: (await import('../../src/db/model-self-check')).modelGaps,
      loadSnapshot: (await import('../../src/analytics/load-snapshot')).loadSnapshot,
    };
    db = modules.database.connectTestDatabase();
    const dir = seedCopyWith(OCCUPATION);
    copies.push(dir);
    await modules.seedCorpus(db.executor, await modules.loadCorpus(dir));
    app = await modules.app.startAppWith(db.executor, {});
  });

  afterAll(async () => {
    // The store is shared with the worker's other suites: leave it as the seed made it.
    await db?.executor.writeTransaction((tx) => tx.run('MATCH ()-[r:OCCUPIES]->() DELETE r'));
    await app?.close();
    await db?.close();
    for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
  });

  const graphql = async (query: string) => {
    const response = await fetch(`${app.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect({ status: response.status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return body.data!;
  };

  it('is whole: the start-up self-check finds nothing missing for it', () => {
    expect(modules.modelGaps()).toEqual([]);
  });

  it('was written by the seeder, once, with its provenance', async () => {
    const result = await db.executor.readTransaction((tx) =>
      tx.run(
        'MATCH (a:Actor)-[r:OCCUPIES]->(t:Territory) RETURN a.id AS actor, t.id AS territory, r.article AS article, r.key AS key',
      ),
    );
    expect(result.records.map((record) => record.toObject())).toEqual([
      { actor: 'actor-russia', territory: 'territory-crimea', article: 'article-003', key: 'article-003' },
    ]);
  });

  it('is walked by its declared field, Territory.occupiers, with provenance', async () => {
    const data = await graphql(`
      {
        territory(id: "territory-crimea") {
          occupiers {
            totalCount
            edges {
              type
              article {
                id
              }
              node {
                id
                name
              }
            }
          }
        }
      }
    `);
    expect(data.territory).toEqual({
      occupiers: {
        totalCount: 1,
        edges: [{ type: 'OCCUPIES', article: { id: 'article-003' }, node: { id: 'actor-russia', name: 'Russia' } }],
      },
    });
  });

  it('joins its family: the territory relation walks and enums include it', async () => {
    const data = await graphql(`
      {
        territory(id: "territory-crimea") {
          relations(types: [OCCUPIES]) {
            edges {
              type
              node {
                id
              }
            }
          }
        }
        actor(id: "actor-russia") {
          territories(types: [OCCUPIES, CONTROLS]) {
            edges {
              type
              node {
                id
              }
            }
          }
        }
        edgeTypes: __type(name: "EdgeType") {
          enumValues {
            name
            description
          }
        }
        relationTypes: __type(name: "TerritoryRelationType") {
          enumValues {
            name
          }
        }
      }
    `);
    expect(data.territory).toEqual({ relations: { edges: [{ type: 'OCCUPIES', node: { id: 'actor-russia' } }] } });
    const territories = (data.actor as { territories: { edges: { type: string; node: { id: string } }[] } }).territories
      .edges;
    expect(territories).toContainEqual({ type: 'OCCUPIES', node: { id: 'territory-crimea' } });
    expect(territories.some((edge) => edge.type === 'CONTROLS')).toBe(true);
    expect((data.edgeTypes as { enumValues: unknown[] }).enumValues).toContainEqual({
      name: 'OCCUPIES',
      description: 'Actor occupies Territory.',
    });
    expect((data.relationTypes as { enumValues: { name: string }[] }).enumValues.map((value) => value.name)).toContain(
      'OCCUPIES',
    );
  });

  it('is read by the analytics as a territory relation', async () => {
    const snapshot = await modules.loadSnapshot(db.executor);
    expect(snapshot.territoryRelations).toContainEqual({
      type: 'OCCUPIES',
      actor: 'actor-russia',
      territory: 'territory-crimea',
      article: 'article-003',
      statement: null,
    });
  });

  it("is held to the relations' rules: a role belongs to actor-to-actor relations only", async () => {
    const dir = seedCopyWith({ ...OCCUPATION, role: 'Occupying power' });
    copies.push(dir);
    await expect(modules.loadCorpus(dir)).rejects.toThrow(/role/);
  });
});
