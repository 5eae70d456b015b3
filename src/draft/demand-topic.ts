// A drafted demand's topic, from the words of its clause (first match wins).
import type { DemandAnnotation } from '../seed/annotation.schema';

const TOPICS: [DemandAnnotation['topic'], RegExp][] = [
  ['ALLIANCE_MEMBERSHIP', /\b(?:nato|alliance|membership|join|neutral)/i],
  ['WITHDRAWAL', /\b(?:withdraw|pull(?:s|ed)? out|troops|leaves?\b|forces)/i],
  ['REPARATIONS', /\breparation/i],
  ['ARMS_SUPPLIES', /\b(?:weapons?|arms (?:supplies|deliveries|shipments)|military aid|missiles|air defen[cs]e)/i],
  ['SANCTIONS', /\bsanction/i],
  ['ACCOUNTABILITY', /\b(?:trial|tribunal|accountab|war crimes)/i],
  ['LEGITIMACY', /\blegitima/i],
  ['RECOGNITION', /\b(?:recogni[sz]|acknowledg|accept\w* (?:the )?reality|annexation)/i],
  ['TERRITORY', /\b(?:territor|regions?\b|crimea|donbas|border|hand(?:s|ing)? over)/i],
  ['SECURITY_GUARANTEES', /\bsecurity\b/i],
  ['CEASEFIRE', /\b(?:ceasefire|truce|cease-fire|hostilities)/i],
  ['LEADERSHIP_CHANGE', /\b(?:left power|leave power|regime change|in power)/i],
  ['NEGOTIATION_FORMAT', /\b(?:talks|negotiat|dialogue|contacts|good faith)/i],
];

export function demandTopic(clause: string): DemandAnnotation['topic'] {
  return TOPICS.find(([, pattern]) => pattern.test(clause))?.[0] ?? 'OTHER';
}
