import { draftAnnotation } from '../../src/draft/draft-annotation';
import { draftTestGraph } from '../support/draft-graph';

function quoteSpeakers(text: string) {
  const draft = draftAnnotation(text, { graph: draftTestGraph(), date: '2024-07-25' });
  const quoted = draft.annotation.statements.filter((statement) => statement.quote);
  return { draft, speakers: quoted.map((statement) => [statement.quote?.text, statement.speaker]) };
}

describe('speakers of quotes', () => {
  it.each([
    ['X said after the quote', '“We are ready,” Peskov said.'],
    ['said X after the quote', '“We are ready,” said Peskov.'],
    ['X said before the quote', 'Peskov said: “We are ready.”'],
    ['X told someone', 'Peskov told reporters that Russia was “ready for talks with anyone”.'],
    ['according to X', 'According to Peskov, Moscow is “ready for talks with anyone”.'],
    ['a role that is an alias', '“We are ready,” the Kremlin spokesman said.'],
  ])('%s', (_pattern, text) => {
    expect(quoteSpeakers(text).speakers).toEqual([[expect.any(String), 'actor-dmitry-peskov']]);
  });

  it('suggests whom a person speaks for: what the person’s own names point to, else the person’s state', () => {
    const { draft } = quoteSpeakers('“We are ready,” Peskov said. “So are we,” Zelensky said.');
    expect(draft.annotation.statements.map((statement) => [statement.speaker, statement.onBehalfOf])).toEqual([
      ['actor-dmitry-peskov', 'actor-kremlin'],
      ['actor-volodymyr-zelensky', 'actor-ukraine'],
    ]);
    expect(draft.suggestions['statements[0].onBehalfOf'].confidence).toBeLessThan(0.5);
  });

  it('gives "he added" and a bare role to the person last named', () => {
    const text = 'Zelensky spoke in Kyiv. “We will not give up,” he added. “Never,” the president said.';
    expect(quoteSpeakers(text).speakers).toEqual([
      ['We will not give up', 'actor-volodymyr-zelensky'],
      ['Never', 'actor-volodymyr-zelensky'],
    ]);
  });

  it('gives an unattributed quote after an attributed one to the same speaker', () => {
    const text = '“We are open to talks,” Peskov said. “Different options are possible here.”';
    expect(quoteSpeakers(text).speakers.map(([, speaker]) => speaker)).toEqual([
      'actor-dmitry-peskov',
      'actor-dmitry-peskov',
    ]);
  });

  it('takes the speaker from a short sentence right after a quote that stands alone', () => {
    const text = 'Talks stalled.\n“What did they actually offer?” Peskov said.';
    expect(quoteSpeakers(text).speakers).toEqual([['What did they actually offer?', 'actor-dmitry-peskov']]);
  });

  it('makes the outlet of "X quoted Y as saying" the reporter, and Y the speaker', () => {
    const text = '“Options are possible,” Interfax News quoted Peskov as saying.';
    const { draft, speakers } = quoteSpeakers(text);
    expect(speakers).toEqual([['Options are possible', 'actor-dmitry-peskov']]);
    const [statement] = draft.annotation.statements;
    const outlet = draft.annotation.actors.find((actor) => actor.id === statement.reportedBy);
    expect(outlet).toMatchObject({ name: 'Interfax News', kind: 'MEDIA' });
  });

  it('proposes a new actor for an unknown name, with a kind and the country of its apposition, and knows its surname later', () => {
    const text =
      'Antonio Tajani, Italy’s foreign minister, said Ukraine deserved “a just peace that does not involve surrender”. ' +
      '“The Kremlin must stop the bombing,” Tajani said.';
    const { draft, speakers } = quoteSpeakers(text);
    const [first, second] = speakers.map(([, speaker]) => speaker);
    expect(first).toBe(second);
    expect(draft.annotation.actors).toContainEqual(
      expect.objectContaining({
        id: first,
        name: 'Antonio Tajani',
        kind: 'PERSON',
        country: 'IT',
        aliases: ['Antonio Tajani', 'Tajani'],
      }),
    );
    const index = draft.annotation.actors.findIndex((actor) => actor.id === first);
    expect(draft.suggestions[`actors[${index}]`].cues.join(' ')).toContain('new actor');
  });

  it('does not take a possessive or the object of a preposition for the speaker', () => {
    const text = 'After talks with Zelensky, Putin’s spokesman Peskov said: “Nothing has changed.”';
    expect(quoteSpeakers(text).speakers).toEqual([['Nothing has changed', 'actor-dmitry-peskov']]);
  });
});
