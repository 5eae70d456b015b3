// What one round trip costs, apart from the query: the same small read
// (nodes-by-id, one id) as our Executor runs it (a managed read transaction:
// BEGIN, RUN+PULL, COMMIT) and as an auto-commit query (RUN+PULL), once and
// four times in a row (the depth of our nested requests), and four times in
// one transaction.
import type { Driver } from 'neo4j-driver';
import { specialisedQuery } from '../src/db/named-queries';

export interface RoundTripCost {
  /** p50 in ms of each way of reading. */
  managedOne: number;
  autoCommitOne: number;
  managedFourSequential: number;
  autoCommitFourSequential: number;
  oneTransactionFourQueries: number;
}

export async function measureRoundTripCost(driver: Driver, id: string, iterations = 300): Promise<RoundTripCost> {
  const params = { ids: [id] };
  const cypher = specialisedQuery('nodes-by-id', params);
  const session = () => driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
  const managed = async () => {
    const s = session();
    try {
      await s.executeRead((tx) => tx.run(cypher, params));
    } finally {
      await s.close();
    }
  };
  const autoCommit = async () => {
    const s = session();
    try {
      await s.run(cypher, params);
    } finally {
      await s.close();
    }
  };
  const p50 = async (work: () => Promise<void>) => {
    for (let i = 0; i < 30; i++) await work();
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const started = process.hrtime.bigint();
      await work();
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    times.sort((a, b) => a - b);
    return Math.round(times[times.length >> 1] * 100) / 100;
  };
  const four = (work: () => Promise<void>) => async () => {
    for (let i = 0; i < 4; i++) await work();
  };
  return {
    managedOne: await p50(managed),
    autoCommitOne: await p50(autoCommit),
    managedFourSequential: await p50(four(managed)),
    autoCommitFourSequential: await p50(four(autoCommit)),
    oneTransactionFourQueries: await p50(async () => {
      const s = session();
      try {
        await s.executeRead(async (tx) => {
          for (let i = 0; i < 4; i++) await tx.run(cypher, params);
        });
      } finally {
        await s.close();
      }
    }),
  };
}
