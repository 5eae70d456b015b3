import type { NonEmptyArray } from 'type-graphql';
import { GraphStatsResolver } from './graph-stats.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [GraphStatsResolver];
