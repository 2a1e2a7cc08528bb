// The evidence records of articles $ids: what their edges lose when the articles go.
UNWIND $ids AS id
MATCH (v:Evidence {article: id})
RETURN v.type AS type, v.from AS from, v.to AS to, v.article AS article, v.start AS start, v.end AS end,
       v.rule AS rule, v.confidence AS confidence, v.role AS role, v.date AS date, v.place AS place
