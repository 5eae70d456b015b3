// The knownAt argument: an instant, written as ISO 8601 with a zone
// (2026-12-04T01:30:00Z or +01:00), so that it names one moment whatever
// the server's clock zone is.
import { BadUserInputError } from '../errors/api-errors';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant `value` names, in epoch milliseconds; null when not given. */
export function knownAtArgument(argument: string, value: string | null | undefined): number | null {
  if (value == null) return null;
  const millis = INSTANT.test(value) && isCalendarDay(value.slice(0, 10)) ? Date.parse(value) : NaN;
  if (Number.isNaN(millis)) {
    throw new BadUserInputError(
      `${argument} must be a date and time written ISO 8601 with a zone (e.g. 2026-12-04T01:30:00Z), got "${value}"`,
      { argument },
    );
  }
  return millis;
}

/** Date.parse rolls 2026-02-30 over into March; a day that does not exist is refused instead. */
function isCalendarDay(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}
