import { LRUCache } from 'lru-cache';
import type { Executor } from '../db/executor';
import type { Demand } from '../model/demand.type';
import type { DemandKind } from '../model/demand-kind.enum';
import type { Rejection } from '../model/rejection.type';
import { RejectionSort } from '../model/sort.enum';
import type { Statement } from '../model/statement.type';
import { createDataAccess } from '../repositories/data-access';
import { findNode } from '../repositories/node.repository';
import { findRejections } from '../repositories/rejection.repository';

export interface StatementFacts {
  speaker: string | null;
  article: string | null;
}

export interface RejectionFilter {
  rejecter?: string | null;
  owner?: string | null;
  demandKind?: DemandKind | null;
}

const ignore = () => undefined;

/**
 * What the subscriptions of one process need to know about a change to
 * decide whether it concerns a subscriber, and to show it: read once per
 * change and filter, however many subscribers ask (a thousand subscribers
 * of one kind cost one read per change, not a thousand). Kept per seq, so
 * a node is shown as it was when its change arrived.
 */
export class EventFacts {
  private readonly cache = new LRUCache<string, Promise<unknown>>({ max: 5_000 });

  constructor(private readonly executor: Executor) {}

  statement(id: string): Promise<StatementFacts | null> {
    return this.memo(`statement-facts:${id}`, async () => {
      const [row] = await this.executor.read<StatementFacts>('change-statement-facts', { id });
      return row ?? null;
    });
  }

  statementNode(seq: number, id: string): Promise<Statement | null> {
    return this.memo(`node:${seq}:${id}`, () => this.node(id, 'Statement')) as Promise<Statement | null>;
  }

  demandNode(seq: number, id: string): Promise<Demand | null> {
    return this.memo(`node:${seq}:${id}`, () => this.node(id, 'Demand')) as Promise<Demand | null>;
  }

  /** The rejection a REJECTS change made, if it passes the filter (the rejections list's own query decides). */
  rejection(seq: number, statement: string, demand: string, filter: RejectionFilter): Promise<Rejection | null> {
    const key = `rejection:${seq}:${JSON.stringify([filter.rejecter ?? null, filter.owner ?? null, filter.demandKind ?? null])}`;
    return this.memo(key, async () => {
      const page = await findRejections(createDataAccess(this.executor, ignore), {
        statement,
        demand,
        rejecter: filter.rejecter ?? null,
        owner: filter.owner ?? null,
        demandKind: filter.demandKind ?? null,
        sort: RejectionSort.DATE_ASC,
        first: 1,
      });
      return page.nodes[0] ?? null;
    });
  }

  private async node(id: string, label: 'Statement' | 'Demand'): Promise<unknown> {
    const node = await findNode(createDataAccess(this.executor, ignore), id);
    return node && node.label === label ? node : null;
  }

  private memo<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.cache.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      this.cache.set(key, value);
      // A failed read is not kept: the next subscriber asks again.
      value.catch(() => this.cache.delete(key));
    }
    return value;
  }
}
