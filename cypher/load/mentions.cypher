// (:Article)-[:MENTIONS {count, forms, starts, group}]->(:Entity) of new articles, one per name
// key the article writes out. The article is new in this transaction (a replaced one was deleted
// first), so the edges are created, not merged. $rows: [{start, end, properties}].
UNWIND $rows AS row
MATCH (a:Article {id: row.start})
MATCH (e:Entity {id: row.end})
CREATE (a)-[m:MENTIONS]->(e)
SET m = row.properties
