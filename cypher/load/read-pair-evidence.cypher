// The evidence records of given articles on given edges. $rows: [{type, from, to, article}]
// (index evidence_edge). Read before and after records move to other actors.
UNWIND $rows AS p
MATCH (v:Evidence)
WHERE v.from = p.from AND v.to = p.to AND v.type = p.type AND v.article = p.article
RETURN v.type AS type, v.from AS from, v.to AS to, v.article AS article, v.start AS start, v.end AS end,
       v.rule AS rule, v.confidence AS confidence, v.role AS role, v.date AS date, v.place AS place
