/**
 * Lower case without accents or punctuation runs, so that "Zelenskyy",
 * "zelenskyy" and "Zelénskyy" compare equal when a user searches.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
