// MENTIONS of name keys whose actor changed move to the new actor. $rows: [{group, entity}].
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (a:Article)-[m:MENTIONS {group: row.group}]->(old:Entity)
WHERE old <> e
CREATE (a)-[moved:MENTIONS]->(e)
SET moved = properties(m)
DELETE m
