// :Evidence records of new articles. $rows: [{id, properties}].
UNWIND $rows AS row
MERGE (v:Evidence {id: row.id})
SET v = row.properties
