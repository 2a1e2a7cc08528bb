// (:Article)-[:MENTIONS {count, forms, starts, group}]->(:Entity), one per name key the article
// writes out (the key identifies the edge). $rows: [{start, end, properties}].
UNWIND $rows AS row
MATCH (a:Article {id: row.start})
MATCH (e:Entity {id: row.end})
MERGE (a)-[m:MENTIONS {group: row.properties.group}]->(e)
SET m = row.properties
