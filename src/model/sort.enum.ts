import { registerEnumType } from 'type-graphql';

// Every sort value reads <KEY>_<ASC|DESC>; the repositories pass KEY and the
// direction to fixed Cypher as parameters, never into the query text.

export enum ActorSort {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}
export enum TerritorySort {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}
export enum StatementSort {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
}
export enum RejectionSort {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
}
export enum EventSort {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}
export enum ArticleSort {
  PUBLISHED_ASC = 'PUBLISHED_ASC',
  PUBLISHED_DESC = 'PUBLISHED_DESC',
  TITLE_ASC = 'TITLE_ASC',
  TITLE_DESC = 'TITLE_DESC',
}
export enum DemandSort {
  FIRST_VOICED_ASC = 'FIRST_VOICED_ASC',
  FIRST_VOICED_DESC = 'FIRST_VOICED_DESC',
  SUMMARY_ASC = 'SUMMARY_ASC',
  SUMMARY_DESC = 'SUMMARY_DESC',
}

export interface SortSpec {
  /** NAME, DATE, PUBLISHED, TITLE, FIRST_VOICED or SUMMARY: chosen by a CASE inside the query. */
  by: string;
  desc: boolean;
}

export function sortSpec(value: string): SortSpec {
  const desc = value.endsWith('_DESC');
  return { by: value.replace(/_(ASC|DESC)$/, ''), desc };
}

const asc = (what: string) => ({ description: `By ${what}, ascending; ties broken by id.` });
const desc = (what: string) => ({ description: `By ${what}, descending; ties broken by id.` });

registerEnumType(ActorSort, {
  name: 'ActorSort',
  description: 'Orders of actor lists.',
  valuesConfig: { NAME_ASC: asc('name (case-insensitive)'), NAME_DESC: desc('name (case-insensitive)') },
});
registerEnumType(TerritorySort, {
  name: 'TerritorySort',
  description: 'Orders of territory lists.',
  valuesConfig: { NAME_ASC: asc('name (case-insensitive)'), NAME_DESC: desc('name (case-insensitive)') },
});
const byDate = 'date (a date known to the month sorts before the days of that month)';
registerEnumType(StatementSort, {
  name: 'StatementSort',
  description: 'Orders of statement lists.',
  valuesConfig: { DATE_ASC: asc(byDate), DATE_DESC: desc(byDate) },
});
registerEnumType(RejectionSort, {
  name: 'RejectionSort',
  description: 'Orders of rejection lists: by the date of the rejecting statement.',
  valuesConfig: { DATE_ASC: asc(byDate), DATE_DESC: desc(byDate) },
});
registerEnumType(EventSort, {
  name: 'EventSort',
  description: 'Orders of event lists; events without a date sort first when ascending.',
  valuesConfig: { DATE_ASC: asc(byDate), DATE_DESC: desc(byDate), NAME_ASC: asc('name'), NAME_DESC: desc('name') },
});
registerEnumType(ArticleSort, {
  name: 'ArticleSort',
  description: 'Orders of article lists.',
  valuesConfig: {
    PUBLISHED_ASC: asc('publication date'),
    PUBLISHED_DESC: desc('publication date'),
    TITLE_ASC: asc('title (case-insensitive)'),
    TITLE_DESC: desc('title (case-insensitive)'),
  },
});
registerEnumType(DemandSort, {
  name: 'DemandSort',
  description: 'Orders of demand lists.',
  valuesConfig: {
    FIRST_VOICED_ASC: asc('the date of the earliest statement that sets or repeats the demand'),
    FIRST_VOICED_DESC: desc('the date of the earliest statement that sets or repeats the demand'),
    SUMMARY_ASC: asc('summary (case-insensitive)'),
    SUMMARY_DESC: desc('summary (case-insensitive)'),
  },
});
