// Dates in the annotations are partial: an article may only let us say "2014"
// or "February 2025". A DateSpec carries its own precision, and its value must
// be written at exactly that precision so that "2025-02" can never silently
// mean "2025-02-01".

export const DATE_PRECISIONS = ['YEAR', 'MONTH', 'DAY'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface ParsedDate {
  precision: DatePrecision;
  year: number;
  /** 1-12, present for MONTH and DAY precision. */
  month: number | null;
  /** 1-31, present for DAY precision. */
  day: number | null;
}

export type DateParseResult = { ok: true; date: ParsedDate } | { ok: false; reason: string };

/** The one shape each precision accepts; kept apart so error messages can name it. */
const SHAPES: Record<DatePrecision, { pattern: RegExp; example: string }> = {
  YEAR: { pattern: /^(\d{4})$/, example: 'YYYY' },
  MONTH: { pattern: /^(\d{4})-(\d{2})$/, example: 'YYYY-MM' },
  DAY: { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, example: 'YYYY-MM-DD' },
};

/** Any of the three shapes; used by the schema so editors flag malformed values early. */
export const DATE_VALUE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (proleptic Gregorian, UTC).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseDateSpec(spec: { value: string; precision: DatePrecision }): DateParseResult {
  const { value, precision } = spec;
  const shape = SHAPES[precision];
  const match = shape.pattern.exec(value);
  if (!match) {
    const actual = (Object.keys(SHAPES) as DatePrecision[]).find((p) => SHAPES[p].pattern.test(value));
    const hint = actual ? ` (it is written at ${actual} precision)` : '';
    return {
      ok: false,
      reason: `date "${value}" does not match precision ${precision}: expected ${shape.example}${hint}`,
    };
  }
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) {
    return { ok: false, reason: `date "${value}" has no month ${match[2]}` };
  }
  if (month !== null && day !== null) {
    const last = daysInMonth(year, month);
    if (day < 1 || day > last) {
      return { ok: false, reason: `date "${value}" is not a calendar date: ${year}-${match[2]} has ${last} days` };
    }
  }
  return { ok: true, date: { precision, year, month, day } };
}

/**
 * Whether a partial date lies on or before `to`, compared at the coarser
 * precision of the two (the API's contract for dateTo and asOf): "2025-03"
 * is on or before 2025-03-01, since it may be.
 */
export function onOrBefore(date: string, to: string): boolean {
  return date.slice(0, to.length) <= to.slice(0, date.length);
}
