// Entity–entity relationships of ONE type. Template: the loader replaces REL_TYPE with a type
// from the allow-list in src/graph/graph-document.ts (never from input); every value is a
// parameter. The properties are the aggregates recomputed from all the edge's evidence records
// (src/graph/evidence.ts), so they are replaced whole. $rows: [{start, end, properties}].
UNWIND $rows AS row
MATCH (s:Entity {id: row.start})
MATCH (t:Entity {id: row.end})
MERGE (s)-[r:REL_TYPE]->(t)
SET r = row.properties
