import { connectTestDatabase, TestDatabase } from '../support/test-database';

// Dates (YYYY, YYYY-MM or YYYY-MM-DD) compare at the coarser precision of
// the two: the API's contract. The list queries write the comparison as two
// plain string tests, cheaper per row than cutting both sides to the shorter
// length:
//   on or after $from:  d >= $from OR $from STARTS WITH d
//   on or before $to:   d <= $to OR d STARTS WITH $to
// This checks, in Neo4j itself, that the two forms agree with the contract
// for every pair of dates of every precision around a year's turn and a
// month's middle, and that a missing date matches neither.
const onOrAfter = (date: string, from: string) => date.slice(0, from.length) >= from.slice(0, date.length);
const onOrBefore = (date: string, to: string) => date.slice(0, to.length) <= to.slice(0, date.length);

const DATES = [
  '2021',
  '2021-12',
  '2021-12-31',
  '2022',
  '2022-01',
  '2022-01-01',
  '2022-01-02',
  '2022-09',
  '2022-09-30',
  '2022-10',
  '2022-10-01',
  '2022-10-15',
  '2022-10-16',
  '2022-10-17',
  '2022-10-31',
  '2022-11',
  '2022-11-01',
  '2022-12',
  '2022-12-31',
  '2023',
  '2023-01',
  '2023-01-01',
];

describe('date comparison at the coarser precision, as the list queries write it', () => {
  let db: TestDatabase;
  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(() => db.close());

  it('agrees with the contract for every pair of dates', async () => {
    const result = await db.executor.readTransaction((tx) =>
      tx.run(
        `UNWIND $dates AS d
         UNWIND $dates AS bound
         RETURN d, bound,
                (d >= bound OR bound STARTS WITH d) AS onOrAfter,
                (d <= bound OR d STARTS WITH bound) AS onOrBefore`,
        { dates: DATES },
      ),
    );
    const found = result.records.map((record) => record.toObject());
    expect(found).toHaveLength(DATES.length ** 2);
    const expected = DATES.flatMap((d) =>
      DATES.map((bound) => ({ d, bound, onOrAfter: onOrAfter(d, bound), onOrBefore: onOrBefore(d, bound) })),
    );
    expect(found).toEqual(expected);
    // Both sides of each test occur: the grid is not trivially all true.
    expect(new Set(found.map((row) => `${row.onOrAfter}${row.onOrBefore}`)).size).toBeGreaterThanOrEqual(3);
  });

  it('keeps no item without a date', async () => {
    const result = await db.executor.readTransaction((tx) =>
      tx.run(
        `UNWIND $dates AS bound
         WITH bound, null AS d
         WHERE (d >= bound OR bound STARTS WITH d) OR (d <= bound OR d STARTS WITH bound)
         RETURN count(*) AS kept`,
        { dates: DATES },
      ),
    );
    expect(Number(result.records[0].get('kept'))).toBe(0);
  });
});
