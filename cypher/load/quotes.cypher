// Quotes. $rows: [{id, properties: {id, text, article, start, end}}]; part of one article, so
// re-set whole on reload.
UNWIND $rows AS row
MERGE (q:Quote {id: row.id})
SET q = row.properties
