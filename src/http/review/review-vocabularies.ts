import { ACTOR_KINDS, DEMAND_KINDS, DEMAND_TOPICS, PLOVER_TYPES, stanceTypes } from '../../domain';
import { DATE_PRECISIONS } from '../../domain/date-spec';
import { LEXICON } from '../../draft/cue-lexicon';

interface Plover {
  type: string;
  mode: null;
  cameo: string;
  codebook: string;
}

/** The closed lists the review page's pickers offer: the validator's own, read from the domain model. */
export interface ReviewVocabularies {
  ploverTypes: readonly string[];
  demandKinds: readonly string[];
  demandTopics: readonly string[];
  stances: readonly string[];
  actorKinds: readonly string[];
  datePrecisions: readonly string[];
  /** What the drafter gives a statement with no type cue; the page gives it to a statement the reviewer adds. */
  newStatementPlover: Plover;
  /** The CAMEO code the drafter's lexicon first pairs with each PLOVER type: the page's default when a type is changed. */
  cameoByType: Record<string, string>;
}

// Served as JSON rather than read by introspection: production turns
// introspection off (GRAPHQL_INTROSPECTION), and the page must work there.
export function reviewVocabularies(): ReviewVocabularies {
  const cameoByType: Record<string, string> = {};
  for (const cue of LEXICON.plover) cameoByType[cue.value.type] ??= cue.value.cameo;
  const { type, cameo } = LEXICON.ploverDefault;
  return {
    ploverTypes: PLOVER_TYPES,
    demandKinds: DEMAND_KINDS,
    demandTopics: DEMAND_TOPICS,
    stances: stanceTypes(),
    actorKinds: ACTOR_KINDS,
    datePrecisions: DATE_PRECISIONS,
    newStatementPlover: { type, mode: null, cameo, codebook: LEXICON.codebook },
    cameoByType,
  };
}
