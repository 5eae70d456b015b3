// Graph properties (named as src/seed/graph-rows.ts writes them) to model
// instances. Only this file knows the property names of nodes.
import { Actor } from '../model/actor.type';
import { Article } from '../model/article.type';
import { Demand } from '../model/demand.type';
import { GraphEvent } from '../model/event.type';
import type { FuzzyDate } from '../model/fuzzy-date.type';
import type { NodeLabel } from '../model/node.interface';
import { Statement } from '../model/statement.type';
import { Territory } from '../model/territory.type';

export type Props = Record<string, unknown>;
export type AnyNode = Actor | Article | Demand | GraphEvent | Statement | Territory;

const str = (value: unknown): string => String(value ?? '');
const optStr = (value: unknown): string | null => (value == null ? null : String(value));
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const num = (value: unknown): number => Number(value);

/** `date`, `datePrecision`, `dateCue`, `dateInferred` (or another prefix) to a FuzzyDate, null when there is no value. */
export function fuzzyDate(props: Props, prefix: string, valueKey = prefix): FuzzyDate | null {
  const value = props[valueKey];
  if (value == null) return null;
  const inferred = props[`${prefix}Inferred`];
  return {
    value: String(value),
    precision: props[`${prefix}Precision`] as FuzzyDate['precision'],
    cue: optStr(props[`${prefix}Cue`]),
    inferred: typeof inferred === 'boolean' ? inferred : null,
  };
}

export function toActor(p: Props): Actor {
  return Object.assign(new Actor(), {
    id: str(p.id),
    name: str(p.name),
    kind: p.kind as Actor['kind'],
    aliases: list(p.aliases),
    description: optStr(p.description),
    country: optStr(p.country),
  });
}

export function toTerritory(p: Props): Territory {
  return Object.assign(new Territory(), {
    id: str(p.id),
    name: str(p.name),
    aliases: list(p.aliases),
    iso3166_2: optStr(p.iso3166_2),
    status: (p.status ?? null) as Territory['status'],
  });
}

export function toArticle(p: Props): Article {
  return Object.assign(new Article(), {
    id: str(p.id),
    file: str(p.file),
    title: str(p.title),
    titleIsHeadline: p.titleIsHeadline === true,
    outletName: optStr(p.outlet),
    published: fuzzyDate(p, 'published', 'publishedOn')!,
    text: str(p.text),
    sha256: str(p.sha256),
  });
}

export function toStatement(p: Props): Statement {
  return Object.assign(new Statement(), {
    id: str(p.id),
    text: str(p.text),
    quote: p.quote == null ? null : { text: str(p.quote), start: num(p.quoteStart), end: num(p.quoteEnd) },
    paraphrase: str(p.paraphrase),
    isParaphrase: p.isParaphrase === true,
    evidence: p.evidenceStart == null ? null : { start: num(p.evidenceStart), end: num(p.evidenceEnd) },
    date: fuzzyDate(p, 'date')!,
    plover: {
      type: p.ploverType as Statement['plover']['type'],
      mode: optStr(p.ploverMode),
      cameo: str(p.cameoCode),
      codebook: str(p.codebook),
    },
  });
}

export function toDemand(p: Props): Demand {
  return Object.assign(new Demand(), {
    id: str(p.id),
    summary: str(p.summary),
    kind: p.kind as Demand['kind'],
    topic: p.topic as Demand['topic'],
    articleId: optStr(p.articleId),
  });
}

export function toEvent(p: Props): GraphEvent {
  return Object.assign(new GraphEvent(), {
    id: str(p.id),
    name: str(p.name),
    kind: p.kind as GraphEvent['kind'],
    date: fuzzyDate(p, 'date'),
    place: optStr(p.place),
  });
}

/** Each label's mapper from its node's properties to its model instance. */
export const NODE_MAPPERS: Readonly<Record<NodeLabel, (props: Props) => AnyNode>> = {
  Actor: toActor,
  Article: toArticle,
  Demand: toDemand,
  Event: toEvent,
  Statement: toStatement,
  Territory: toTerritory,
};

/** The domain label among a node's labels (every node also has Entity); null for nodes outside the model. */
export function domainLabel(labels: readonly string[]): NodeLabel | null {
  return (labels.find((label) => label in NODE_MAPPERS) as NodeLabel | undefined) ?? null;
}

/** A node of any label as its model instance; null when it is not one of ours. */
export function toNode(labels: readonly string[], props: Props): AnyNode | null {
  const label = domainLabel(labels);
  return label ? NODE_MAPPERS[label](props) : null;
}

/**
 * The properties each GraphQL field of a node type is mapped from, as the
 * mappers above read them. The prefetch asks Neo4j for only the properties
 * of the fields a request selects (src/prefetch/projection.ts). A field not
 * listed reads none: it is a walk to other nodes, which uses only the id.
 */
export const FIELD_PROPERTIES: Record<NodeLabel, Record<string, readonly string[]>> = {
  Actor: { name: ['name'], kind: ['kind'], aliases: ['aliases'], description: ['description'], country: ['country'] },
  Territory: { name: ['name'], aliases: ['aliases'], iso3166_2: ['iso3166_2'], status: ['status'] },
  Article: {
    file: ['file'],
    title: ['title'],
    titleIsHeadline: ['titleIsHeadline'],
    outletName: ['outlet'],
    published: ['publishedOn', 'publishedPrecision', 'publishedCue', 'publishedInferred'],
    text: ['text'],
    sha256: ['sha256'],
  },
  Statement: {
    text: ['text'],
    quote: ['quote', 'quoteStart', 'quoteEnd'],
    paraphrase: ['paraphrase'],
    isParaphrase: ['isParaphrase'],
    evidence: ['evidenceStart', 'evidenceEnd'],
    date: ['date', 'datePrecision', 'dateCue', 'dateInferred'],
    plover: ['ploverType', 'ploverMode', 'cameoCode', 'codebook'],
  },
  Demand: { summary: ['summary'], kind: ['kind'], topic: ['topic'], article: ['articleId'] },
  Event: {
    name: ['name'],
    kind: ['kind'],
    date: ['date', 'datePrecision', 'dateCue', 'dateInferred'],
    place: ['place'],
  },
};

/** Every property a label's mapper reads but the id: what a node is read with when its selection is not known. */
export function mappedProperties(label: NodeLabel): string[] {
  return [...new Set(Object.values(FIELD_PROPERTIES[label]).flat())];
}
