// Waits (up to 300 s) until every index is online; run after cypher/schema.cypher so that loads
// and full-text lookups can rely on the indexes. Auto-commit (procedures that wait cannot run
// inside a managed transaction function).
CALL db.awaitIndexes(300)
