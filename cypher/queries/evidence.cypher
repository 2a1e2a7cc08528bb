// The evidence for the relations between two actors (found by name or alias through the
// full-text index): one row per supporting sentence, with the relation, the article's source,
// the rule that fired and the sentence's character offsets in the article.
// @param a actor name or alias of one actor, e.g. "Musk"
// @param b actor name or alias of the other actor, e.g. "Iravani"
// @empty "$a" and "$b" are not related
// Browser: :param a => "Musk"; :param b => "Iravani"
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($a, '\\', ' '), '"', ' ') + '"') YIELD node, score
WITH node AS x ORDER BY score DESC, x.mentions DESC LIMIT 1
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($b, '\\', ' '), '"', ' ') + '"') YIELD node, score
WITH x, node AS y ORDER BY score DESC, y.mentions DESC LIMIT 1
MATCH (x)-[r]-(y)
UNWIND range(0, size(coalesce(r.evidence, [])) - 1) AS i
OPTIONAL MATCH (art:Article {id: r.evidenceArticles[i]})
RETURN startNode(r).name AS from, type(r) AS relation, endNode(r).name AS to, r.evidence[i] AS sentence,
       coalesce(art.source, r.evidenceArticles[i]) AS source, r.evidenceRules[i] AS rule,
       r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end
ORDER BY relation, source, start
