// The stored aggregates of the edges $pairs ([{type, from, to}]) a batch changes the evidence of
// (src/load/update-edges.ts); an edge not there yet gives no row.
UNWIND $pairs AS p
MATCH (:Entity {id: p.from})-[r]->(:Entity {id: p.to})
WHERE type(r) = p.type
RETURN p.type AS type, p.from AS from, p.to AS to, properties(r) AS props
