// The closed vocabularies of the domain: the values annotations may hold and
// the GraphQL enums offer. The annotation schema (src/seed/) and the API
// (src/model/) both read them from here, so the two can never disagree.

export const ACTOR_KINDS = ['PERSON', 'STATE', 'GOVERNMENT', 'ORGANISATION', 'ALLIANCE', 'BLOC', 'MEDIA'] as const;
export const TERRITORY_STATUSES = ['DISPUTED', 'OCCUPIED', 'ANNEXED', 'CONTESTED'] as const;
export const EVENT_KINDS = [
  'TALKS',
  'SUMMIT',
  'DECREE',
  'LAW',
  'REFERENDUM',
  'CALL',
  'VISIT',
  'MEETING',
  'BRIEFING',
  'INTERVIEW',
  'MILITARY_OPERATION',
  'ANNEXATION',
  'ELECTION',
] as const;
export const DEMAND_KINDS = ['DEMAND', 'PRECONDITION', 'PROPOSAL', 'RED_LINE'] as const;
export const DEMAND_TOPICS = [
  'TERRITORY',
  'ALLIANCE_MEMBERSHIP',
  'WITHDRAWAL',
  'LEGITIMACY',
  'SECURITY_GUARANTEES',
  'RECOGNITION',
  'NEGOTIATION_FORMAT',
  'LEADERSHIP_CHANGE',
  'REPARATIONS',
  'ACCOUNTABILITY',
  'CEASEFIRE',
  'ARMS_SUPPLIES',
  'SANCTIONS',
  'OTHER',
] as const;
// The 16 event types of PLOVER as of its 2021 release (the ones POLECAT
// codes with). Older drafts had DEMAND, DISAPPROVE, INVESTIGATE and CRIME;
// the 2021 release folds them into REQUEST and ACCUSE or drops them.
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
