// Articles extracted by another version of newsgraph (or with another alias file): their stored
// extraction stamp differs from $extraction, the stamp of this installation. `kg load --replace`
// of their inputs re-extracts them.
MATCH (a:Article)
RETURN count(a) AS articles, count(CASE WHEN a.extraction IS NULL OR a.extraction <> $extraction THEN 1 END) AS stale
