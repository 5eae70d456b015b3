import { exportCommand as runExport, ExportOptions } from '../../analytics/cli';
import type { ExportGraphName } from '../../analytics/export-graph';
import { EXPORT_FORMATS, EXPORT_GRAPHS, ExportFormat } from '../../analytics/exports';
import type { CliCommand } from '../command';
import { UsageError } from '../usage-error';
import { ARTICLES_OPTION, AS_OF_OPTION, LEVEL_OPTION, sessionScope } from './analytics-scope';

const lower = (names: readonly string[]) => names.map((name) => name.toLowerCase()).join('|');

export const exportCommand: CliCommand<ExportOptions> = {
  name: 'export',
  summary: 'write the graph as GraphML, graphology JSON or CSV files',
  description:
    'Writes the graph, or one of its analytics projections, to files: GraphML (Gephi, yEd, networkx), ' +
    'graphology JSON, or CSV for neo4j-admin database import. docs/analytics.md shows how to load each.',
  options: [
    { name: 'format', value: lower(EXPORT_FORMATS), required: true, help: 'the file format' },
    { name: 'out', value: 'DIR', required: true, help: 'the directory to write to, created if missing' },
    {
      name: 'graph',
      value: lower(EXPORT_GRAPHS),
      help: 'the whole graph (default) or the influence or agreement projection',
    },
    LEVEL_OPTION,
    ARTICLES_OPTION,
    AS_OF_OPTION,
  ],
  positionals: [],

  parse(args) {
    const { values } = args;
    const format = String(values.format).toUpperCase() as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) {
      throw new UsageError(`--format must be one of ${lower(EXPORT_FORMATS)}, got ${values.format}`);
    }
    const graph = (typeof values.graph === 'string' ? values.graph : 'full').toUpperCase() as ExportGraphName;
    if (!EXPORT_GRAPHS.includes(graph)) {
      throw new UsageError(`--graph must be one of ${lower(EXPORT_GRAPHS)}, got ${values.graph}`);
    }
    return { ...sessionScope(args), format, graph, out: String(values.out) };
  },

  run: (options, logger) => runExport(logger, options),
};
