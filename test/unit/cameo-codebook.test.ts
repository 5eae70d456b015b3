import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CAMEO_CODES, cameoCategory, cameoProblem } from '../../src/domain';
import { repoRoot } from '../../src/config';

describe('the CAMEO 1.1b3 codebook', () => {
  it('holds the twenty categories, their base codes and sub-codes', () => {
    for (let category = 1; category <= 20; category++)
      expect(CAMEO_CODES.has(String(category).padStart(2, '0'))).toBe(true);
    for (const code of [
      '010',
      '019',
      '0214',
      '0256',
      '036',
      '046',
      '057',
      '0874',
      '1056',
      '1125',
      '1246',
      '129',
      '1385',
      '139',
      '196',
      '2042',
    ])
      expect(CAMEO_CODES.has(code)).toBe(true);
    for (const code of ['00', '21', '0215', '047', '1047', '1247', '197', '2043', '1', '10560'])
      expect(CAMEO_CODES.has(code)).toBe(false);
    expect(cameoCategory('1246')).toBe('Reject');
  });

  it('accepts every code the seed annotations use', () => {
    const dir = path.join(repoRoot, 'seed', 'annotations');
    const codes = readdirSync(dir).flatMap((name) =>
      [...readFileSync(path.join(dir, name), 'utf8').matchAll(/cameo: "(\d+)"/g)].map((match) => match[1]),
    );
    expect(codes.length).toBeGreaterThan(50);
    expect(codes.filter((code) => cameoProblem(code) !== null)).toEqual([]);
  });

  it('names the codes a wrong one could have meant', () => {
    expect(cameoProblem('1047')).toBe('"1047" is not a CAMEO 1.1b3 code (Demand: 104 has 1041, 1042, 1043, 1044)');
    expect(cameoProblem('047')).toBe(
      '"047" is not a CAMEO 1.1b3 code (Consult: 04 has 040, 041, 042, 043, 044, 045, 046)',
    );
    expect(cameoProblem('0365')).toBe(
      '"0365" is not a CAMEO 1.1b3 code (Express intent to cooperate: 036 has no sub-codes)',
    );
    expect(cameoProblem('250')).toBe('"250" is not a CAMEO 1.1b3 code: the categories run from 01 to 20');
    expect(cameoProblem('036')).toBeNull();
  });
});
