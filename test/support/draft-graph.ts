// A small known graph for the drafter's unit tests: a few actors and demands
// written the way annotation files declare them.
import type { KnownGraph } from '../../src/draft/known-graph';
import { knownGraphFrom } from '../../src/draft/known-graph';

const SHARED = `
actors:
  - { id: actor-dmitry-peskov, name: Dmitry Peskov, kind: PERSON, aliases: [Peskov, Kremlin spokesman], country: RU }
  - { id: actor-vladimir-putin, name: Vladimir Putin, kind: PERSON, aliases: [Putin, President Putin], country: RU }
  - { id: actor-kremlin, name: Kremlin, kind: GOVERNMENT, aliases: [the Kremlin, Moscow], country: RU }
  - { id: actor-russia, name: Russia, kind: STATE, aliases: [Russian Federation], country: RU }
  - { id: actor-ukraine, name: Ukraine, kind: STATE, aliases: [], country: UA }
  - { id: actor-ukrainian-government, name: Ukrainian government, kind: GOVERNMENT, aliases: [Kyiv, Kiev], country: UA }
  - { id: actor-volodymyr-zelensky, name: Volodymyr Zelensky, kind: PERSON, aliases: [Zelensky], country: UA }
  - { id: actor-nato, name: NATO, kind: ALLIANCE, aliases: [Nato] }
territories:
  - { id: territory-crimea, name: Crimea, aliases: [Crimean Peninsula], iso3166_2: UA-43, status: ANNEXED }
`;

const DEMANDS = `
demands:
  - id: demand-russia-ukraine-abandon-nato
    summary: Ukraine must abandon its NATO ambitions (a condition for Russia ending the war)
    kind: PRECONDITION
    topic: ALLIANCE_MEMBERSHIP
    owner: actor-russia
    addressedTo: [actor-ukraine]
`;

export function draftTestGraph(): KnownGraph {
  return knownGraphFrom([
    { path: 'seed/annotations/_shared.yaml', content: SHARED },
    { path: 'seed/annotations/_demands.yaml', content: DEMANDS },
  ]);
}
