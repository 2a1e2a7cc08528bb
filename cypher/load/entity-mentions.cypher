// Recomputes Entity.mentions as the sum of the counts on its incoming MENTIONS edges (a reload
// re-sets those edges, so the sum does not grow). Entities without MENTIONS keep their value.
// $rows: [{id}]
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
WITH e, count(m) AS edges, sum(m.count) AS total
SET e.mentions = CASE WHEN edges = 0 THEN e.mentions ELSE total END
