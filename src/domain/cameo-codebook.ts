// The event codes of the CAMEO 1.1b3 codebook (Schrodt, 2012), the release
// the annotations name in `plover.codebook`: the twenty cue categories and
// every code under them. A code is its category's two digits, then a third
// for the base code, then a fourth for a sub-code where the codebook has
// them; written here as the number of codes under each, since the codebook
// numbers them without gaps. Later additions of GDELT's (176 cyber attack,
// 1834 location bombing) are counted in, since GDELT-coded sources use them.

/** Per category: its name, and for each base code 0..n-1 how many four-digit sub-codes it has (0 if none). */
const CATEGORIES: Record<string, { name: string; subCodes: readonly number[] }> = {
  '01': { name: 'Make public statement', subCodes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
  '02': { name: 'Appeal', subCodes: [0, 4, 0, 4, 4, 6, 0, 0, 0] },
  '03': { name: 'Express intent to cooperate', subCodes: [0, 4, 0, 4, 4, 6, 0, 0, 0, 0] },
  '04': { name: 'Consult', subCodes: [0, 0, 0, 0, 0, 0, 0] },
  '05': { name: 'Engage in diplomatic cooperation', subCodes: [0, 0, 0, 0, 0, 0, 0, 0] },
  '06': { name: 'Engage in material cooperation', subCodes: [0, 0, 0, 0, 0] },
  '07': { name: 'Provide aid', subCodes: [0, 0, 0, 0, 0, 0] },
  '08': { name: 'Yield', subCodes: [0, 4, 0, 4, 2, 0, 3, 4] },
  '09': { name: 'Investigate', subCodes: [0, 0, 0, 0, 0] },
  '10': { name: 'Demand', subCodes: [0, 4, 0, 4, 4, 6, 0, 0, 0] },
  '11': { name: 'Disapprove', subCodes: [0, 0, 5, 0, 0, 0, 0] },
  '12': { name: 'Reject', subCodes: [0, 2, 4, 4, 6, 0, 0, 0, 0, 0] },
  '13': { name: 'Threaten', subCodes: [0, 3, 4, 0, 0, 0, 0, 0, 5, 0] },
  '14': { name: 'Protest', subCodes: [0, 4, 4, 4, 4, 4] },
  '15': { name: 'Exhibit force posture', subCodes: [0, 0, 0, 0, 0] },
  '16': { name: 'Reduce relations', subCodes: [0, 0, 3, 0, 0, 0, 3] },
  '17': { name: 'Coerce', subCodes: [0, 2, 4, 0, 0, 0, 0] },
  '18': { name: 'Assault', subCodes: [0, 0, 3, 4, 0, 0, 0] },
  '19': { name: 'Fight', subCodes: [0, 0, 0, 0, 0, 0, 0] },
  '20': { name: 'Use unconventional mass violence', subCodes: [0, 0, 0, 0, 2] },
};

function allCodes(): string[] {
  const codes: string[] = [];
  for (const [category, { subCodes }] of Object.entries(CATEGORIES)) {
    codes.push(category);
    subCodes.forEach((count, base) => {
      const code = `${category}${base}`;
      codes.push(code);
      for (let sub = 1; sub <= count; sub++) codes.push(`${code}${sub}`);
    });
  }
  return codes;
}

export const CAMEO_CODES: ReadonlySet<string> = new Set(allCodes());

/** The category's name for a code's first two digits, or undefined. */
export function cameoCategory(code: string): string | undefined {
  return CATEGORIES[code.slice(0, 2)]?.name;
}

/** Why a code is not in the codebook, naming the codes it could have meant; null when it is. */
export function cameoProblem(code: string): string | null {
  if (CAMEO_CODES.has(code)) return null;
  const category = cameoCategory(code);
  if (category === undefined) return `"${code}" is not a CAMEO 1.1b3 code: the categories run from 01 to 20`;
  const parent = code.length === 4 ? code.slice(0, 3) : code.slice(0, 2);
  const siblings = [...CAMEO_CODES].filter((c) => c.length === code.length && c.startsWith(parent));
  const near = siblings.length > 0 ? `${parent} has ${siblings.join(', ')}` : `${parent} has no sub-codes`;
  return `"${code}" is not a CAMEO 1.1b3 code (${category}: ${near})`;
}
