// The actor pairs the evidence of articles $ids supports (their edges are recomputed when the
// articles go).
UNWIND $ids AS id
MATCH (v:Evidence {article: id})
RETURN DISTINCT v.type AS type, v.from AS from, v.to AS to
