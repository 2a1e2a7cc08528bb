// (:Article)-[:MENTIONS {count, forms, starts?}]->(:Entity). $rows: [{start, end, properties}].
// An article is loaded whole, so the edge's properties are replaced (idempotent on reload).
UNWIND $rows AS row
MATCH (a:Article {id: row.start})
MATCH (e:Entity {id: row.end})
MERGE (a)-[m:MENTIONS]->(e)
SET m = row.properties
