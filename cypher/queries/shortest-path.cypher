// Shortest path between two actors (found by name or alias through the full-text index), over
// entity–entity relations only (not through articles), at most 6 hops.
// @param from actor name or alias of the first actor, e.g. "Whitfield"
// @param to actor name or alias of the second actor, e.g. "Karro"
// @empty no path between "$from" and "$to" within 6 relations
// Browser: :param from => "Fenwick"; :param to => "Karro"
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($from, '\\', ' '), '"', ' ') + '"') YIELD node, score
WITH node AS a ORDER BY score DESC, a.mentions DESC LIMIT 1
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($to, '\\', ' '), '"', ' ') + '"') YIELD node, score
WITH a, node AS b ORDER BY score DESC, b.mentions DESC LIMIT 1
MATCH p = shortestPath((a)-[:MET_WITH|ADVISES|ALLY_OF|WORKS_FOR|APPOINTED|CRITICIZED|SUPPORTS|KILLED|OWNS|BASED_IN|LIVES_IN|LOCATED_IN*..6]-(b))
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS actors, [r IN relationships(p) | type(r)] AS relations
