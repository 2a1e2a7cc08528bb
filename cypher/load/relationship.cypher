// Entity–entity relationships of ONE type. Template: the loader replaces REL_TYPE with a type
// from the allow-list in src/graph/graph-document.ts (never from input); every value is a
// parameter. Symmetric types (MET_WITH, ALLY_OF) arrive with start id < end id: stored once.
// $rows: [{start, end, articles, evidence, evidenceArticles, evidenceStarts, evidenceEnds,
//          evidenceRules, evidenceKeys, confidence?, rule?, role?, date?, place?, extra}]
// Provenance: the evidence* lists are parallel, one entry per evidence record, whose identity is
// evidenceKeys[i] = "<articleId>:<start>-<end>". Only records whose key is not on the edge yet are
// appended, so a reload changes nothing and a new article adds its sentences. count is the
// number of records, confidence the max, articles a union; rule/role/date/place keep the first.
UNWIND $rows AS row
MATCH (s:Entity {id: row.start})
MATCH (t:Entity {id: row.end})
MERGE (s)-[r:REL_TYPE]->(t)
ON CREATE SET r.articles = [], r.evidence = [], r.evidenceArticles = [], r.evidenceStarts = [],
              r.evidenceEnds = [], r.evidenceRules = [], r.evidenceKeys = []
WITH r, row, [i IN range(0, size(row.evidenceKeys) - 1) WHERE NOT row.evidenceKeys[i] IN r.evidenceKeys] AS fresh
SET r.evidence = r.evidence + [i IN fresh | row.evidence[i]],
    r.evidenceArticles = r.evidenceArticles + [i IN fresh | row.evidenceArticles[i]],
    r.evidenceStarts = r.evidenceStarts + [i IN fresh | row.evidenceStarts[i]],
    r.evidenceEnds = r.evidenceEnds + [i IN fresh | row.evidenceEnds[i]],
    r.evidenceRules = r.evidenceRules + [i IN fresh | row.evidenceRules[i]],
    r.evidenceKeys = r.evidenceKeys + [i IN fresh | row.evidenceKeys[i]],
    r.articles = r.articles + [a IN row.articles WHERE NOT a IN r.articles]
SET r += row.extra
SET r.count = CASE WHEN size(r.evidenceKeys) > 0 THEN size(r.evidenceKeys) ELSE coalesce(r.count, row.count, 0) END,
    r.confidence = CASE WHEN row.confidence IS NOT NULL AND (r.confidence IS NULL OR row.confidence > r.confidence) THEN row.confidence ELSE r.confidence END,
    r.rule = coalesce(r.rule, row.rule),
    r.role = coalesce(r.role, row.role),
    r.date = coalesce(r.date, row.date),
    r.place = coalesce(r.place, row.place)
