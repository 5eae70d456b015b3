import { DEMAND_KINDS, PLOVER_TYPES, stanceTypes } from '../../src/domain';
import { LEXICON } from '../../src/draft/cue-lexicon';
import { reviewVocabularies } from '../../src/http/review/review-vocabularies';
import { DEMAND_STANCES } from '../../src/seed/annotation.schema';

// The review page's pickers offer the validator's own lists, never a copy that could drift.
describe('the vocabularies of /review/vocabularies.json', () => {
  const vocabularies = reviewVocabularies();

  it('are the lists the annotation schema checks against', () => {
    expect(vocabularies.ploverTypes).toEqual(PLOVER_TYPES);
    expect(vocabularies.demandKinds).toEqual(DEMAND_KINDS);
    expect(vocabularies.stances).toEqual(stanceTypes());
    expect(vocabularies.stances).toEqual(DEMAND_STANCES);
    expect(vocabularies.stances).toContain('REJECTS');
  });

  it("give a CAMEO code for every type the lexicon codes, and the drafter's default for a new statement", () => {
    for (const cue of LEXICON.plover) expect(vocabularies.cameoByType[cue.value.type]).toMatch(/^\d{2,4}$/);
    expect(vocabularies.cameoByType.REJECT).toBe('120');
    expect(Object.keys(vocabularies.cameoByType).every((type) => PLOVER_TYPES.includes(type as never))).toBe(true);
    expect(vocabularies.newStatementPlover).toEqual({
      type: LEXICON.ploverDefault.type,
      mode: null,
      cameo: LEXICON.ploverDefault.cameo,
      codebook: LEXICON.codebook,
    });
  });
});
