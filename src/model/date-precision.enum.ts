import { registerEnumType } from 'type-graphql';
import { DATE_PRECISIONS } from '../domain/date-spec';
import { enumFromList } from './enum-from-list';

export const DatePrecision = enumFromList(DATE_PRECISIONS);
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How much of a date the source lets us know.',
  valuesConfig: {
    YEAR: { description: 'Only the year: the value is YYYY.' },
    MONTH: { description: 'Year and month: the value is YYYY-MM.' },
    DAY: { description: 'The exact day: the value is YYYY-MM-DD.' },
  },
});
