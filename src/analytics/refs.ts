import type { Snapshot, Stance, StatementInfo } from './snapshot';

/**
 * The small, self-contained records the analytics return. They carry names
 * and quotes along with ids so that a result (a JSON line from the CLI, a
 * GraphQL answer, the /explore panel) reads on its own, without a second
 * round of look-ups.
 */

export interface ActorRef {
  id: string;
  name: string;
  kind: string;
  country: string | null;
}

export interface ArticleRef {
  id: string;
  title: string;
  publishedOn: string | null;
}

export interface DemandRef {
  id: string;
  summary: string;
  kind: string;
  topic: string;
  owner: ActorRef;
}

export interface StatementRef {
  id: string;
  speaker: ActorRef;
  onBehalfOf: ActorRef | null;
  text: string;
  quote: string | null;
  paraphrase: string;
  date: string | null;
  datePrecision: string | null;
  article: ArticleRef;
}

/** One statement's stance on one demand, as evidence for a cell, a deadlock or a position. */
export interface StanceEvidence {
  stance: Stance;
  demand: DemandRef;
  statement: StatementRef;
}

export function actorRef(id: string, known?: { name?: string; kind?: string; country?: string | null }): ActorRef {
  return { id, name: known?.name ?? id, kind: known?.kind ?? 'UNKNOWN', country: known?.country ?? null };
}

export class RefBuilder {
  constructor(private readonly snapshot: Snapshot) {}

  actor(id: string): ActorRef {
    return actorRef(id, this.snapshot.actors.get(id));
  }

  article(id: string): ArticleRef {
    const article = this.snapshot.articles.get(id);
    return { id, title: article?.title ?? id, publishedOn: article?.publishedOn ?? null };
  }

  demand(id: string): DemandRef {
    const demand = this.snapshot.demands.get(id);
    return {
      id,
      summary: demand?.summary ?? id,
      kind: demand?.kind ?? 'DEMAND',
      topic: demand?.topic ?? 'OTHER',
      owner: this.actor(demand?.owner ?? 'unknown'),
    };
  }

  statement(statement: StatementInfo): StatementRef {
    return {
      id: statement.id,
      speaker: this.actor(statement.speaker),
      onBehalfOf: statement.onBehalfOf ? this.actor(statement.onBehalfOf) : null,
      text: statement.text,
      quote: statement.quote,
      paraphrase: statement.paraphrase,
      date: statement.date,
      datePrecision: statement.datePrecision,
      article: this.article(statement.article),
    };
  }

  evidence(statement: StatementInfo, demand: string, stance: Stance): StanceEvidence {
    return { stance, demand: this.demand(demand), statement: this.statement(statement) };
  }
}

/** Sorts evidence by date (undated last), then statement id, so lists read in order. */
export function byDateThenId(a: StanceEvidence, b: StanceEvidence): number {
  const da = a.statement.date ?? '9999';
  const db = b.statement.date ?? '9999';
  return da.localeCompare(db) || a.statement.id.localeCompare(b.statement.id) || a.demand.id.localeCompare(b.demand.id);
}
