// :Name records whose uses did not change but whose actor did: only the actor id and its slug
// change. $rows: [{id, entity, idKey}].
UNWIND $rows AS row
MATCH (n:Name {id: row.id})
SET n.entity = row.entity, n.idKey = row.idKey
