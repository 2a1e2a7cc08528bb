// Evidence records that name one of $groups (name keys) as subject or object: they follow the
// names to their new actors when resolution changes.
UNWIND $groups AS g
CALL {
  WITH g MATCH (v:Evidence {subject: g}) RETURN v
  UNION
  WITH g MATCH (v:Evidence {object: g}) RETURN v
}
RETURN DISTINCT v.id AS id, v.type AS type, v.subject AS subject, v.object AS object, v.from AS from, v.to AS to
