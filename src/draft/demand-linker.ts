// Links wording in an article to a demand already in the graph: the share of
// the demand summary's content words (folded, crudely stemmed) that the
// article's clause uses, the clause's own actors counting for the summary's.
import type { DemandAnnotation } from '../seed/annotation.schema';
import { fold } from './fold';

const STOP = new Set(
  (
    'a an the and or but of to in on for with by from at as is are was were be been being it its this that these those ' +
    'must should would could can will any all his her their our we they he she not no only if until once after before ' +
    'than then there here so such also has have had do does did i e g about into over under more most some other own ' +
    'which who whom what when where while because since through during without including include includes e'
  ).split(' '),
);

export function contentWords(text: string): Set<string> {
  const words = fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2 && !STOP.has(word));
  return new Set(words.map(stem));
}

function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s|ation|ations)$/, '').slice(0, 7);
}

export interface LinkHints {
  topic?: DemandAnnotation['topic'];
  addresseeSide?: string;
  sideOf?: (actorId: string) => string;
}

export interface DemandLink {
  demand: DemandAnnotation;
  score: number;
  shared: string[];
}

export class DemandLinker {
  private readonly indexed: { demand: DemandAnnotation; words: Set<string> }[];

  /** `names`: actor names and aliases; their words say who, not what, and never make a link on their own. */
  constructor(demands: readonly DemandAnnotation[], names: readonly string[] = []) {
    this.names = new Set(names.flatMap((name) => [...contentWords(name)]));
    this.indexed = demands.map((demand) => ({ demand, words: this.withoutNames(contentWords(demand.summary)) }));
  }

  private readonly names: Set<string>;

  private withoutNames(words: Set<string>): Set<string> {
    return new Set([...words].filter((word) => !this.names.has(word)));
  }

  /**
   * The known demand the clause's wording matches best, when it matches well enough. `hints` (the clause's
   * topic and the side of whom it addresses) count as shared words when they agree with the demand's, so one
   * shared word with both of them agreeing is enough: "must abandon its plans to join NATO" repeats "must
   * abandon its NATO ambitions".
   */
  best(
    clause: string,
    accept: (demand: DemandAnnotation) => boolean = () => true,
    hints: LinkHints = {},
    threshold = 0.34,
  ): DemandLink | null {
    const words = this.withoutNames(contentWords(clause));
    let best: DemandLink | null = null;
    for (const { demand, words: summary } of this.indexed) {
      if (!accept(demand) || summary.size === 0) continue;
      const shared = [...summary].filter((word) => words.has(word));
      const topic = hints.topic !== undefined && hints.topic !== 'OTHER' && demand.topic === hints.topic ? 1 : 0;
      const addressee =
        hints.addresseeSide !== undefined && demand.addressedTo.some((id) => hints.sideOf?.(id) === hints.addresseeSide)
          ? 1
          : 0;
      // Short summaries need most of their words; long ones a third, and never fewer than two words.
      const score = shared.length / Math.min(summary.size, Math.max(words.size, 1));
      const strong = shared.length >= 2 && score >= threshold;
      const hinted = shared.length >= 1 && topic + addressee === 2;
      const ranked = score + 0.2 * (topic + addressee);
      if ((strong || hinted) && (!best || ranked > best.score)) best = { demand, score: ranked, shared };
    }
    return best;
  }
}
