/**
 * The drafter, loaded on its first use: its language model and date parser
 * take a quarter of a second to load, which the server's start and every
 * other command need not pay.
 */
export function loadDrafter(): Promise<typeof import('./draft-annotation')> {
  return import('./draft-annotation');
}
