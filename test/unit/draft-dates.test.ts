import { articleDate, findDates } from '../../src/draft/dates';
import { parseGivenDate } from '../../src/draft/given-date';
import { draftAnnotation } from '../../src/draft/draft-annotation';
import { draftTestGraph } from '../support/draft-graph';

describe("the article's date", () => {
  it('reads a dateline as the date the text states outright', () => {
    const date = articleDate('KYIV, July 25, 2024 — Talks resumed today.\nMore text.', null);
    expect(date.source).toBe('dateline');
    expect(date.spec).toMatchObject({ value: '2024-07-25', precision: 'DAY', inferred: false });
  });

  it('takes the date given when the text has no dateline, saying it is not in the text', () => {
    const date = articleDate('Talks resumed on Tuesday.', '2022-10-16');
    expect(date.source).toBe('given');
    expect(date.spec).toMatchObject({ value: '2022-10-16', precision: 'DAY', inferred: true });
  });

  it('falls back to the latest year the text names, at YEAR precision', () => {
    const date = articleDate('The war began in 2022; a law was signed in 2023.', null, new Date(Date.UTC(2025, 0, 1)));
    expect(date.spec).toMatchObject({ value: '2023', precision: 'YEAR', inferred: true });
  });

  it('refuses a given date that does not exist', () => {
    expect(parseGivenDate('2023-02-30')).toBeNull();
    expect(parseGivenDate('2023-2-3')).toBeNull();
    expect(parseGivenDate('2023-02-28')?.toISOString().slice(0, 10)).toBe('2023-02-28');
  });
});

describe('relative dates, resolved against the article date', () => {
  // 2022-10-17 is a Monday.
  const monday = articleDate('', '2022-10-17');
  const resolved = (text: string) => findDates(text, monday).map(({ spec }) => [spec.cue, spec.value, spec.precision]);

  it('reads a weekday as the latest such day on or before the article date', () => {
    expect(resolved('Peskov said on Sunday.')).toEqual([['on Sunday', '2022-10-16', 'DAY']]);
    expect(resolved('a briefing on Monday')).toEqual([['on Monday', '2022-10-17', 'DAY']]);
    expect(resolved('a briefing on Thursday')).toEqual([['on Thursday', '2022-10-13', 'DAY']]);
  });

  it('resolves yesterday and today to days, a month without year to the latest such month, last year to a year', () => {
    expect(resolved('Biden said yesterday')).toEqual([['yesterday', '2022-10-16', 'DAY']]);
    expect(resolved('talks held in December')).toEqual([['December', '2021-12', 'MONTH']]);
    expect(resolved('a law signed last year')).toEqual([['last year', '2021', 'YEAR']]);
    expect(resolved('the election in November 2024')).toEqual([['November 2024', '2024-11', 'MONTH']]);
    expect(resolved('a coup in 2014')).toEqual([['in 2014', '2014', 'YEAR']]);
  });

  it('does not resolve a weekday when the article date is only a year', () => {
    const year = articleDate('It happened in 2023.', null, new Date(Date.UTC(2025, 0, 1)));
    expect(findDates('Peskov said on Sunday.', year)).toEqual([]);
  });
});

describe('statement dates in a draft', () => {
  it('dates a statement by the words at its verb, and otherwise by the article, saying which', () => {
    const text = '“We are ready,” Peskov said on Sunday. Zelensky said: “We are not.”';
    const draft = draftAnnotation(text, { graph: draftTestGraph(), date: '2022-10-17' });
    const [first, second] = draft.annotation.statements;
    expect(first.date).toMatchObject({ value: '2022-10-16', precision: 'DAY', cue: 'on Sunday' });
    expect(second.date).toMatchObject({ value: '2022-10-17', precision: 'DAY', inferred: true });
    expect(second.date.cue).toContain("the article's date");
  });
});
