// Articles. $rows: [{id, properties: {id, source, title?, date?, url?, chars}}].
// An article is loaded whole, so its properties are replaced (idempotent on reload).
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row.properties
