import { Field, Int, ObjectType } from 'type-graphql';
import { AnalyticsExportFormat, AnalyticsGraph, AnalyticsLevel } from './analytics-enums.type';

@ObjectType({ description: 'One file of an export.' })
export class ExportFile {
  @Field(() => String, { description: 'File name to save it under.' })
  name: string;

  @Field(() => String, { description: 'Media type of the content.' })
  mediaType: string;

  @Field(() => String, { description: 'The file content (UTF-8 text).' })
  content: string;
}

@ObjectType({ description: 'A graph written out for other tools; reloaded, it has the same node and edge counts.' })
export class ExportResult {
  @Field(() => AnalyticsGraph, { description: 'Which graph.' })
  graph: AnalyticsGraph;

  @Field(() => AnalyticsExportFormat, { description: 'Which format.' })
  format: AnalyticsExportFormat;

  @Field(() => AnalyticsLevel, { nullable: true, description: 'Level of a projection; null for the full graph.' })
  level: AnalyticsLevel | null;

  @Field(() => Int, { description: 'Nodes written.' })
  nodeCount: number;

  @Field(() => Int, { description: 'Edges written.' })
  edgeCount: number;

  @Field(() => [ExportFile], { description: 'The files: one for GraphML and graphology, several for CSV.' })
  files: ExportFile[];
}
