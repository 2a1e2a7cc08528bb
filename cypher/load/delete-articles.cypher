// Removes articles $ids with everything only they state: their MENTIONS, evidence records and
// quotes (with SAID). Names, actors and edges are updated by the other steps of the batch.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL {
  WITH id
  MATCH (v:Evidence {article: id})
  DETACH DELETE v
}
CALL {
  WITH id
  MATCH (q:Quote {article: id})
  DETACH DELETE q
}
DETACH DELETE a
