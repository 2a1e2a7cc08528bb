// The first $limit supporting article ids of each edge of $pairs ([{type, from, to}]), in id
// order, read in that order from the index evidence_edge (no sort, no scan of the edge's
// evidence): an edge's `articles` when one of them left.
UNWIND $pairs AS p
CALL {
  WITH p
  MATCH (v:Evidence)
  WHERE v.from = p.from AND v.to = p.to AND v.type = p.type AND v.article IS NOT NULL
  WITH DISTINCT v.from AS f, v.to AS t, v.type AS type, v.article AS article
  ORDER BY f, t, type, article
  LIMIT $limit
  RETURN collect(article) AS articles
}
RETURN p.type AS type, p.from AS from, p.to AS to, articles
