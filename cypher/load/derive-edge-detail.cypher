// The first value of the evidence property KEY (a template placeholder, replaced by the loader
// with role, date or place — never with input) among the records of each edge of $pairs
// ([{type, from, to}]), one entry read from the index evidence_KEY (LIMIT 1): an edge's KEY when
// a record that may have given it left. An edge whose records state none gives no row.
UNWIND $pairs AS p
CALL {
  WITH p
  MATCH (v:Evidence)
  WHERE v.from = p.from AND v.to = p.to AND v.type = p.type AND v.KEY IS NOT NULL
  RETURN v.KEY AS value
  ORDER BY v.from, v.to, v.type, v.KEY
  LIMIT 1
}
RETURN p.type AS type, p.from AS from, p.to AS to, value
