// Entity–entity relationships of ONE type. Template: the loader replaces REL_TYPE with a type
// from the allow-list in src/graph/graph-document.ts (never from input); every value is a
// parameter. The properties are the edge's aggregates brought up to date by the loader
// (src/load/update-edges.ts), replaced whole. $rows: [{start, end, properties}].
UNWIND $rows AS row
MATCH (s:Entity {id: row.start})
MATCH (t:Entity {id: row.end})
MERGE (s)-[r:REL_TYPE]->(t)
SET r = row.properties
