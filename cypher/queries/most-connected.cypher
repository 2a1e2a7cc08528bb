// Most connected actors: entities ranked by the number of distinct actors they are related to
// (entity–entity relations), then by mentions.
// @param limit int = 20 maximum number of rows
// Browser: :param limit => 20
MATCH (e:Entity)
OPTIONAL MATCH (e)-[r]-(other:Entity)
WITH e, count(DISTINCT other) AS connections, count(r) AS relations
RETURN e.name AS actor, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, connections, relations, e.mentions AS mentions
ORDER BY connections DESC, mentions DESC, actor
LIMIT $limit
