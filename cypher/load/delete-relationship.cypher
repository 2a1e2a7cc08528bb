// Entity–entity relationships of ONE type (template, see relationship.cypher) left without
// evidence. $rows: [{start, end}].
UNWIND $rows AS row
MATCH (:Entity {id: row.start})-[r:REL_TYPE]->(:Entity {id: row.end})
DELETE r
