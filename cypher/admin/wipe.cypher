// Deletes every node and relationship in batches. Used only by `kg bench --load` on its own
// throwaway Neo4j, never on a user's database. Auto-commit (CALL ... IN TRANSACTIONS).
MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
