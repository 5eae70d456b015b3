// The zod schema of one annotation file (seed/annotations/*.yaml), written
// from docs/model.md. It checks what a single file can show on its own: shapes,
// enums, id syntax, date syntax. Everything that needs the other files or the
// article text (references, duplicate ids, quotes) lives in validate-corpus.ts.
//
// Conventions:
// - every object is .strict(): a misspelt key is an error, not a silent drop;
// - optional lists default to [] and optional scalars to null, so the rest of
//   the code never has to tell "absent" from "empty" (null and absent mean the same);
// - .meta({ id }) names the object types so the emitted JSON Schema has $defs.
import { z } from 'zod';
import {
  ACTOR_KINDS,
  actorRelationTypes,
  cameoProblem,
  DEMAND_KINDS,
  DEMAND_TOPICS,
  EVENT_KINDS,
  PLOVER_TYPES,
  relationTypes,
  stanceTypes,
  TERRITORY_STATUSES,
  territoryRelationTypes,
} from '../domain';
import { DATE_PRECISIONS, DATE_VALUE_PATTERN, parseDateSpec } from '../domain/date-spec';

// The closed vocabularies and the relationship families come from the domain
// model (src/domain/), like the GraphQL enums, so the two cannot disagree.
export const DEMAND_STANCES = nonEmpty(stanceTypes(), 'stance');
export const ACTOR_RELATION_TYPES = nonEmpty(actorRelationTypes(), 'actor relation');
export const TERRITORY_RELATION_TYPES = nonEmpty(territoryRelationTypes(), 'territory relation');
export const RELATION_TYPES = nonEmpty(relationTypes(), 'relation');

/** A list as the non-empty tuple z.enum takes; the model declares at least one type of every family. */
function nonEmpty(list: readonly string[], family: string): [string, ...string[]] {
  if (list.length === 0) throw new Error(`The domain model declares no ${family} type`);
  return [list[0], ...list.slice(1)];
}

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idString = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).regex(KEBAB_ID, { error: 'ids are kebab-case: lower-case letters and digits joined by single hyphens' });
const Id = idString().meta({ id: 'Id', description: 'A global, stable, kebab-case id (actor-dmitry-peskov, stmt-002-03).' });
/** A reference to an id declared in any annotation file. */
const Ref = Id;
const Text = z.string().trim().min(1, { error: 'must not be empty' });
const refList = () => z.array(Ref).default(() => []);
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);

export const DateSpecSchema = z
  .object({
    // YAML reads an unquoted 2014 as a number; say how to write it instead of "expected string".
    value: z
      .string({ error: (issue) => (typeof issue.input === 'number' ? `write the date as a quoted string, e.g. "${issue.input}"` : undefined) })
      .regex(DATE_VALUE_PATTERN, { error: 'dates are written YYYY, YYYY-MM or YYYY-MM-DD' }),
    precision: z.enum(DATE_PRECISIONS),
    cue: Text.describe('The words of the text the date rests on, or the outside fact (said so).'),
    inferred: z.boolean().describe('false only when the text states the date outright'),
  })
  .strict()
  // The regex above only checks the shape; this checks that the shape matches
  // the precision and that the day exists (no 2023-02-30).
  .superRefine((spec, ctx) => {
    // A value of the wrong shape already has its problem from the regex.
    if (!DATE_VALUE_PATTERN.test(spec.value)) return;
    const parsed = parseDateSpec(spec);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['value'], message: parsed.reason });
  })
  .meta({ id: 'DateSpec', description: 'A date at YEAR, MONTH or DAY precision, with the cue it rests on.' });

const Offset = z.number().int().min(0);

export const SpanSchema = z
  .object({ start: Offset, end: Offset })
  .strict()
  .meta({ id: 'Span', description: 'UTF-16 offsets into the article text, start inclusive, end exclusive.' });

export const QuoteSchema = z
  .object({ text: z.string().min(1), start: Offset, end: Offset })
  .strict()
  .meta({ id: 'Quote', description: 'Verbatim words of the article: text === articleText.slice(start, end).' });

export const ArticleHeaderSchema = z
  .object({
    id: Id,
    file: z.string().regex(/^[^/\\]+\.txt$/, { error: 'the file name of an article under seed/articles/, e.g. 000_6d5f0d2b299922d5.txt' }),
    title: Text,
    titleIsHeadline: z.boolean().describe("true only when the title is the article's own first line"),
    outlet: nullable(Ref).describe('Actor id of the outlet, only where the text names it.'),
    published: DateSpecSchema,
  })
  .strict()
  .meta({ id: 'ArticleHeader' });

export const ActorSchema = z
  .object({
    id: Id,
    name: Text,
    kind: z.enum(ACTOR_KINDS),
    aliases: z.array(Text).default(() => []).describe('Every spelling or metonym used in the articles.'),
    description: nullable(Text),
    country: nullable(z.string().regex(/^[A-Z]{2}$/, { error: 'an ISO 3166-1 alpha-2 code, e.g. RU' })),
  })
  .strict()
  .meta({ id: 'Actor' });

export const TerritorySchema = z
  .object({
    id: Id,
    name: Text,
    aliases: z.array(Text).default(() => []),
    iso3166_2: nullable(z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, { error: 'an ISO 3166-2 code, e.g. UA-43' })),
    status: nullable(z.enum(TERRITORY_STATUSES)),
  })
  .strict()
  .meta({ id: 'Territory' });

export const EventSchema = z
  .object({
    id: Id,
    name: Text,
    kind: z.enum(EVENT_KINDS),
    date: nullable(DateSpecSchema),
    place: nullable(Text),
    participants: refList().describe('Actor ids; each becomes (Actor)-[:TOOK_PART_IN]->(Event).'),
    territories: refList().describe('Territory ids the event concerns.'),
    article: nullable(Ref).describe('Id of the article that reports the event (provenance).'),
  })
  .strict()
  .meta({ id: 'Event' });

export const PloverSchema = z
  .object({
    type: z.enum(PLOVER_TYPES),
    mode: nullable(Text),
    cameo: z
      .string({ error: (issue) => (typeof issue.input === 'number' ? 'write the CAMEO code as a quoted string, e.g. "012"' : undefined) })
      .regex(/^\d{2,4}$/, { error: 'a CAMEO code as a quoted string of 2-4 digits, e.g. "012"' })
      .superRefine((code, context) => {
        const problem = cameoProblem(code);
        if (problem !== null) context.addIssue({ code: 'custom', message: problem });
      }),
    codebook: Text,
  })
  .strict()
  .meta({ id: 'Plover' });

export const StatementDemandSchema = z
  .object({ demand: Ref, stance: z.enum(DEMAND_STANCES) })
  .strict()
  .meta({ id: 'StatementDemand', description: "This statement's stance on a demand." });

export const StatementSchema = z
  .object({
    id: Id,
    speaker: Ref,
    onBehalfOf: nullable(Ref),
    date: DateSpecSchema,
    quote: nullable(QuoteSchema),
    paraphrase: Text.describe('Always present: the statement in plain words.'),
    evidence: nullable(SpanSchema).describe('The sentence(s) that report the statement; required when there is no quote.'),
    reportedBy: nullable(Ref).describe('The outlet or agency the article credits.'),
    plover: PloverSchema,
    targets: refList().describe('Actor ids the statement is aimed at.'),
    mentions: refList().describe('Actor, territory or event ids.'),
    demands: z.array(StatementDemandSchema).default(() => []),
  })
  .strict()
  .meta({ id: 'Statement' });

export const DemandSchema = z
  .object({
    id: Id,
    summary: Text,
    kind: z.enum(DEMAND_KINDS),
    topic: z.enum(DEMAND_TOPICS),
    // A demand without an owner cannot answer "whose precondition", so say so
    // plainly instead of zod's "expected string, received undefined".
    owner: idString({ error: (issue) => (issue.input == null ? 'demand has no owner: name the actor who makes it' : undefined) }),
    addressedTo: refList(),
    territories: refList(),
    conflictsWith: refList().describe('Ids of demands that cannot both be met with this one.'),
  })
  .strict()
  .meta({ id: 'Demand' });

export const RelationSchema = z
  .object({
    type: z.enum(RELATION_TYPES),
    from: Ref,
    to: Ref,
    article: Ref.describe('Id of the article the relation rests on (provenance).'),
    statement: nullable(Ref),
    since: nullable(DateSpecSchema),
    role: nullable(Text),
  })
  .strict()
  .meta({
    id: 'Relation',
    description: `${ACTOR_RELATION_TYPES.join(', ')}: actor to actor; ${TERRITORY_RELATION_TYPES.join(', ')}: actor to territory.`,
  });

export const AnnotationFileSchema = z
  .object({
    article: ArticleHeaderSchema.optional().describe('Exactly one in seed/annotations/<stem>.yaml; none in _*.yaml files.'),
    actors: z.array(ActorSchema).default(() => []),
    territories: z.array(TerritorySchema).default(() => []),
    events: z.array(EventSchema).default(() => []),
    statements: z.array(StatementSchema).default(() => []),
    demands: z.array(DemandSchema).default(() => []),
    relations: z.array(RelationSchema).default(() => []),
  })
  .strict()
  .meta({
    id: 'AnnotationFile',
    title: 'Peacegraph annotation file',
    description: 'One file under seed/annotations/. See docs/model.md.',
  });

/** The list sections of a file, in the order they are written and merged. */
export const SECTION_SCHEMAS = {
  actors: ActorSchema,
  territories: TerritorySchema,
  events: EventSchema,
  statements: StatementSchema,
  demands: DemandSchema,
  relations: RelationSchema,
} as const;
export type SectionName = keyof typeof SECTION_SCHEMAS;
export const SECTION_NAMES = Object.keys(SECTION_SCHEMAS) as SectionName[];

export type DateSpec = z.output<typeof DateSpecSchema>;
export type Span = z.output<typeof SpanSchema>;
export type Quote = z.output<typeof QuoteSchema>;
export type ArticleHeader = z.output<typeof ArticleHeaderSchema>;
export type ActorAnnotation = z.output<typeof ActorSchema>;
export type TerritoryAnnotation = z.output<typeof TerritorySchema>;
export type EventAnnotation = z.output<typeof EventSchema>;
export type PloverCode = z.output<typeof PloverSchema>;
export type StatementAnnotation = z.output<typeof StatementSchema>;
export type DemandAnnotation = z.output<typeof DemandSchema>;
export type RelationAnnotation = z.output<typeof RelationSchema>;
export type AnnotationFile = z.output<typeof AnnotationFileSchema>;
