import { errorCode, queryData, runGraphql } from '../support/api-graphql';
import { FixtureGraph, seedFixtureGraph } from '../support/api-fixture-graph';
import { connectTestDatabase, TestDatabase } from '../support/test-database';

// The read API over a fixture graph of its own (25 actors, 50 statements, 25
// demands, relations with provenance), next to whatever else the graph holds.
describe('read API over a fixture graph', () => {
  let db: TestDatabase;
  let f: FixtureGraph;
  beforeAll(async () => {
    db = connectTestDatabase();
    f = await seedFixtureGraph(db.executor, 25);
  });
  afterAll(async () => {
    await f.remove();
    await db.close();
  });
  const q = (source: string, variables: Record<string, unknown> = {}) => queryData(db.executor, source, variables);
  const code = (source: string, variables: Record<string, unknown> = {}) => errorCode(db.executor, source, variables);

  describe('single nodes', () => {
    it('reads an actor by id with its scalar fields', async () => {
      const data = await q(`query($id: ID!) { actor(id: $id) { id name kind aliases country description } }`, {
        id: f.actorIds[0],
      });
      expect(data.actor).toEqual({
        id: f.actorIds[0],
        name: `Ana ${f.token} Pérez`,
        kind: 'PERSON',
        aliases: [`Señora ${f.token}`],
        country: 'UA',
        description: null,
      });
    });

    it('answers actor(id) of an unknown id with a NOT_FOUND error', async () => {
      const { result } = await runGraphql(db.executor, `{ actor(id: "actor-nobody-at-all") { id } }`);
      expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
      expect(result.errors![0].message).toBe('No Actor with id "actor-nobody-at-all"');
      expect(result.data).toBeNull();
    });

    it('answers actor(id) of a node of another label with NOT_FOUND', async () => {
      expect(await code(`query($id: ID!) { actor(id: $id) { id } }`, { id: f.territoryId })).toBe('NOT_FOUND');
    });

    it('resolves node(id) to the type of its label, and null for an unknown id', async () => {
      const ids = [f.actorIds[0], f.articleId, f.statementIds[0].a, f.demandIds[0], f.territoryId, f.eventId];
      const types = [];
      for (const id of ids) types.push((await q(`query($id: ID!) { node(id: $id) { __typename id } }`, { id })).node);
      expect(types).toEqual([
        { __typename: 'Actor', id: ids[0] },
        { __typename: 'Article', id: ids[1] },
        { __typename: 'Statement', id: ids[2] },
        { __typename: 'Demand', id: ids[3] },
        { __typename: 'Territory', id: ids[4] },
        { __typename: 'Event', id: ids[5] },
      ]);
      expect((await q(`{ node(id: "nothing-here") { id } }`)).node).toBeNull();
    });

    it('reads a statement with its quote, date, coding and every neighbour', async () => {
      const data = await q(
        `query($id: ID!) { statement(id: $id) {
          id text isParaphrase quote { text start end } evidence { start end } paraphrase
          date { value precision cue inferred } plover { type cameo codebook mode }
          speaker { id } onBehalfOf { id } article { id } reportedBy { id } targets { id }
          mentions { __typename id } demands { stance demand { id } }
        } }`,
        { id: f.statementIds[0].a },
      );
      const s = data.statement;
      expect(s.quote.text).toBe(`${f.quoteWord} ceasefire words`);
      expect(s.text).toBe(s.quote.text);
      expect(s.isParaphrase).toBe(false);
      expect(s.quote.end - s.quote.start).toBe(s.quote.text.length);
      expect(s.date).toEqual({ value: '2023-01-01', precision: 'DAY', cue: 'fixture', inferred: false });
      expect(s.plover).toEqual({ type: 'CONSULT', cameo: '012', codebook: 'PLOVER 2021-10 / CAMEO 1.1b3', mode: null });
      expect(s.speaker).toEqual({ id: f.actorIds[0] });
      expect(s.onBehalfOf).toBeNull();
      expect(s.article).toEqual({ id: f.articleId });
      expect(s.reportedBy).toBeNull();
      expect(s.targets).toEqual([{ id: f.actorIds[1] }]);
      expect(s.mentions).toEqual(
        expect.arrayContaining([
          { __typename: 'Territory', id: f.territoryId },
          { __typename: 'Event', id: f.eventId },
        ]),
      );
      expect(s.demands).toEqual([{ stance: 'SETS', demand: { id: f.demandIds[0] } }]);
    });
  });

  describe('walking to neighbours and back', () => {
    it('goes actor → statements → speaker and back to the same actor', async () => {
      const data = await q(
        `query($id: ID!) { actor(id: $id) { statements { totalCount nodes { id speaker { id } } } } }`,
        { id: f.actorIds[2] },
      );
      expect(data.actor.statements.totalCount).toBe(2);
      expect(data.actor.statements.nodes.map((s: { id: string }) => s.id)).toEqual([
        f.statementIds[2].a,
        f.statementIds[2].b,
      ]);
      expect(
        data.actor.statements.nodes.every((s: { speaker: { id: string } }) => s.speaker.id === f.actorIds[2]),
      ).toBe(true);
    });

    it("walks a demand's owner, addressees, territories and stances, and back from the owner and addressee", async () => {
      const data = await q(
        `query($id: ID!) { demand(id: $id) {
          kind topic owner { id demands { nodes { id } } } addressees { id demandsAddressedTo { nodes { id } } }
          territories { id demands { nodes { id } } } article { id }
          statements { totalCount edges { stance node { id } } }
          rejecting: statements(stances: [REJECTS]) { totalCount nodes { id } }
        } }`,
        { id: f.demandIds[0] },
      );
      const d = data.demand;
      expect([d.kind, d.topic]).toEqual(['PRECONDITION', 'TERRITORY']);
      expect(d.owner.id).toBe(f.actorIds[0]);
      expect(d.owner.demands.nodes).toEqual([{ id: f.demandIds[0] }]);
      expect(d.addressees).toEqual([{ id: f.actorIds[1], demandsAddressedTo: { nodes: [{ id: f.demandIds[0] }] } }]);
      expect(d.territories).toEqual([{ id: f.territoryId, demands: { nodes: [{ id: f.demandIds[0] }] } }]);
      expect(d.article).toEqual({ id: f.articleId });
      // Set by actor 01 (2023-01-01), rejected by the last actor (2023-02): oldest first.
      expect(d.statements.edges).toEqual([
        { stance: 'SETS', node: { id: f.statementIds[0].a } },
        { stance: 'REJECTS', node: { id: f.statementIds[24].b } },
      ]);
      expect(d.rejecting).toEqual({ totalCount: 1, nodes: [{ id: f.statementIds[24].b }] });
    });

    it('exposes relation claims as edges with provenance, from both ends', async () => {
      const data = await q(
        `query($actor: ID!, $territory: ID!) {
          actor(id: $actor) {
            relations { edges { type role since { value } node { id inboundRelations { edges { type node { id } } } } article { id } statement { id } } }
            territories { edges { type node { id } article { id } statement { id } } }
          }
          territory(id: $territory) {
            claimants { edges { node { id } statement { id } } }
            controllers { edges { node { id } since { value precision cue inferred } article { id } statement { id } } }
            relations(types: [CLAIMS, CONTROLS]) { totalCount }
            events { nodes { id } }
            mentionedIn { nodes { id } }
          }
        }`,
        { actor: f.actorIds[0], territory: f.territoryId },
      );
      expect(data.actor.relations.edges).toEqual([
        {
          type: 'SPEAKS_FOR',
          role: 'Envoy',
          since: null,
          node: {
            id: f.actorIds[1],
            inboundRelations: { edges: [{ type: 'SPEAKS_FOR', node: { id: f.actorIds[0] } }] },
          },
          article: { id: f.articleId },
          statement: null,
        },
      ]);
      expect(data.actor.territories.edges).toEqual([
        {
          type: 'CLAIMS',
          node: { id: f.territoryId },
          article: { id: f.articleId },
          statement: { id: f.statementIds[0].a },
        },
      ]);
      expect(data.territory.claimants.edges).toEqual([
        { node: { id: f.actorIds[0] }, statement: { id: f.statementIds[0].a } },
      ]);
      expect(data.territory.controllers.edges).toEqual([
        {
          node: { id: f.actorIds[1] },
          since: { value: '2014', precision: 'YEAR', cue: 'since 2014', inferred: null },
          article: { id: f.articleId },
          statement: null,
        },
      ]);
      expect(data.territory.relations.totalCount).toBe(2);
      expect(data.territory.events.nodes).toEqual([{ id: f.eventId }]);
      expect(data.territory.mentionedIn.nodes).toEqual([{ id: f.statementIds[0].a }]);
    });

    it("walks an article's statements, actors, events and demands, and an event's participants", async () => {
      const data = await q(
        `query($id: ID!) { article(id: $id) {
          title published { value precision } outlet { id }
          statements(first: 3) { totalCount nodes { id } }
          actors(first: 2) { totalCount nodes { id } }
          events { nodes { id participants { id } territories { id } article { id } mentionedIn { totalCount } } }
          demands { totalCount }
        } }`,
        { id: f.articleId },
      );
      const a = data.article;
      expect(a.published).toEqual({ value: '2023-05-10', precision: 'DAY' });
      expect(a.outlet).toBeNull();
      expect(a.statements.totalCount).toBe(50);
      expect(a.statements.nodes.map((s: { id: string }) => s.id)).toEqual([
        f.statementIds[0].a,
        f.statementIds[1].a,
        f.statementIds[2].a,
      ]);
      expect(a.actors.totalCount).toBe(25);
      expect(a.demands.totalCount).toBe(25);
      expect(a.events.nodes).toEqual([
        {
          id: f.eventId,
          participants: [{ id: f.actorIds[0] }, { id: f.actorIds[1] }],
          territories: [{ id: f.territoryId }],
          article: { id: f.articleId },
          mentionedIn: { totalCount: 1 },
        },
      ]);
    });

    it('lists the rejections an actor made (also on its behalf) and received', async () => {
      const data = await q(
        `query($a: ID!, $b: ID!) {
          a: actor(id: $a) { rejectionsMade { nodes { rejecter { id } onBehalfOf { id } demand { id } owner { id } } } rejectionsReceived { nodes { rejecter { id } } } }
          b: actor(id: $b) { rejectionsMade { totalCount nodes { rejecter { id } onBehalfOf { id } } } }
        }`,
        { a: f.actorIds[0], b: f.actorIds[1] },
      );
      expect(data.a.rejectionsMade.nodes).toEqual([
        {
          rejecter: { id: f.actorIds[0] },
          onBehalfOf: { id: f.actorIds[1] },
          demand: { id: f.demandIds[1] },
          owner: { id: f.actorIds[1] },
        },
      ]);
      expect(data.a.rejectionsReceived.nodes).toEqual([{ rejecter: { id: f.actorIds[24] } }]);
      // Actor 02 rejected one demand itself, and actor 01 rejected one on its behalf.
      expect(data.b.rejectionsMade.totalCount).toBe(2);
    });
  });

  describe('search', () => {
    it('finds an actor by any alias, ignoring case and accents', async () => {
      for (const search of [
        `señora ${f.token}`,
        `SENORA ${f.token}`,
        `Pérez ${f.token}`,
        `perez ${f.token}`,
        `ana ${f.token}`,
      ]) {
        const data = await q(`query($s: String!) { actors(search: $s) { totalCount nodes { id } } }`, { s: search });
        expect({ search, nodes: data.actors.nodes }).toEqual({ search, nodes: [{ id: f.actorIds[0] }] });
      }
    });

    it('matches word starts, not the middle of words', async () => {
      const data = await q(`query($s: String!) { actors(search: $s) { totalCount } }`, { s: `${f.token.slice(1)}` });
      expect(data.actors.totalCount).toBe(0);
      const prefix = await q(`query($s: String!) { actors(search: $s) { totalCount } }`, { s: `speak ${f.token}` });
      expect(prefix.actors.totalCount).toBe(24);
    });

    it('filters actors by kind and country', async () => {
      const data = await q(
        `query($s: String!) { states: actors(search: $s, kind: STATE) { totalCount } ua: actors(search: $s, country: "UA") { totalCount } }`,
        { s: f.token },
      );
      expect(data.states.totalCount).toBe(12);
      expect(data.ua.totalCount).toBe(1);
    });

    it('finds territories by accent-folded alias, and statements by full text over quotes', async () => {
      const data = await q(
        `query($t: String!, $w: String!) { territories(search: $t) { nodes { id } } statements(search: $w) { totalCount nodes { id } } }`,
        { t: `fixturelend ${f.token}`.replace('lend', 'land'), w: f.quoteWord.toUpperCase() },
      );
      expect(data.territories.nodes).toEqual([{ id: f.territoryId }]);
      expect(data.statements).toEqual({ totalCount: 1, nodes: [{ id: f.statementIds[0].a }] });
    });

    it('treats Lucene operators in a full-text search as plain words', async () => {
      const data = await q(`query($w: String!) { statements(search: $w) { totalCount } }`, {
        w: `"${f.quoteWord}" (CEASEFIRE`,
      });
      expect(data.statements.totalCount).toBe(1);
      const operators = await runGraphql(db.executor, `{ statements(search: "AND OR NOT ~ ^ :") { totalCount } }`);
      expect(operators.result.errors).toBeUndefined();
      const prefix = await q(`query($w: String!) { statements(search: $w) { nodes { id } } }`, {
        w: `${f.quoteWord.slice(0, 6).toUpperCase()}*`,
      });
      expect(prefix.statements.nodes).toContainEqual({ id: f.statementIds[0].a });
    });
  });

  describe('filters', () => {
    it('filters statements by speaker, on-behalf, article, target, mention and PLOVER type', async () => {
      const data = await q(
        `query($speaker: ID!, $other: ID!, $article: ID!, $territory: ID!) {
          bySpeaker: statements(speaker: $speaker) { totalCount }
          withBehalf: statements(speaker: $other, includeOnBehalfOf: true) { totalCount }
          byArticle: statements(article: $article) { totalCount }
          rejecting: statements(article: $article, ploverType: REJECT) { totalCount }
          targeting: statements(target: $other) { nodes { id } }
          mentioning: statements(mentions: $territory) { nodes { id } }
        }`,
        { speaker: f.actorIds[0], other: f.actorIds[1], article: f.articleId, territory: f.territoryId },
      );
      expect(data.bySpeaker.totalCount).toBe(2);
      expect(data.withBehalf.totalCount).toBe(3);
      expect(data.byArticle.totalCount).toBe(50);
      expect(data.rejecting.totalCount).toBe(25);
      expect(data.targeting.nodes).toEqual([{ id: f.statementIds[0].a }]);
      expect(data.mentioning.nodes).toEqual([{ id: f.statementIds[0].a }]);
    });

    it('compares dates at the coarser precision of the two', async () => {
      const count = async (dateFrom: string | null, dateTo: string | null) =>
        (
          await q(
            `query($a: ID!, $from: String, $to: String) { statements(article: $a, dateFrom: $from, dateTo: $to) { totalCount } }`,
            { a: f.articleId, from: dateFrom, to: dateTo },
          )
        ).statements.totalCount;
      expect(await count('2023-01-10', '2023-01-12')).toBe(3); // three days of January
      expect(await count('2023-02-15', null)).toBe(25); // month-precision February statements overlap
      expect(await count(null, '2023-01')).toBe(25); // all of January, at day precision
      expect(await count('2023', '2023')).toBe(50);
      expect(await count('2024', null)).toBe(0);
    });

    it('refuses a malformed date with BAD_USER_INPUT', async () => {
      expect(await code(`{ statements(dateFrom: "2023-13") { totalCount } }`)).toBe('BAD_USER_INPUT');
      expect(await code(`{ statements(dateTo: "yesterday") { totalCount } }`)).toBe('BAD_USER_INPUT');
    });

    it('filters demands by owner, addressee, kind, topic and territory', async () => {
      const data = await q(
        `query($owner: ID!, $addressee: ID!, $territory: ID!, $s: String!) {
          owned: demands(owner: $owner) { nodes { id } }
          addressed: demands(addressee: $addressee) { nodes { id } }
          preconditions: demands(search: $s, kind: PRECONDITION) { totalCount }
          territorial: demands(search: $s, topic: TERRITORY) { nodes { id } }
          concerning: demands(territory: $territory) { nodes { id } }
        }`,
        { owner: f.actorIds[3], addressee: f.actorIds[3], territory: f.territoryId, s: `fixture ${f.token}` },
      );
      expect(data.owned.nodes).toEqual([{ id: f.demandIds[3] }]);
      expect(data.addressed.nodes).toEqual([{ id: f.demandIds[2] }]);
      expect(data.preconditions.totalCount).toBe(13);
      expect(data.territorial.nodes).toEqual([{ id: f.demandIds[0] }]);
      expect(data.concerning.nodes).toEqual([{ id: f.demandIds[0] }]);
    });

    it('walks who rejected whose precondition, filterable by either side', async () => {
      const data = await q(
        `query($a: ID!, $actor: ID!) {
          all: rejections(article: $a, first: 100) { totalCount }
          preconditions: rejections(article: $a, demandKind: PRECONDITION, first: 100) { totalCount nodes { demand { kind } } }
          byRejecter: rejections(rejecter: $actor) { nodes { rejecter { id } onBehalfOf { id } demand { id } owner { id } statement { id } article { id } date { value precision } } }
          byOwner: rejections(owner: $actor) { nodes { rejecter { id } } }
          eitherSide: rejections(actor: $actor) { totalCount }
        }`,
        { a: f.articleId, actor: f.actorIds[1] },
      );
      expect(data.all.totalCount).toBe(25);
      expect(data.preconditions.totalCount).toBe(13);
      expect(
        data.preconditions.nodes.every((n: { demand: { kind: string } }) => n.demand.kind === 'PRECONDITION'),
      ).toBe(true);
      // Actor 02 rejected demand 03; actor 01 rejected demand 02 on behalf of actor 02.
      expect(data.byRejecter.nodes).toEqual([
        {
          rejecter: { id: f.actorIds[0] },
          onBehalfOf: { id: f.actorIds[1] },
          demand: { id: f.demandIds[1] },
          owner: { id: f.actorIds[1] },
          statement: { id: f.statementIds[0].b },
          article: { id: f.articleId },
          date: { value: '2023-02', precision: 'MONTH' },
        },
        {
          rejecter: { id: f.actorIds[1] },
          onBehalfOf: null,
          demand: { id: f.demandIds[2] },
          owner: { id: f.actorIds[2] },
          statement: { id: f.statementIds[1].b },
          article: { id: f.articleId },
          date: { value: '2023-02', precision: 'MONTH' },
        },
      ]);
      expect(data.byOwner.nodes).toEqual([{ rejecter: { id: f.actorIds[0] } }]);
      expect(data.eitherSide.totalCount).toBe(2);
    });

    it("lists an actor's timeline oldest first, with statements made on its behalf", async () => {
      const data = await q(`query($id: ID!) { timeline(actor: $id) { nodes { id date { value } } } }`, {
        id: f.actorIds[1],
      });
      expect(data.timeline.nodes.map((n: { id: string }) => n.id)).toEqual([
        f.statementIds[1].a,
        f.statementIds[0].b,
        f.statementIds[1].b,
      ]);
      expect(await code(`{ timeline(actor: "actor-nobody-at-all") { totalCount } }`)).toBe('NOT_FOUND');
    });

    it('filters events by participant, territory, kind and date', async () => {
      const data = await q(
        `query($p: ID!, $t: ID!, $s: String!) {
          byParticipant: events(participant: $p) { nodes { id } }
          byTerritory: events(territory: $t, kind: TALKS, dateFrom: "2023-01-20", dateTo: "2023-01-21") { nodes { id date { value precision } } }
          bySearch: events(search: $s) { nodes { id } }
          none: events(territory: $t, kind: SUMMIT) { totalCount }
        }`,
        { p: f.actorIds[1], t: f.territoryId, s: `talks ${f.token}` },
      );
      expect(data.byParticipant.nodes).toEqual([{ id: f.eventId }]);
      expect(data.byTerritory.nodes).toEqual([{ id: f.eventId, date: { value: '2023-01', precision: 'MONTH' } }]);
      expect(data.bySearch.nodes).toEqual([{ id: f.eventId }]);
      expect(data.none.totalCount).toBe(0);
    });
  });

  describe('path', () => {
    it('finds the shortest connection with the edges on the way', async () => {
      const data = await q(
        `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length nodes { __typename id } steps { type forward from { id } to { id } role article { id } } } }`,
        { from: f.actorIds[1], to: f.territoryId },
      );
      // Actor 02 controls the territory: one edge, walked forward, with its article.
      expect(data.path).toEqual({
        length: 1,
        nodes: [
          { __typename: 'Actor', id: f.actorIds[1] },
          { __typename: 'Territory', id: f.territoryId },
        ],
        steps: [
          {
            type: 'CONTROLS',
            forward: true,
            from: { id: f.actorIds[1] },
            to: { id: f.territoryId },
            role: null,
            article: { id: f.articleId },
          },
        ],
      });
    });

    it('walks edges against their direction and honours edgeTypes', async () => {
      const data = await q(
        `query($from: ID!, $to: ID!) { path(from: $from, to: $to, edgeTypes: [MADE, OWNED_BY, SETS]) { length steps { type forward } } }`,
        { from: f.demandIds[5], to: f.statementIds[5].a },
      );
      expect(data.path).toEqual({ length: 1, steps: [{ type: 'SETS', forward: false }] });
      const longer = await q(
        `query($from: ID!, $to: ID!) { path(from: $from, to: $to, edgeTypes: [MADE, OWNED_BY]) { length steps { type forward } } }`,
        { from: f.demandIds[5], to: f.statementIds[5].a },
      );
      expect(longer.path).toEqual({
        length: 2,
        steps: [
          { type: 'OWNED_BY', forward: true },
          { type: 'MADE', forward: true },
        ],
      });
    });

    it('answers null when no path is short enough, a path of length 0 to itself, and refuses bad maxHops', async () => {
      const none = await q(`query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 1) { length } }`, {
        from: f.actorIds[5],
        to: f.territoryId,
      });
      expect(none.path).toBeNull();
      const self = await q(`query($id: ID!) { path(from: $id, to: $id) { length nodes { id } steps { type } } }`, {
        id: f.eventId,
      });
      expect(self.path).toEqual({ length: 0, nodes: [{ id: f.eventId }], steps: [] });
      expect(await code(`query($id: ID!) { path(from: $id, to: $id, maxHops: 7) { length } }`, { id: f.eventId })).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        await code(`query($id: ID!) { path(from: $id, to: "nowhere-at-all") { length } }`, { id: f.eventId }),
      ).toBe('NOT_FOUND');
    });
  });
});
