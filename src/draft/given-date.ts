/** A day given as YYYY-MM-DD (noon UTC), or null when the text is not one or names no real day. */
export function parseGivenDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return date.toISOString().slice(0, 10) === value ? date : null;
}
