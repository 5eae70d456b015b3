// Arguments of the root list fields: filters, a sort and a page. Every
// filter is optional; given filters all apply (AND).
import { ArgsType, Field, ID } from 'type-graphql';
import { ActorKind } from './actor-kind.enum';
import { DemandKind } from './demand-kind.enum';
import { DemandTopic } from './demand-topic.enum';
import { EventKind } from './event-kind.enum';
import { PageArgs } from './page.args';
import { PloverType } from './plover-type.enum';
import {
  ActorSort,
  ArticleSort,
  DemandSort,
  EventSort,
  RejectionSort,
  StatementSort,
  TerritorySort,
} from './sort.enum';
import { TerritoryStatus } from './territory-status.enum';

const SEARCH_NAMES =
  'Words that start a word of the name or of any alias, ignoring case and accents ("pesk" finds Dmitry Peskov, "zelensky" finds Zelenskyy).';
const DATE_FROM =
  'Only items dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). Dates are compared at the coarser precision of the two, so a date known only to the month matches a range that touches that month.';
const DATE_TO = 'Only items dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD), compared as for dateFrom.';

@ArgsType()
export class ActorsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: SEARCH_NAMES })
  search?: string | null;

  @Field(() => ActorKind, { nullable: true, description: 'Only actors of this kind.' })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: 'Only actors of this country (ISO 3166-1 alpha-2, e.g. RU).' })
  country?: string | null;

  @Field(() => ActorSort, { defaultValue: ActorSort.NAME_ASC, description: 'The order of the actors.' })
  sort: ActorSort;
}

@ArgsType()
export class StatementsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only statements this actor made.' })
  speaker?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'With speaker: also statements others made on behalf of that actor (e.g. a spokesman for a government).',
  })
  includeOnBehalfOf: boolean;

  @Field(() => ID, { nullable: true, description: 'Only statements reported in this article.' })
  article?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only statements aimed at this actor.' })
  target?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only statements that mention this actor, territory or event.' })
  mentions?: string | null;

  @Field(() => String, { nullable: true, description: DATE_FROM })
  dateFrom?: string | null;

  @Field(() => String, { nullable: true, description: DATE_TO })
  dateTo?: string | null;

  @Field(() => PloverType, { nullable: true, description: 'Only statements coded with this PLOVER event type.' })
  ploverType?: PloverType | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search over quotes and paraphrases (index statement_search): every word must occur, ignoring case and accents; a trailing * matches word starts.',
  })
  search?: string | null;

  @Field(() => StatementSort, { defaultValue: StatementSort.DATE_DESC, description: 'The order of the statements.' })
  sort: StatementSort;
}

@ArgsType()
export class TimelineArgs extends PageArgs {
  @Field(() => ID, { description: 'The actor whose statements to list.' })
  actor: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Also statements others made on behalf of the actor.' })
  includeOnBehalfOf: boolean;

  @Field(() => String, { nullable: true, description: DATE_FROM })
  dateFrom?: string | null;

  @Field(() => String, { nullable: true, description: DATE_TO })
  dateTo?: string | null;

  @Field(() => StatementSort, {
    defaultValue: StatementSort.DATE_ASC,
    description: 'The order of the timeline; oldest first by default.',
  })
  sort: StatementSort;
}

@ArgsType()
export class DemandsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only demands this actor owns.' })
  owner?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only demands addressed to this actor.' })
  addressee?: string | null;

  @Field(() => DemandKind, { nullable: true, description: 'Only demands of this kind (e.g. PRECONDITION).' })
  kind?: DemandKind | null;

  @Field(() => DemandTopic, { nullable: true, description: 'Only demands about this topic.' })
  topic?: DemandTopic | null;

  @Field(() => ID, { nullable: true, description: 'Only demands that concern this territory.' })
  territory?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only demands whose summary contains this text, ignoring case and accents.',
  })
  search?: string | null;

  @Field(() => DemandSort, { defaultValue: DemandSort.FIRST_VOICED_ASC, description: 'The order of the demands.' })
  sort: DemandSort;
}

@ArgsType()
export class RejectionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only rejections made by this actor, or by others on its behalf.' })
  rejecter?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only rejections of demands this actor owns.' })
  owner?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only rejections where this actor is on either side: rejecter (or spoken for) or owner.',
  })
  actor?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only rejections made by this statement.' })
  statement?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only rejections of this demand.' })
  demand?: string | null;

  @Field(() => DemandKind, {
    nullable: true,
    description: 'Only rejections of demands of this kind (PRECONDITION: who rejected whose precondition).',
  })
  demandKind?: DemandKind | null;

  @Field(() => ID, { nullable: true, description: 'Only rejections reported in this article.' })
  article?: string | null;

  @Field(() => String, { nullable: true, description: DATE_FROM })
  dateFrom?: string | null;

  @Field(() => String, { nullable: true, description: DATE_TO })
  dateTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The rejections as they stood on this date (YYYY, YYYY-MM or YYYY-MM-DD), as analytics(asOf:) counts them: ' +
      'the rejecting statement dated on or before it, and the demand already raised (SETS or REPEATS) by a ' +
      'statement dated on or before it. See docs/time.md.',
  })
  asOf?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Answer from the graph as this service knew it at this instant (ISO 8601 with a zone), replayed from the ' +
      'change feed: rejections retracted since are listed, ones added since are not. On or after the latest seed ' +
      'run. Read and paged in the service: slower than the list without it. See docs/time.md.',
  })
  knownAt?: string | null;

  @Field(() => RejectionSort, { defaultValue: RejectionSort.DATE_ASC, description: 'The order of the rejections.' })
  sort: RejectionSort;
}

@ArgsType()
export class TerritoriesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: SEARCH_NAMES })
  search?: string | null;

  @Field(() => TerritoryStatus, { nullable: true, description: 'Only territories with this status.' })
  status?: TerritoryStatus | null;

  @Field(() => TerritorySort, { defaultValue: TerritorySort.NAME_ASC, description: 'The order of the territories.' })
  sort: TerritorySort;
}

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only articles whose title contains this text, ignoring case and accents.',
  })
  search?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD), compared at the coarser precision of the two.',
  })
  dateFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD), compared at the coarser precision of the two.',
  })
  dateTo?: string | null;

  @Field(() => ArticleSort, { defaultValue: ArticleSort.PUBLISHED_ASC, description: 'The order of the articles.' })
  sort: ArticleSort;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words that start a word of the event name, ignoring case and accents.',
  })
  search?: string | null;

  @Field(() => EventKind, { nullable: true, description: 'Only events of this kind.' })
  kind?: EventKind | null;

  @Field(() => ID, { nullable: true, description: 'Only events this actor took part in.' })
  participant?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events that concern this territory.' })
  territory?: string | null;

  @Field(() => String, { nullable: true, description: DATE_FROM })
  dateFrom?: string | null;

  @Field(() => String, { nullable: true, description: DATE_TO })
  dateTo?: string | null;

  @Field(() => EventSort, { defaultValue: EventSort.DATE_ASC, description: 'The order of the events.' })
  sort: EventSort;
}
