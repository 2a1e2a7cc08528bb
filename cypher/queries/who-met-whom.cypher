// Who met whom: pairs of actors joined by MET_WITH, with the number of supporting sentences, the
// supporting articles, and the place and date when stated. Optionally only pairs where one side's
// name or alias contains $name (case-insensitive).
// @param name string = "" part of an actor's name or alias; "" for all pairs
// @param limit int = 50 maximum number of rows
// Browser: :param name => ""; :param limit => 50
MATCH (a:Entity)-[r:MET_WITH]->(b:Entity)
WHERE $name = ''
   OR any(n IN [a.name, b.name] + coalesce(a.aliases, []) + coalesce(b.aliases, []) WHERE toLower(n) CONTAINS toLower($name))
RETURN a.name AS actor, b.name AS metWith, r.count AS sentences, r.place AS place, r.date AS date, r.articleCount AS articles
ORDER BY sentences DESC, actor, metWith
LIMIT $limit
