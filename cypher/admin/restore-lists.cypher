// After a CSV bulk import (`kg neo4j import`, or by hand after neo4j-admin): gives back the lists
// that no CSV cell can hold ([] and ['']; the importer reads an empty cell as "no property").
// The export names them per element in _newsgraph_lists, e.g. ["aliases=[]", "forms=['']"]; each
// entry becomes that property, then the helper property goes. Auto-commit (IN TRANSACTIONS).
MATCH (n) WHERE n._newsgraph_lists IS NOT NULL
CALL {
  WITH n
  FOREACH (entry IN n._newsgraph_lists |
    SET n[CASE WHEN entry ENDS WITH '=[]' THEN left(entry, size(entry) - 3) ELSE left(entry, size(entry) - 5) END] =
        CASE WHEN entry ENDS WITH '=[]' THEN [] ELSE [''] END)
  REMOVE n._newsgraph_lists
} IN TRANSACTIONS OF 5000 ROWS;

MATCH ()-[r]->() WHERE r._newsgraph_lists IS NOT NULL
CALL {
  WITH r
  FOREACH (entry IN r._newsgraph_lists |
    SET r[CASE WHEN entry ENDS WITH '=[]' THEN left(entry, size(entry) - 3) ELSE left(entry, size(entry) - 5) END] =
        CASE WHEN entry ENDS WITH '=[]' THEN [] ELSE [''] END)
  REMOVE r._newsgraph_lists
} IN TRANSACTIONS OF 5000 ROWS;
