import { analyticsCommand as runAnalytics, AnalyticsOptions, Report, REPORTS } from '../../analytics/cli';
import type { CliCommand } from '../command';
import { UsageError } from '../usage-error';
import { ARTICLES_OPTION, AS_OF_OPTION, idList, LEVEL_OPTION, sessionScope } from './analytics-scope';

export const analyticsCommand: CliCommand<AnalyticsOptions> = {
  name: 'analytics',
  summary: `print a report: ${REPORTS.join(' | ')}`,
  description:
    'Computes one report over the graph in Neo4j, the same numbers as GraphQL `analytics { … }`: degree, PageRank ' +
    'and betweenness (centrality), Louvain communities, the stance matrix between actors, deadlocks, positions over ' +
    'time. docs/analytics.md explains each.',
  options: [
    LEVEL_OPTION,
    ARTICLES_OPTION,
    AS_OF_OPTION,
    { name: 'actors', value: 'id,id', help: 'positions only: the actors to follow (default: all)' },
    { name: 'json', help: 'print the objects GraphQL answers with, instead of a readable summary' },
  ],
  positionals: [{ name: 'report', help: REPORTS.join(' | ') }],

  parse(args) {
    const report = args.positionals[0];
    if (report === undefined) throw new UsageError(`name a report: ${REPORTS.join(', ')}`);
    if (!(REPORTS as readonly string[]).includes(report)) {
      throw new UsageError(`name a report: ${REPORTS.join(', ')}; "${report}" is not one`);
    }
    return {
      ...sessionScope(args),
      report: report as Report,
      actors: idList(args.values.actors),
      json: args.values.json === true,
    };
  },

  run: (options, logger) => runAnalytics(logger, options),
};
