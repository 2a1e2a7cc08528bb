// Articles named by id, source (file path as given to kg load, or JSONL record id) or url.
// $keys: list of strings.
CALL {
  UNWIND $keys AS k MATCH (a:Article {id: k}) RETURN a, k
  UNION
  UNWIND $keys AS k MATCH (a:Article {source: k}) RETURN a, k
  UNION
  UNWIND $keys AS k MATCH (a:Article {url: k}) RETURN a, k
}
RETURN k AS key, a.id AS id, a.source AS source, a.title AS title
ORDER BY key, id
