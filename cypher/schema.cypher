// newsgraph schema: applied by `kg schema` and before every `kg load`. Idempotent (IF NOT EXISTS).
// Runnable as is in cypher-shell or Neo4j Browser.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (q:Quote) REQUIRE q.id IS UNIQUE;

// Find actors by any name or alias: CALL db.index.fulltext.queryNodes('entity_names', '"Iravani"')
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];
