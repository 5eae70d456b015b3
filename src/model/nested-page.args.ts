// Arguments of the connection fields that lead from one node to its
// neighbours: a page and, where order matters, a sort.
import { ArgsType, Field } from 'type-graphql';
import { DemandStance } from './demand-stance.enum';
import { PageArgs } from './page.args';
import { ActorRelationType, TerritoryRelationType } from './relation-type.enum';
import type { NodeLabel } from './node.interface';
import {
  ActorSort,
  ArticleSort,
  DemandSort,
  EventSort,
  RejectionSort,
  StatementSort,
  TerritorySort,
} from './sort.enum';

@ArgsType()
export class StatementPageArgs extends PageArgs {
  @Field(() => StatementSort, { defaultValue: StatementSort.DATE_ASC, description: 'The order of the statements.' })
  sort: StatementSort;
}

@ArgsType()
export class ActorPageArgs extends PageArgs {
  @Field(() => ActorSort, { defaultValue: ActorSort.NAME_ASC, description: 'The order of the actors.' })
  sort: ActorSort;
}

@ArgsType()
export class DemandPageArgs extends PageArgs {
  @Field(() => DemandSort, { defaultValue: DemandSort.FIRST_VOICED_ASC, description: 'The order of the demands.' })
  sort: DemandSort;
}

@ArgsType()
export class EventPageArgs extends PageArgs {
  @Field(() => EventSort, { defaultValue: EventSort.DATE_ASC, description: 'The order of the events.' })
  sort: EventSort;
}

@ArgsType()
export class ArticlePageArgs extends PageArgs {
  @Field(() => ArticleSort, { defaultValue: ArticleSort.PUBLISHED_ASC, description: 'The order of the articles.' })
  sort: ArticleSort;
}

@ArgsType()
export class TerritoryPageArgs extends PageArgs {
  @Field(() => TerritorySort, { defaultValue: TerritorySort.NAME_ASC, description: 'The order of the territories.' })
  sort: TerritorySort;
}

/** The arguments of a page of nodes of each label: a page and that label's sort. */
export const NODE_PAGE_ARGS: Record<NodeLabel, typeof PageArgs & (new () => PageArgs & { sort: string })> = {
  Actor: ActorPageArgs,
  Article: ArticlePageArgs,
  Demand: DemandPageArgs,
  Event: EventPageArgs,
  Statement: StatementPageArgs,
  Territory: TerritoryPageArgs,
};

@ArgsType()
export class RejectionPageArgs extends PageArgs {
  @Field(() => RejectionSort, { defaultValue: RejectionSort.DATE_ASC, description: 'The order of the rejections.' })
  sort: RejectionSort;
}

@ArgsType()
export class ActorRelationPageArgs extends PageArgs {
  @Field(() => [ActorRelationType], {
    nullable: true,
    description: 'Only relations of these types; all actor-to-actor types when absent.',
  })
  types?: ActorRelationType[] | null;
}

@ArgsType()
export class TerritoryRelationPageArgs extends PageArgs {
  @Field(() => [TerritoryRelationType], {
    nullable: true,
    description: 'Only relations of these types; CLAIMS, CONTROLS and ANNEXED when absent.',
  })
  types?: TerritoryRelationType[] | null;
}

@ArgsType()
export class DemandStatementPageArgs extends StatementPageArgs {
  @Field(() => [DemandStance], {
    nullable: true,
    description: 'Only statements with these stances; all four when absent.',
  })
  stances?: DemandStance[] | null;
}
