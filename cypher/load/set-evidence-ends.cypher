// Points evidence records at the actors their names now resolve to. $rows: [{id, from, to}].
UNWIND $rows AS row
MATCH (v:Evidence {id: row.id})
SET v.from = row.from, v.to = row.to
