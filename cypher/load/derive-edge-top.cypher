// The top record of each edge of $pairs ([{type, from, to}]): highest confidence, then the last
// rule name; one entry read from the end of the index evidence_top (LIMIT 1): an edge's
// `confidence` and `rule` when a record that may have given them left.
UNWIND $pairs AS p
CALL {
  WITH p
  MATCH (v:Evidence)
  WHERE v.from = p.from AND v.to = p.to AND v.type = p.type AND v.confidence IS NOT NULL AND v.rule IS NOT NULL
  RETURN v.confidence AS confidence, v.rule AS rule
  ORDER BY v.from DESC, v.to DESC, v.type DESC, v.confidence DESC, v.rule DESC
  LIMIT 1
}
RETURN p.type AS type, p.from AS from, p.to AS to, confidence, rule
