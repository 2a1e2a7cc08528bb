// The first query `npm start` suggests pasting into Neo4j Browser: every MET_WITH drawn as a graph.
MATCH p = (a:Person)-[:MET_WITH]-(b:Entity) RETURN p
