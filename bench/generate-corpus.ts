// Deterministic synthetic corpora for the benchmark, in the seed-dir layout
// the real loader reads (articles/*.txt, annotations/*.yaml with the shared
// actors and territories in `_`-files) and valid under the real validator:
// every quote is verbatim at its offsets, every reference is declared, every
// demand is voiced.
//
// Sizes are given in statements; everything else is proportional to them
// (about 10 statements per article, 1 actor per 20 statements, 1 demand per
// 5, 1 territory per 200, 1 event per 40), with realistic skew: speakers,
// targets and the demands people react to are drawn from Zipf distributions,
// so a few actors speak most and a few demands draw most rejections.
//
// The generator streams: it writes one article at a time and keeps only ids
// (and a few per-id facts) in memory, so 1M statements fit in a small heap.
// The shared declarations go into files of at most SHARED_ITEMS_PER_FILE
// items (shared-files.ts), as a real corpus is many small files: the seeder
// parses a file whole, so one file of every actor would make its memory grow
// with the corpus.
//
//   node dist/bench/generate-corpus.js <statements> <outDir> [seed]
import fs from 'node:fs';
import path from 'node:path';
import seedrandom from 'seedrandom';
import { CAMEO_CODES, DEMAND_KINDS, DEMAND_TOPICS, PLOVER_TYPES, TERRITORY_STATUSES } from '../src/domain';
import { SharedFiles } from './shared-files';

export interface CorpusShape {
  statements: number;
  actors: number;
  territories: number;
  events: number;
  /** Expected demands (2 per 10 statements, declared by the article that sets them). */
  demands: number;
}

export function corpusShape(statements: number): CorpusShape {
  return {
    statements,
    actors: Math.max(30, Math.round(statements / 20)),
    territories: Math.max(10, Math.round(statements / 200)),
    events: Math.max(5, Math.round(statements / 40)),
    demands: Math.round(statements / 5),
  };
}

/** What the generator wrote, and the ids the query benchmark picks its inputs from. */
export interface CorpusManifest {
  seed: string;
  /** The files' layout (CORPUS_LAYOUT): a corpus of another layout is generated again, not reused. */
  layout: number;
  shape: CorpusShape;
  counts: {
    articles: number;
    actors: number;
    territories: number;
    events: number;
    statements: number;
    demands: number;
    relations: number;
    rejections: number;
    quotes: number;
    bytes: number;
  };
  /** Actor ids by how many statements they made, most first (top 50) with their counts. */
  topSpeakers: { id: string; statements: number }[];
  /** Actors from the middle of the distribution: ordinary, not the loudest. */
  typicalSpeakers: { id: string; statements: number }[];
  /** Ids of the most rejected demands. */
  topRejected: { id: string; rejections: number }[];
  /** Words of the full-text vocabulary and how many statements contain each. */
  searchTerms: { term: string; statements: number }[];
  articleIds: string[];
  /** ISO dates spanned by the statements. */
  dateRange: { from: string; to: string };
  ploverTypes: Record<string, number>;
}

const ACTOR_KINDS: [string, number][] = [
  ['PERSON', 60],
  ['STATE', 14],
  ['GOVERNMENT', 8],
  ['ORGANISATION', 8],
  ['MEDIA', 6],
  ['ALLIANCE', 2],
  ['BLOC', 2],
];
const PLOVER: [string, number][] = [
  // Both PLOVER releases' names; only those the annotation schema accepts are used.
  ['CONSULT', 18],
  ['REQUEST', 14],
  ['DEMAND', 14],
  ['ACCUSE', 12],
  ['DISAPPROVE', 12],
  ['REJECT', 10],
  ['AGREE', 8],
  ['SUPPORT', 8],
  ['THREATEN', 6],
  ['COOPERATE', 5],
  ['AID', 3],
  ['CONCEDE', 3],
  ['RETREAT', 2],
  ['INVESTIGATE', 2],
  ['PROTEST', 2],
  ['SANCTION', 2],
  ['MOBILIZE', 2],
  ['COERCE', 1],
  ['ASSAULT', 1],
  ['CRIME', 1],
].filter(([type]) => (PLOVER_TYPES as readonly string[]).includes(type as string)) as [string, number][];
const EVENT_KINDS = ['TALKS', 'SUMMIT', 'CALL', 'VISIT', 'MEETING', 'BRIEFING', 'INTERVIEW', 'DECREE'];
const COUNTRIES = [
  'RU',
  'UA',
  'US',
  'GB',
  'FR',
  'DE',
  'IT',
  'PL',
  'TR',
  'CN',
  'BY',
  'HU',
  'SA',
  'IN',
  'BR',
  'ZA',
  'JP',
  'KZ',
  'FI',
  'EE',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SAY = ['said', 'told reporters', 'declared', 'insisted', 'warned', 'stated', 'argued', 'added'];
// Topic words a reader would search for; each quote carries one, Zipf-drawn,
// so "ceasefire" is common and "referendum" rare at every size.
const TOPIC_WORDS = [
  'ceasefire',
  'negotiations',
  'sanctions',
  'withdrawal',
  'guarantees',
  'sovereignty',
  'security',
  'referendum',
  'reparations',
  'prisoners',
  'corridor',
  'neutrality',
  'occupation',
  'annexation',
  'mediation',
  'tribunal',
  'armistice',
  'demilitarisation',
  'blockade',
  'humanitarian',
];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'sto',
  'va',
  'dri',
  'pel',
  'ny',
  'zor',
  'bek',
  'tia',
  'gor',
  'lan',
  'chu',
  'si',
  'vet',
  'ma',
  'dro',
  'kel',
  'an',
  'es',
  'ov',
  'ski',
  'nik',
  'ra',
  'tan',
  'bor',
  'lev',
  'mir',
  'sha',
  'ye',
  'ru',
  'dan',
  'fel',
  'hu',
];
// A few accented spellings so full-text folding has something to fold.
const ACCENTED = ['Zélenko', 'Sébastien', 'Mükler', 'Østergaard', 'Dvořák', 'Łukasz'];

/** Zipf(s) over ranks 0..n-1 by inverse CDF on a precomputed table. */
class Zipf {
  private readonly cdf: Float64Array;
  constructor(
    readonly n: number,
    s: number,
  ) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) this.cdf[k] = sum += 1 / Math.pow(k + 1, s);
    for (let k = 0; k < n; k++) this.cdf[k] /= sum;
  }
  draw(random: () => number): number {
    const u = random();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A generator of random choices from one seed, so a corpus is a pure function of (size, seed). */
class Dice {
  readonly random: () => number;
  constructor(seed: string) {
    this.random = seedrandom(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }
  weighted(table: readonly [string, number][]): string {
    const total = table.reduce((sum, [, w]) => sum + w, 0);
    let u = this.random() * total;
    for (const [value, weight] of table) if ((u -= weight) < 0) return value;
    return table[table.length - 1][0];
  }
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += Math.floor(this.random() * 16).toString(16);
    return out;
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const q = (text: string) => JSON.stringify(text); // a JSON string is a valid YAML double-quoted scalar
const list = (ids: readonly string[]) => `[${ids.join(', ')}]`;
const capital = (word: string) => word[0].toUpperCase() + word.slice(1);

interface Actor {
  id: string;
  name: string;
  surname: string;
  kind: string;
}

interface Demand {
  id: string;
  owner: number;
}

/**
 * 3: CAMEO codes drawn from the codebook (2: any of 010-099, which the
 * validator now refuses where the codebook has no such code); 2: the shared
 * actors and territories in files of at most SHARED_ITEMS_PER_FILE items
 * (1: all in one `_shared.yaml`).
 */
export const CORPUS_LAYOUT = 3;

/** The base codes of the cooperative categories 01-09, which the generated statements are coded with. */
const CAMEO_BASE_CODES = [...CAMEO_CODES].filter((code) => code.length === 3 && code < '100').sort();

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2022, 1, 24);
const LAST_DAY = Date.UTC(2025, 5, 30);

export interface GenerateOptions {
  /** Actors and territories per shared file (default SHARED_ITEMS_PER_FILE; tests split small corpora with fewer). */
  sharedItemsPerFile?: number;
}

/** Writes a corpus of about `statements` statements under outDir (emptied first). */
export function generateCorpus(
  statements: number,
  outDir: string,
  seed = 'peacegraph-bench',
  options: GenerateOptions = {},
): CorpusManifest {
  const shape = corpusShape(statements);
  const dice = new Dice(`${seed}/${statements}`);
  const annotationsDir = path.join(outDir, 'annotations');
  const articlesDir = path.join(outDir, 'articles');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(annotationsDir, { recursive: true });
  fs.mkdirSync(articlesDir, { recursive: true });
  let bytes = 0;
  const write = (file: string, content: string) => {
    fs.writeFileSync(file, content);
    bytes += Buffer.byteLength(content);
  };

  const word = () => {
    let w = '';
    const syllables = dice.int(2, 3);
    for (let i = 0; i < syllables; i++) w += dice.pick(SYLLABLES);
    return w;
  };
  // A Zipf-distributed vocabulary of pseudo-words for the body of quotes.
  const vocabulary = Array.from({ length: 4000 }, () => word());
  const vocabularyZipf = new Zipf(vocabulary.length, 1.05);
  const topicZipf = new Zipf(TOPIC_WORDS.length, 1.1);

  // Actors: declared once in the shared files. The rank of an actor in `actors`
  // is its Zipf rank as a speaker (0 speaks most).
  const actors: Actor[] = [];
  const media: number[] = [];
  const statesAndGovernments: number[] = [];
  for (let i = 0; i < shape.actors; i++) {
    const kind = i < 4 ? (i % 2 === 0 ? 'PERSON' : 'STATE') : dice.weighted(ACTOR_KINDS);
    const surname = i % 97 === 5 ? dice.pick(ACCENTED) : capital(word());
    const name =
      kind === 'PERSON'
        ? `${capital(word())} ${surname}`
        : kind === 'STATE'
          ? `Republic of ${surname}`
          : kind === 'GOVERNMENT'
            ? `Government of ${surname}`
            : kind === 'MEDIA'
              ? `${surname} News`
              : kind === 'ALLIANCE'
                ? `${surname} Alliance`
                : kind === 'BLOC'
                  ? `${surname} Bloc`
                  : `${surname} Council`;
    actors.push({ id: `actor-${pad(i, 6)}`, name, surname, kind });
    if (kind === 'MEDIA') media.push(i);
    if (kind === 'STATE' || kind === 'GOVERNMENT') statesAndGovernments.push(i);
  }
  if (media.length === 0) media.push(actors.length - 1);
  if (statesAndGovernments.length === 0) statesAndGovernments.push(1);
  const speakerZipf = new Zipf(actors.length, 1.1);
  const mediaZipf = new Zipf(media.length, 1.0);

  const shared = new SharedFiles(annotationsDir, write, options.sharedItemsPerFile);
  for (const actor of actors) {
    const aliases = actor.kind === 'PERSON' ? [actor.surname, `President ${actor.surname}`] : [actor.surname];
    shared.add(
      'actors',
      `  - id: ${actor.id}\n    name: ${q(actor.name)}\n    kind: ${actor.kind}\n    aliases: [${aliases.map(q).join(', ')}]\n` +
        `    description: ${q(`Synthetic ${actor.kind.toLowerCase()} ${actor.surname}.`)}\n    country: "${dice.pick(COUNTRIES)}"\n`,
    );
  }
  const territories: string[] = [];
  for (let i = 0; i < shape.territories; i++) {
    const id = `territory-${pad(i, 5)}`;
    territories.push(id);
    const name = `${capital(word())} Oblast`;
    shared.add(
      'territories',
      `  - id: ${id}\n    name: ${q(name)}\n    aliases: [${q(name.split(' ')[0])}]\n` +
        `    iso3166_2: "UA-${pad(i % 1000, 3)}"\n    status: ${dice.pick(TERRITORY_STATUSES)}\n`,
    );
  }
  shared.finish();
  const territoryZipf = new Zipf(territories.length, 1.0);

  const demands: Demand[] = [];
  const events: string[] = [];
  const speakerCounts = new Uint32Array(actors.length);
  const rejectionCounts: number[] = [];
  const termCounts = new Map<string, number>();
  const ploverTypes: Record<string, number> = {};
  const articleIds: string[] = [];
  const counts = {
    articles: 0,
    actors: actors.length,
    territories: territories.length,
    events: 0,
    statements: 0,
    demands: 0,
    relations: 0,
    rejections: 0,
    quotes: 0,
    bytes: 0,
  };
  let minDay = Infinity;
  let maxDay = -Infinity;

  for (let a = 0; counts.statements < statements; a++) {
    const articleId = `article-${pad(a, 6)}`;
    const stem = `${pad(a, 6)}_${dice.hex(16)}`;
    const perArticle = Math.min(dice.int(5, 15), statements - counts.statements);
    const day = FIRST_DAY + dice.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS;
    const published = new Date(day).toISOString().slice(0, 10);
    const outlet = dice.chance(0.4) ? actors[media[mediaZipf.draw(dice.random)]] : null;
    const lead = actors[speakerZipf.draw(dice.random)];
    const topic = TOPIC_WORDS[topicZipf.draw(dice.random)];
    const title = `${lead.surname} on ${topic}: ${capital(word())} ${word()} ${word()}`;
    const titleIsHeadline = dice.chance(0.6);

    // The text is built sentence by sentence; offsets are UTF-16 lengths.
    let text = titleIsHeadline ? `${title}\n\n` : `${capital(word())} ${word()} report.\n\n`;
    const yamlStatements: string[] = [];
    const yamlDemands: string[] = [];
    const yamlEvents: string[] = [];
    const yamlRelations: string[] = [];
    const statementIds: string[] = [];

    // Events reported by this article (about one per four articles).
    const articleEvents: string[] = [];
    if (dice.chance(Math.min(1, (shape.events * 10) / statements))) {
      const id = `event-${pad(events.length, 6)}`;
      const participants = [...new Set([lead.id, actors[speakerZipf.draw(dice.random)].id])];
      const concerns = dice.chance(0.5) ? [territories[territoryZipf.draw(dice.random)]] : [];
      yamlEvents.push(
        `  - id: ${id}\n    name: ${q(`${capital(word())} ${topic} talks`)}\n    kind: ${dice.pick(EVENT_KINDS)}\n` +
          `    date: { value: "${published}", precision: DAY, cue: "reported the same day", inferred: true }\n` +
          `    place: ${q(`${capital(word())} City`)}\n    participants: ${list(participants)}\n    territories: ${list(concerns)}\n    article: ${articleId}\n`,
      );
      events.push(id);
      articleEvents.push(id);
    }

    // Demands this article declares: the first statements set them.
    const newDemands: Demand[] = [];
    const demandCount = perArticle >= 8 ? 2 : 1;
    for (let d = 0; d < demandCount; d++)
      newDemands.push({ id: `demand-${pad(demands.length + d, 7)}`, owner: speakerZipf.draw(dice.random) });
    const demandZipf = demands.length > 0 ? new Zipf(Math.min(demands.length, 5000), 1.0) : null;

    for (let s = 0; s < perArticle; s++) {
      const id = `stmt-${pad(a, 6)}-${pad(s + 1, 2)}`;
      statementIds.push(id);
      const setsDemand = s < newDemands.length ? newDemands[s] : null;
      const speakerRank = setsDemand ? setsDemand.owner : speakerZipf.draw(dice.random);
      const speaker = actors[speakerRank];
      speakerCounts[speakerRank]++;
      const statementDay = day - dice.int(0, 2) * DAY_MS;
      minDay = Math.min(minDay, statementDay);
      maxDay = Math.max(maxDay, statementDay);
      const date = new Date(statementDay).toISOString().slice(0, 10);
      const term = TOPIC_WORDS[topicZipf.draw(dice.random)];
      termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
      const words: string[] = [];
      const length = dice.int(8, 18);
      const at = dice.int(0, length - 1);
      for (let w = 0; w < length; w++) words.push(w === at ? term : vocabulary[vocabularyZipf.draw(dice.random)]);
      const quoteText = capital(words.join(' '));
      const paraphrase = `${speaker.surname} speaks of ${term} and ${words.slice(0, 4).join(' ')}.`;
      const weekday = WEEKDAYS[new Date(statementDay).getUTCDay()];
      const hasQuote = dice.chance(0.7);

      const sentenceStart = text.length;
      let quoteSpan: { start: number; end: number } | null = null;
      if (hasQuote) {
        const before = `${speaker.name} ${dice.pick(SAY)} on ${weekday}: "`;
        const start = sentenceStart + before.length;
        text += `${before}${quoteText}." `;
        quoteSpan = { start, end: start + quoteText.length };
        counts.quotes++;
      } else {
        text += `According to the report, ${speaker.name} spoke about ${term} and ${words.slice(0, 6).join(' ')}. `;
      }
      const evidence = { start: sentenceStart, end: text.length - 1 };
      if (dice.chance(0.25)) text += `${capital(word())} ${word()} ${word()} ${word()}.\n`;

      const ploverType = dice.weighted(PLOVER);
      ploverTypes[ploverType] = (ploverTypes[ploverType] ?? 0) + 1;
      const targets = [
        ...new Set(Array.from({ length: dice.int(0, 2) }, () => actors[speakerZipf.draw(dice.random)].id)),
      ].filter((t) => t !== speaker.id);
      const mentions = new Set<string>();
      for (let m = dice.int(0, 2); m > 0; m--) mentions.add(territories[territoryZipf.draw(dice.random)]);
      if (articleEvents.length > 0 && dice.chance(0.5)) mentions.add(articleEvents[0]);
      if (dice.chance(0.3)) mentions.add(actors[speakerZipf.draw(dice.random)].id);

      const stances: string[] = [];
      if (setsDemand) stances.push(`{ demand: ${setsDemand.id}, stance: SETS }`);
      else if (demandZipf) {
        // Reactions go to recent demands, the popular ones most (Zipf over the last 5000).
        const pickDemand = () => demands.length - 1 - demandZipf.draw(dice.random);
        const u = dice.random();
        if (u < 0.16) {
          const target = pickDemand();
          if (demands[target].owner !== speakerRank) {
            stances.push(`{ demand: ${demands[target].id}, stance: REJECTS }`);
            rejectionCounts[target] = (rejectionCounts[target] ?? 0) + 1;
            counts.rejections++;
          }
        } else if (u < 0.26) stances.push(`{ demand: ${demands[pickDemand()].id}, stance: REPEATS }`);
        else if (u < 0.34) stances.push(`{ demand: ${demands[pickDemand()].id}, stance: ACCEPTS }`);
      }

      let item =
        `  - id: ${id}\n    speaker: ${speaker.id}\n` +
        (dice.chance(0.3)
          ? `    onBehalfOf: ${actors[statesAndGovernments[dice.int(0, statesAndGovernments.length - 1)]].id}\n`
          : '') +
        `    date: { value: "${date}", precision: DAY, cue: ${q(`said on ${weekday}`)}, inferred: true }\n` +
        (quoteSpan ? `    quote: { text: ${q(quoteText)}, start: ${quoteSpan.start}, end: ${quoteSpan.end} }\n` : '') +
        `    paraphrase: ${q(paraphrase)}\n` +
        (quoteSpan ? '' : `    evidence: { start: ${evidence.start}, end: ${evidence.end} }\n`) +
        (dice.chance(0.2) ? `    reportedBy: ${actors[media[mediaZipf.draw(dice.random)]].id}\n` : '') +
        `    plover: { type: ${ploverType}, mode: null, cameo: "${CAMEO_BASE_CODES[dice.int(0, CAMEO_BASE_CODES.length - 1)]}", codebook: PLOVER 2021-10 / CAMEO 1.1b3 }\n` +
        `    targets: ${list(targets)}\n    mentions: ${list([...mentions])}\n`;
      item += stances.length ? `    demands:\n${stances.map((st) => `      - ${st}\n`).join('')}` : '    demands: []\n';
      yamlStatements.push(item);
    }

    for (const demand of newDemands) {
      const kind = dice.pick(DEMAND_KINDS);
      const topicName = dice.pick(DEMAND_TOPICS);
      const addressed = [...new Set([actors[speakerZipf.draw(dice.random)].id])].filter(
        (x) => x !== actors[demand.owner].id,
      );
      const concerns =
        topicName === 'TERRITORY' || dice.chance(0.2) ? [territories[territoryZipf.draw(dice.random)]] : [];
      const conflicts = demands.length > 0 && dice.chance(0.1) ? [demands[dice.int(0, demands.length - 1)].id] : [];
      yamlDemands.push(
        `  - id: ${demand.id}\n    summary: ${q(`${actors[demand.owner].surname} wants ${topicName.toLowerCase().replace(/_/g, ' ')}: ${word()} ${word()}`)}\n` +
          `    kind: ${kind}\n    topic: ${topicName}\n    owner: ${actors[demand.owner].id}\n    addressedTo: ${list(addressed)}\n` +
          `    territories: ${list(concerns)}\n    conflictsWith: ${list(conflicts)}\n`,
      );
    }
    demands.push(...newDemands);

    // About one relation per two articles: who speaks for whom, who claims what.
    if (dice.chance(0.5)) {
      const from = actors[speakerZipf.draw(dice.random)];
      if (dice.chance(0.6)) {
        const to = actors[statesAndGovernments[dice.int(0, statesAndGovernments.length - 1)]];
        if (to.id !== from.id) {
          const type = dice.pick(['SPEAKS_FOR', 'MEMBER_OF', 'LEADS', 'PART_OF']);
          yamlRelations.push(
            `  - { type: ${type}, from: ${from.id}, to: ${to.id}, article: ${articleId}, statement: ${statementIds[0]}, since: null, role: ${q(`${capital(word())} officer`)} }\n`,
          );
        }
      } else {
        const type = dice.pick(['CLAIMS', 'CONTROLS', 'ANNEXED']);
        yamlRelations.push(
          `  - { type: ${type}, from: ${from.id}, to: ${territories[territoryZipf.draw(dice.random)]}, article: ${articleId}, statement: null, ` +
            `since: { value: "${published.slice(0, 4)}", precision: YEAR, cue: "the year reported", inferred: true }, role: null }\n`,
        );
      }
    }

    const header =
      `# Synthetic annotations of articles/${stem}.txt (bench/generate-corpus.ts).\n\narticle:\n  id: ${articleId}\n  file: ${stem}.txt\n` +
      `  title: ${q(titleIsHeadline ? title : `${title} (annotator's title)`)}\n  titleIsHeadline: ${titleIsHeadline}\n` +
      `  outlet: ${outlet ? outlet.id : 'null'}\n  published: { value: "${published}", precision: DAY, cue: "the dateline", inferred: false }\n`;
    const yaml =
      header +
      (yamlEvents.length ? `events:\n${yamlEvents.join('')}` : 'events: []\n') +
      `statements:\n${yamlStatements.join('')}` +
      `demands:\n${yamlDemands.join('')}` +
      (yamlRelations.length ? `relations:\n${yamlRelations.join('')}` : 'relations: []\n');
    write(path.join(articlesDir, `${stem}.txt`), text);
    write(path.join(annotationsDir, `${stem}.yaml`), yaml);

    counts.articles++;
    counts.statements += perArticle;
    counts.demands += newDemands.length;
    counts.events += articleEvents.length;
    counts.relations += yamlRelations.length;
    if (articleIds.length < 200) articleIds.push(articleId);
  }
  counts.bytes = bytes;

  const bySpeaking = [...speakerCounts.keys()].sort((x, y) => speakerCounts[y] - speakerCounts[x] || x - y);
  const middle = Math.floor(bySpeaking.length / 4);
  const manifest: CorpusManifest = {
    seed,
    layout: CORPUS_LAYOUT,
    shape,
    counts,
    topSpeakers: bySpeaking.slice(0, 50).map((i) => ({ id: actors[i].id, statements: speakerCounts[i] })),
    typicalSpeakers: bySpeaking
      .slice(middle, middle + 50)
      .map((i) => ({ id: actors[i].id, statements: speakerCounts[i] })),
    topRejected: rejectionCounts
      .map((n, i) => ({ id: demands[i].id, rejections: n ?? 0 }))
      .filter((d) => d.rejections > 0)
      .sort((x, y) => y.rejections - x.rejections)
      .slice(0, 50),
    searchTerms: [...termCounts.entries()]
      .map(([term, n]) => ({ term, statements: n }))
      .sort((x, y) => y.statements - x.statements),
    articleIds,
    dateRange: { from: new Date(minDay).toISOString().slice(0, 10), to: new Date(maxDay).toISOString().slice(0, 10) },
    ploverTypes,
  };
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** The manifest of a corpus already on disk, or null when it is missing or was generated differently (another seed, size or layout). */
export function readManifest(outDir: string, statements: number, seed = 'peacegraph-bench'): CorpusManifest | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as CorpusManifest;
    return manifest.seed === seed && manifest.layout === CORPUS_LAYOUT && manifest.shape.statements === statements
      ? manifest
      : null;
  } catch {
    return null;
  }
}

if (require.main === module) {
  const [size, outDir, seed] = process.argv.slice(2);
  if (!size || !outDir) {
    console.error('usage: node dist/bench/generate-corpus.js <statements> <outDir> [seed]');
    process.exit(2);
  }
  const started = Date.now();
  const manifest = generateCorpus(Number(size.replace(/k$/i, '000').replace(/m$/i, '000000')), outDir, seed);
  console.log(JSON.stringify({ ...manifest.counts, ms: Date.now() - started }));
}
