// What removing articles takes from the name index: each article's date and its uses of names
// (Article.actors, one JSON object a use). $ids: article ids.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.date AS date, a.actors AS actors
