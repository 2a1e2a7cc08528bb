// Actors of the re-resolved part of the name index, properties replaced whole (they are
// recomputed from all their names). $rows: [{id, label, properties}].
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row.properties
FOREACH (_ IN CASE WHEN row.label = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.label = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.label = 'Location' THEN [1] ELSE [] END | SET e:Location)
