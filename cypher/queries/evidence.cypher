// The evidence for the relations between two actors (found by name or alias through the
// full-text index): one row per supporting sentence (the :Evidence records whose from/to are the
// edge's ends), with the relation, the article's source, the rule that fired and the sentence's
// character offsets in the article.
// @param a actor name or alias of one actor, e.g. "Whitfield"
// @param b actor name or alias of the other actor, e.g. "Karro"
// @empty "$a" and "$b" are not related
// Browser: :param a => "Whitfield"; :param b => "Karro"
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($a, '\\', ' '), '"', ' ') + '"') YIELD node, score
WITH node AS x ORDER BY score DESC, x.mentions DESC LIMIT 1
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($b, '\\', ' '), '"', ' ') + '"') YIELD node, score
WITH x, node AS y ORDER BY score DESC, y.mentions DESC LIMIT 1
MATCH (x)-[r]-(y)
WHERE NOT type(r) IN ['MENTIONS', 'SAID']
MATCH (v:Evidence {from: startNode(r).id, to: endNode(r).id})
WHERE v.type = type(r)
OPTIONAL MATCH (art:Article {id: v.article})
RETURN startNode(r).name AS from, type(r) AS relation, endNode(r).name AS to, v.sentence AS sentence,
       coalesce(art.source, v.article) AS source, v.rule AS rule, v.start AS start, v.end AS end
ORDER BY relation, source, start
