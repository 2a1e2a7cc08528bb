// An actor's neighbourhood: the actor best matching $name (any name or alias, through the
// full-text index entity_names) and every actor it is directly related to, with the relation,
// its direction ('out', 'in', or 'both' for the symmetric MET_WITH and ALLY_OF) and the number of
// supporting sentences.
// @param name actor name or alias of the actor, e.g. "Karro"
// @param limit int = 100 maximum number of rows
// Browser: :param name => "Karro"
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node, score
WITH node ORDER BY score DESC, node.mentions DESC LIMIT 1
MATCH (node)-[r]-(other:Entity)
RETURN node.name AS actor, type(r) AS relation, CASE WHEN type(r) IN ['MET_WITH', 'ALLY_OF'] THEN 'both' WHEN startNode(r) = node THEN 'out' ELSE 'in' END AS direction,
       other.name AS other, [l IN labels(other) WHERE l <> 'Entity'][0] AS otherType, r.count AS sentences, r.role AS role
ORDER BY relation, other
LIMIT $limit
