import Graph from 'graphology';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { ExportGraphName } from '../../src/analytics/export-graph';
import type { ExportResult } from '../../src/analytics/exports';
import { AnalyticsSession } from '../../src/analytics/session';
import { startEmbeddedNeo4j } from '../../src/db/embedded-neo4j';
import { createLogger } from '../../src/logger';
import { connectTestDatabase, TestDatabase } from '../support/test-database';
import { neo4jAdminAvailable, neo4jAdminImport } from './analytics-neo4j-admin';
import { networkxCheck } from './analytics-networkx';
import { runJvmOptions } from '../support/class-sharing';

// Every export reloads to the node and edge counts it was written from:
// GraphML with networkx, graphology JSON with Graph.from, CSV with LOAD CSV
// into Neo4j and with the real neo4j-admin importer.
describe('analytics exports reload to the same counts', () => {
  let db: TestDatabase;
  /** Nodes and relationships the full export should hold: every :Entity node and the edges between them. */
  let stored: { nodes: number; edges: number };

  beforeAll(async () => {
    db = connectTestDatabase();
    const [row] = await db.executor.readTransaction((tx) =>
      tx
        .run('MATCH (n:Entity) WITH count(n) AS nodes RETURN nodes, COUNT { MATCH (:Entity)-[]->(:Entity) } AS edges')
        .then((r) => r.records.map((record) => record.toObject() as { nodes: number; edges: number })),
    );
    stored = row;
    expect(stored.nodes).toBeGreaterThan(100);
  });
  afterAll(() => db.close());

  const session = () => new AnalyticsSession(db.executor);
  const expected = async (graph: ExportGraphName) => {
    if (graph === 'FULL') return stored;
    const { projection } = graph === 'INFLUENCE' ? await session().centrality() : await session().communities();
    return { nodes: projection.nodeCount, edges: projection.edgeCount };
  };
  const graphs: ExportGraphName[] = ['FULL', 'INFLUENCE', 'AGREEMENT'];

  it.each(graphs)('GraphML of %s reloads in networkx', async (graph) => {
    const result = await session().export(graph, 'GRAPHML');
    const nx = await networkxCheck(result.files[0].content);
    const want = await expected(graph);
    expect({ nodes: result.nodeCount, edges: result.edgeCount }).toEqual(want);
    expect({ nodes: nx.nodes, edges: nx.edges }).toEqual(want);
    expect(nx.directed).toBe(graph !== 'AGREEMENT');
  });

  it.each(graphs)('graphology JSON of %s reloads with Graph.from', async (graph) => {
    const result = await session().export(graph, 'GRAPHOLOGY');
    const reloaded = Graph.from(JSON.parse(result.files[0].content));
    expect({ nodes: reloaded.order, edges: reloaded.size }).toEqual(await expected(graph));
    expect(reloaded.type).toBe(graph === 'AGREEMENT' ? 'undirected' : 'directed');
    if (graph === 'FULL') {
      expect(reloaded.multi).toBe(true);
      expect(reloaded.getNodeAttribute('actor-dmitry-peskov', 'labels')).toEqual(['Actor', 'Entity']);
      expect(reloaded.getNodeAttribute('actor-dmitry-peskov', 'aliases')).toContain('Peskov');
    }
  });

  it('GraphML keeps labels, types and lists readable', async () => {
    const graphml = (await session().export('FULL', 'GRAPHML')).files[0].content;
    expect(graphml).toContain('<data key="label">Dmitry Peskov</data>');
    expect(graphml).toMatch(/<key id="n\d+" for="node" attr.name="labels" attr.type="string"\/>/);
    expect(graphml).toMatch(/<data key="n\d+">:Actor:Entity<\/data>/);
    expect(graphml).toMatch(/<key id="n\d+" for="node" attr.name="quoteStart" attr.type="long"\/>/);
  });

  describe('CSV for neo4j-admin', () => {
    let csv: ExportResult;
    let server: http.Server;
    let origin: string;
    const run = randomUUID();

    beforeAll(async () => {
      csv = await session().export('FULL', 'CSV');
      const files = new Map(csv.files.map((file) => [`/${file.name}`, file.content]));
      server = http.createServer((request, response) => {
        const content = files.get(request.url ?? '');
        response
          .writeHead(content === undefined ? 404 : 200, { 'content-type': 'text/csv; charset=utf-8' })
          .end(content);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await db.executor.writeTransaction((tx) =>
        tx.run('MATCH (n:AnalyticsCsvReload {run: $run}) DETACH DELETE n', { run }),
      );
      await new Promise((resolve) => server.close(resolve));
    });

    it('writes the neo4j-admin header layout', () => {
      const actors = csv.files.find((file) => file.name === 'nodes-Actor.csv')!.content;
      expect(actors.split('\n')[0]).toBe(
        'id:ID,:LABEL,aliases:string[],aliasesText,country,description,kind,name,searchText',
      );
      expect(actors).toContain('"actor-dmitry-peskov","Actor;Entity","Peskov;Dmitry Peskov;');
      const statements = csv.files.find((file) => file.name === 'nodes-Statement.csv')!.content.split('\n')[0];
      expect(statements).toContain('quoteStart:long');
      expect(statements).toContain('isParaphrase:boolean');
      expect(csv.files.find((file) => file.name === 'relationships-REJECTS.csv')!.content.split('\n')[0]).toMatch(
        /^:START_ID,:END_ID,:TYPE/,
      );
      expect(csv.files.find((file) => file.name === 'neo4j-admin-import.txt')!.content).toContain(
        '--nodes=nodes-Actor.csv',
      );
    });

    it('loads back into Neo4j with LOAD CSV to the same counts', async () => {
      const nodeFiles = csv.files.filter((file) => file.name.startsWith('nodes-'));
      const edgeFiles = csv.files.filter((file) => file.name.startsWith('relationships-'));
      for (const file of nodeFiles) {
        await db.executor.writeTransaction((tx) =>
          tx.run(
            `LOAD CSV WITH HEADERS FROM $url AS row
             CREATE (:AnalyticsCsvReload {run: $run, id: row.\`id:ID\`, labels: split(row.\`:LABEL\`, ';')})`,
            { url: `${origin}/${file.name}`, run },
          ),
        );
      }
      for (const file of edgeFiles) {
        await db.executor.writeTransaction((tx) =>
          tx.run(
            `LOAD CSV WITH HEADERS FROM $url AS row
             MATCH (a:AnalyticsCsvReload {run: $run, id: row.\`:START_ID\`})
             MATCH (b:AnalyticsCsvReload {run: $run, id: row.\`:END_ID\`})
             CREATE (a)-[:CSV_RELOADED {run: $run, type: row.\`:TYPE\`}]->(b)`,
            { url: `${origin}/${file.name}`, run },
          ),
        );
      }
      const [counts] = await db.executor.readTransaction((tx) =>
        tx
          .run(
            `MATCH (n:AnalyticsCsvReload {run: $run}) WITH count(n) AS nodes
             RETURN nodes, COUNT { MATCH (:AnalyticsCsvReload {run: $run})-[:CSV_RELOADED {run: $run}]->() } AS edges`,
            { run },
          )
          .then((r) => r.records.map((record) => record.toObject())),
      );
      expect(counts).toEqual(stored);
    });

    it('imports with the real neo4j-admin into a new database with the same counts and values', async () => {
      // The launcher's Maven classpath carries Neo4j's import tool; global setup built it.
      expect(neo4jAdminAvailable()).toBe(true);
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'peacegraph-admin-import-'));
      const dir = path.join(home, 'csv');
      fs.mkdirSync(dir);
      for (const file of csv.files) fs.writeFileSync(path.join(dir, file.name), file.content);
      try {
        const summary = await neo4jAdminImport(home, dir);
        expect({ nodes: summary.nodes, edges: summary.relationships }).toEqual(stored);
        // Open the imported store and read values back: lists, numbers, booleans and labels survive.
        const embedded = await startEmbeddedNeo4j({
          home,
          pageCacheMb: 16,
          heapMb: 256,
          jvmOptions: runJvmOptions(),
          logger: createLogger('silent'),
        });
        const driver = neo4j.driver(embedded.uri, undefined, { disableLosslessIntegers: true });
        try {
          const session = driver.session();
          const result = await session.run(
            `MATCH (a:Actor:Entity {id: 'actor-dmitry-peskov'})-[:MADE]->(s:Statement)
             WHERE s.quote IS NOT NULL
             RETURN a.aliases AS aliases, count(s) AS quoted, min(s.quoteStart) AS firstStart, collect(DISTINCT s.isParaphrase) AS paraphrase,
                    COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[]->() } AS edges`,
          );
          await session.close();
          const row = result.records[0].toObject();
          expect(row.aliases).toContain('Kremlin spokesman');
          expect(typeof row.firstStart).toBe('number');
          expect(row.paraphrase).toEqual([false]);
          expect({ nodes: row.nodes, edges: row.edges }).toEqual(stored);
          console.log(
            `neo4j-admin imported ${summary.nodes} nodes, ${summary.relationships} relationships, ${summary.properties} properties`,
          );
        } finally {
          await driver.close();
          await embedded.stop();
        }
      } finally {
        fs.rmSync(home, { recursive: true, force: true });
      }
      // The importer and a second Neo4j start: slower than the rest.
    }, 240_000);
  });
});
