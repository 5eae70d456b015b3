import { registerEnumType } from 'type-graphql';
import { TERRITORY_STATUSES } from '../domain';
import { enumFromList } from './enum-from-list';

export const TerritoryStatus = enumFromList(TERRITORY_STATUSES);
export type TerritoryStatus = (typeof TERRITORY_STATUSES)[number];

registerEnumType(TerritoryStatus, {
  name: 'TerritoryStatus',
  description: 'The standing of a territory as the articles describe it.',
  valuesConfig: {
    DISPUTED: { description: 'Claimed by more than one party.' },
    OCCUPIED: { description: 'Held by a force that does not claim sovereignty under international law.' },
    ANNEXED: { description: 'Declared part of another state by that state.' },
    CONTESTED: { description: 'Fought over: control is changing.' },
  },
});
