import { draftAnnotation } from '../../src/draft/draft-annotation';
import type { Draft } from '../../src/draft/draft-annotation';
import { ploverType } from '../../src/draft/plover-type';
import { draftTestGraph } from '../support/draft-graph';

const draft = (text: string) => draftAnnotation(text, { graph: draftTestGraph(), date: '2024-07-25' });

/** Each statement's speaker with its stances, and each stance's demand owner. */
function stances(result: Draft) {
  const demands = new Map(
    [...result.annotation.demands, ...draftTestGraph().demands].map((demand) => [demand.id, demand]),
  );
  return result.annotation.statements.flatMap((statement) =>
    statement.demands.map(({ demand, stance }) => ({
      speaker: statement.speaker,
      stance,
      owner: demands.get(demand)?.owner,
      demand,
    })),
  );
}

describe('demands and preconditions', () => {
  it('drafts one precondition per coordinated condition after "only if", owned by the speaker’s state and addressed to the one who must act', () => {
    const result = draft(
      'Putin said Russia would end the war, but only if Kyiv drops its claims and hands over the four regions.',
    );
    const set = result.annotation.demands;
    expect(set).toHaveLength(2);
    for (const demand of set) {
      expect(demand).toMatchObject({
        kind: 'PRECONDITION',
        owner: 'actor-russia',
        addressedTo: ['actor-ukrainian-government'],
      });
    }
    expect(set[1].topic).toBe('TERRITORY');
    expect(stances(result).map(({ stance, speaker }) => [speaker, stance])).toEqual([
      ['actor-vladimir-putin', 'SETS'],
      ['actor-vladimir-putin', 'SETS'],
    ]);
  });

  it.each([
    ['must', 'Peskov said that Kyiv must recognise the new borders.', 'DEMAND'],
    [
      'on condition that',
      'Peskov said talks could resume on condition that Kyiv withdraws its troops from Kursk.',
      'PRECONDITION',
    ],
    [
      'until',
      'Zelensky said there would be no talks until Russian troops leave every occupied village.',
      'PRECONDITION',
    ],
    ['as a precondition', 'Zelensky named a full ceasefire as a precondition for any meeting.', 'PRECONDITION'],
  ])('reads "%s" as a demand cue, naming it among the cues', (cue, text, kind) => {
    const result = draft(text);
    expect(result.annotation.demands[0]).toMatchObject({ kind });
    expect(result.suggestions['demands[0]'].cues).toContain(cue);
  });

  it('names the demand’s territories, the statement’s targets, and the actors and territories it mentions', () => {
    const result = draft('Zelensky said Russia must return Crimea, and told NATO so.');
    const [demand] = result.annotation.demands;
    expect(demand).toMatchObject({
      owner: 'actor-ukraine',
      addressedTo: ['actor-russia'],
      territories: ['territory-crimea'],
    });
    const [statement] = result.annotation.statements;
    expect(statement.targets).toEqual(['actor-russia']);
    expect(statement.mentions).toEqual(['actor-nato', 'territory-crimea']);
  });

  it('repeats a demand already in the graph when the wording matches, instead of setting a new one', () => {
    const result = draft('Putin said again that Ukraine must abandon its NATO ambitions.');
    expect(result.annotation.demands).toEqual([]);
    expect(stances(result)).toEqual([
      expect.objectContaining({
        speaker: 'actor-vladimir-putin',
        stance: 'REPEATS',
        demand: 'demand-russia-ukraine-abandon-nato',
      }),
    ]);
  });
});

describe('stances on demands', () => {
  it('links "rejected these demands" to the demands just voiced by the other side', () => {
    const result = draft(
      'Putin said the war would end only if Kyiv hands over four regions. Ukraine has rejected these demands.',
    );
    const rejection = stances(result).find(({ stance }) => stance === 'REJECTS');
    expect(rejection).toMatchObject({ speaker: 'actor-ukraine', owner: 'actor-russia' });
    expect(result.annotation.statements.find((statement) => statement.speaker === 'actor-ukraine')?.plover.type).toBe(
      'REJECT',
    );
  });

  it.each([
    ['dismissed', 'Zelensky dismissed the demand to abandon NATO ambitions.'],
    ['ruled out', 'Zelensky ruled out any plan to abandon its NATO ambitions.'],
    ['unacceptable', 'Kyiv called the demand to abandon NATO ambitions unacceptable, Zelensky said.'],
  ])('reads "%s" as a rejection of the matching demand in the graph', (_cue, text) => {
    const rejection = stances(draft(text)).find(({ stance }) => stance === 'REJECTS');
    expect(rejection).toMatchObject({ demand: 'demand-russia-ukraine-abandon-nato', owner: 'actor-russia' });
  });

  it('reads "clearly not" as the speaker rejecting the latest demand of the other side', () => {
    const result = draft(
      'Zelensky said Russia must withdraw all its troops first. Asked about it, Peskov replied: “Well, clearly not.”',
    );
    const rejection = stances(result).find(({ stance }) => stance === 'REJECTS');
    expect(rejection).toMatchObject({ speaker: 'actor-dmitry-peskov', owner: 'actor-ukraine' });
  });

  it('drafts a new demand for a rejected demand-like object, voiced by the party it names', () => {
    const result = draft('The Kremlin rejected western terms for opening negotiations.');
    const rejected = stances(result).find(({ stance }) => stance === 'REJECTS');
    expect(rejected).toMatchObject({ speaker: 'actor-kremlin' });
    const setBy = stances(result).find(({ stance, demand }) => stance === 'SETS' && demand === rejected?.demand);
    expect(setBy).toBeDefined();
  });

  it('reads a negated acceptance ("had not accepted either proposal") as a rejection, never as an acceptance', () => {
    const result = draft(
      'Putin said the war would end only if Kyiv hands over four regions. Ukraine had not accepted either of the demands.',
    );
    const ukraine = stances(result).filter(({ speaker }) => speaker === 'actor-ukraine');
    expect(ukraine).toEqual([expect.objectContaining({ stance: 'REJECTS', owner: 'actor-russia' })]);
    expect(ploverType('Russia had not accepted either proposal').plover.type).toBe('REJECT');
    expect(ploverType("Kyiv didn't agree to the terms").plover.type).toBe('REJECT');
  });

  it('types a statement from the cue lexicon, and names the lexicon version among its cues', () => {
    const typed = ploverType('Moscow accused Kyiv of sabotage');
    expect(typed.plover).toMatchObject({ type: 'ACCUSE', cameo: '111' });
    expect(typed.cues.join(' ')).toMatch(/lexicon \d+\.\d+\.\d+/);
    expect(ploverType('He spoke about the weather').plover.cameo).toBe('010');
  });
});
