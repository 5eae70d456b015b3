// Range indexes for the filters and sorts the API offers.
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX statement_plover_type IF NOT EXISTS FOR (n:Statement) ON (n.ploverType);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX demand_kind IF NOT EXISTS FOR (n:Demand) ON (n.kind);
CREATE INDEX demand_topic IF NOT EXISTS FOR (n:Demand) ON (n.topic);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedOn);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
// The statements of one PLOVER type between two dates (statements-page.cypher):
// equality on the type, then a range of dates, in one seek.
CREATE INDEX statement_plover_type_date IF NOT EXISTS FOR (n:Statement) ON (n.ploverType, n.date);
// The demands an article declares (article-demands-page.cypher).
CREATE INDEX demand_article IF NOT EXISTS FOR (n:Demand) ON (n.articleId);
