// Every node label of the graph with its properties, as the seeder writes
// them and docs/model.md lists them. Every node also carries the label
// `Entity`, whose one uniqueness constraint makes ids global.

export type PropertyType = 'string' | 'string?' | 'boolean' | 'boolean?' | 'integer?' | 'string[]' | 'date?';

export interface NodeLabelDeclaration {
  description: string;
  /** Property name to its type; `?` marks a property that may be null. A `date?` is a value with its precision, cue and inferred flag. */
  properties: Readonly<Record<string, PropertyType | { type: PropertyType; note: string }>>;
}

export const NODE_LABEL_DECLARATIONS = {
  Article: {
    description: 'A news article, its text exactly as published.',
    properties: {
      id: 'string',
      file: 'string',
      title: 'string',
      titleIsHeadline: 'boolean',
      outlet: { type: 'string?', note: 'the outlet name' },
      publishedOn: { type: 'date?', note: 'with publishedPrecision, publishedCue, publishedInferred' },
      text: 'string',
      sha256: 'string',
    },
  },
  Actor: {
    description: 'A person, state, government, organisation, alliance, bloc or outlet.',
    properties: {
      id: 'string',
      name: 'string',
      kind: 'string',
      aliases: 'string[]',
      aliasesText: { type: 'string', note: 'aliases joined by newlines, for the full-text index' },
      description: 'string?',
      country: 'string?',
      searchText: { type: 'string', note: 'name and aliases, lower-cased, accents folded, one per line' },
    },
  },
  Statement: {
    description: 'Something an actor said or did, as an article reports it.',
    properties: {
      id: 'string',
      text: { type: 'string', note: 'the quote if any, else the paraphrase' },
      quote: 'string?',
      quoteStart: 'integer?',
      quoteEnd: 'integer?',
      paraphrase: 'string',
      isParaphrase: 'boolean',
      evidenceStart: 'integer?',
      evidenceEnd: 'integer?',
      date: 'date?',
      ploverType: 'string',
      ploverMode: 'string?',
      cameoCode: 'string?',
      codebook: 'string?',
      articleId: 'string',
      speakerId: 'string',
    },
  },
  Demand: {
    description: 'A demand, precondition, proposal or red line one actor puts to others.',
    properties: { id: 'string', summary: 'string', kind: 'string', topic: 'string', articleId: 'string' },
  },
  Territory: {
    description: 'A territory the talks are about.',
    properties: {
      id: 'string',
      name: 'string',
      aliases: 'string[]',
      aliasesText: 'string',
      iso3166_2: 'string?',
      status: 'string?',
      searchText: 'string',
    },
  },
  Event: {
    description: 'Talks, summits, decrees and other events the articles report.',
    properties: {
      id: 'string',
      name: 'string',
      kind: 'string',
      date: 'date?',
      place: 'string?',
      articleId: 'string?',
      aliasesText: 'string',
      searchText: 'string',
    },
  },
} as const satisfies Record<string, NodeLabelDeclaration>;

export type NodeLabel = keyof typeof NODE_LABEL_DECLARATIONS;

/** The labels in the order the seeder writes them (an edge's ends exist before it). */
export const NODE_LABELS = [
  'Article',
  'Actor',
  'Territory',
  'Event',
  'Demand',
  'Statement',
] as const satisfies readonly NodeLabel[];
