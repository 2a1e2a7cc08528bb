// The stored state of the articles a batch brings: by id (is it loaded, by which extraction?),
// and other articles with the same source or url (a corrected story replaces them).
// $ids, $sources, $urls: lists of strings.
CALL {
  UNWIND $ids AS id
  MATCH (a:Article {id: id})
  RETURN a
  UNION
  UNWIND $sources AS s
  MATCH (a:Article {source: s})
  RETURN a
  UNION
  UNWIND $urls AS u
  MATCH (a:Article {url: u})
  RETURN a
}
RETURN a.id AS id, a.extraction AS extraction, a.source AS source, a.url AS url
