import { parseDateSpec } from '../../src/domain/date-spec';

describe('parseDateSpec', () => {
  it('parses each precision', () => {
    expect(parseDateSpec({ value: '2014', precision: 'YEAR' })).toEqual({
      ok: true,
      date: { precision: 'YEAR', year: 2014, month: null, day: null },
    });
    expect(parseDateSpec({ value: '2025-02', precision: 'MONTH' })).toEqual({
      ok: true,
      date: { precision: 'MONTH', year: 2025, month: 2, day: null },
    });
    expect(parseDateSpec({ value: '2024-02-29', precision: 'DAY' })).toEqual({
      ok: true,
      date: { precision: 'DAY', year: 2024, month: 2, day: 29 },
    });
  });

  it('refuses a value written at another precision', () => {
    expect(parseDateSpec({ value: '2025-02', precision: 'YEAR' })).toEqual({
      ok: false,
      reason: 'date "2025-02" does not match precision YEAR: expected YYYY (it is written at MONTH precision)',
    });
    expect(parseDateSpec({ value: '2025', precision: 'DAY' })).toMatchObject({ ok: false });
  });

  it('refuses dates that are not on the calendar', () => {
    expect(parseDateSpec({ value: '2023-02-30', precision: 'DAY' })).toEqual({
      ok: false,
      reason: 'date "2023-02-30" is not a calendar date: 2023-02 has 28 days',
    });
    expect(parseDateSpec({ value: '2023-02-29', precision: 'DAY' })).toMatchObject({ ok: false });
    expect(parseDateSpec({ value: '2023-04-31', precision: 'DAY' })).toMatchObject({ ok: false });
    expect(parseDateSpec({ value: '2023-01-00', precision: 'DAY' })).toMatchObject({ ok: false });
    expect(parseDateSpec({ value: '2023-00', precision: 'MONTH' })).toEqual({
      ok: false,
      reason: 'date "2023-00" has no month 00',
    });
  });

  it('refuses other notations', () => {
    for (const value of ['23-02-01', '2023/02/01', '2023-2-1', ' 2023', 'February 2023', '']) {
      expect(parseDateSpec({ value, precision: 'DAY' })).toMatchObject({ ok: false });
    }
  });
});
