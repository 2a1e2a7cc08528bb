// (:Entity)-[:SAID]->(:Quote). $rows: [{start, end, properties}]; re-set whole on reload.
UNWIND $rows AS row
MATCH (s:Entity {id: row.start})
MATCH (q:Quote {id: row.end})
MERGE (s)-[r:SAID]->(q)
SET r = row.properties
