// The stored properties of actors $ids, so that only actors whose recomputed properties differ
// are written.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, properties(e) AS props
