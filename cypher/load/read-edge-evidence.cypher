// All evidence of the actor pairs $pairs ([{type, from, to}]): what the aggregates of an edge stored
// before the counters existed are recomputed from, once (the sentence itself is not needed).
UNWIND $pairs AS p
MATCH (v:Evidence {from: p.from, to: p.to})
WHERE v.type = p.type
RETURN v.type AS type, v.from AS from, v.to AS to, v.article AS article, v.start AS start, v.end AS end,
       v.rule AS rule, v.confidence AS confidence, v.role AS role, v.date AS date, v.place AS place
