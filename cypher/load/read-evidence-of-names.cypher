// Evidence records that name one of $groups (name keys) as subject or object: they follow the
// names to their new actors when resolution changes. Run after the batch's :Name records are
// written, so subjectEntity/objectEntity are the actors both names resolve to now.
UNWIND $groups AS g
CALL {
  WITH g MATCH (v:Evidence {subject: g}) RETURN v
  UNION
  WITH g MATCH (v:Evidence {object: g}) RETURN v
}
WITH DISTINCT v
MATCH (s:Name {id: v.subject})
MATCH (o:Name {id: v.object})
RETURN v.id AS id, v.type AS type, v.from AS from, v.to AS to, v.article AS article, s.entity AS subjectEntity, o.entity AS objectEntity
