import { registerEnumType } from 'type-graphql';
import { PLOVER_TYPES } from '../domain';
import { enumFromList } from './enum-from-list';

export const PloverType = enumFromList(PLOVER_TYPES);
export type PloverType = (typeof PLOVER_TYPES)[number];

// PLOVER 2021-10 event types. The list itself comes from the seeder's schema;
// a type added there without a line here fails the schema-description test.
const descriptions: Record<string, string> = {
  AGREE: 'Agree to, or sign, something.',
  CONSULT: 'Talk, meet or discuss.',
  SUPPORT: 'Express support.',
  CONCEDE: 'Give in or ease a position.',
  COOPERATE: 'Work together.',
  AID: 'Give aid.',
  RETREAT: 'Withdraw or pull back.',
  REQUEST: 'Ask for something, including demands and appeals.',
  ACCUSE: 'Accuse, blame or criticise.',
  INVESTIGATE: 'Investigate.',
  DEMAND: 'Demand something.',
  DISAPPROVE: 'Criticise or disapprove.',
  REJECT: 'Reject a proposal or demand.',
  THREATEN: 'Threaten.',
  PROTEST: 'Protest.',
  CRIME: 'Commit a crime.',
  SANCTION: 'Impose sanctions.',
  MOBILIZE: 'Mobilise forces.',
  COERCE: 'Coerce.',
  ASSAULT: 'Use force.',
};

registerEnumType(PloverType, {
  name: 'PloverType',
  description: 'The event type of a statement in the PLOVER 2021-10 ontology.',
  valuesConfig: Object.fromEntries(
    PLOVER_TYPES.filter((type) => descriptions[type]).map((type) => [type, { description: descriptions[type] }]),
  ),
});
