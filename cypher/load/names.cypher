// :Name records (the cross-article name index), replaced whole. $rows: [{id, properties}].
UNWIND $rows AS row
MERGE (n:Name {id: row.id})
SET n = row.properties
