// MENTIONS as the Cypher script export writes them: merged on the name key, so that running the
// script twice changes nothing (kg load creates them with mentions.cypher). $rows: [{start, end, properties}].
UNWIND $rows AS row
MATCH (a:Article {id: row.start})
MATCH (e:Entity {id: row.end})
MERGE (a)-[m:MENTIONS {group: row.properties.group}]->(e)
SET m = row.properties
