// Actors already in the graph that new articles may name (kg load resolves new mentions against
// them, so articles loaded in separate runs still meet on one node). $terms: list of Lucene
// phrase queries (quoted, escaped) over names, forms and surnames; $limit: hits per term.
UNWIND $terms AS term
CALL db.index.fulltext.queryNodes('entity_names', term, {limit: $limit}) YIELD node
WITH DISTINCT node
RETURN node.id AS id, [l IN labels(node) WHERE l IN ['Person', 'Organization', 'Location']][0] AS type,
       node.name AS name, coalesce(node.aliases, []) AS aliases
ORDER BY id
