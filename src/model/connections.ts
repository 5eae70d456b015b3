// The plain connections: edges that carry only a node. Connections whose
// edges carry more (a stance, a relation's provenance) have their own files.
import { Actor } from './actor.type';
import { Article } from './article.type';
import { connectionType, edgeType } from './connection';
import { Demand } from './demand.type';
import { GraphEvent } from './event.type';
import { Statement } from './statement.type';
import { Territory } from './territory.type';

export const ActorEdge = edgeType('Actor', Actor, 'actor');
export const ActorConnection = connectionType('Actor', ActorEdge, Actor, 'actors');
export const ArticleEdge = edgeType('Article', Article, 'article');
export const ArticleConnection = connectionType('Article', ArticleEdge, Article, 'articles');
export const StatementEdge = edgeType('Statement', Statement, 'statement');
export const StatementConnection = connectionType('Statement', StatementEdge, Statement, 'statements');
export const DemandEdge = edgeType('Demand', Demand, 'demand');
export const DemandConnection = connectionType('Demand', DemandEdge, Demand, 'demands');
export const TerritoryEdge = edgeType('Territory', Territory, 'territory');
export const TerritoryConnection = connectionType('Territory', TerritoryEdge, Territory, 'territories');
export const EventEdge = edgeType('Event', GraphEvent, 'event');
export const EventConnection = connectionType('Event', EventEdge, GraphEvent, 'events');
