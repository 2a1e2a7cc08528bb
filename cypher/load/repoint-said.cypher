// SAID of name keys whose actor changed move to the new actor. $rows: [{group, entity}].
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (old:Entity)-[s:SAID {group: row.group}]->(q:Quote)
WHERE old <> e
CREATE (e)-[moved:SAID]->(q)
SET moved = properties(s)
DELETE s
