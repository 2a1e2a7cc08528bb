// Roles held by an actor (found by name or alias through the full-text index): WORKS_FOR roles
// (with the employer), APPOINTED roles (with who appointed), and the titles in Entity.roles.
// @param name actor name or alias of the actor, e.g. "Karro"
// Browser: :param name => "Karro"
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node, score
WITH node ORDER BY score DESC, node.mentions DESC LIMIT 1
CALL {
  WITH node
  MATCH (node)-[w:WORKS_FOR]->(org:Entity)
  RETURN w.role AS role, org.name AS withActor, 'WORKS_FOR' AS via, w.count AS sentences
  UNION
  WITH node
  MATCH (boss:Entity)-[ap:APPOINTED]->(node)
  RETURN ap.role AS role, boss.name AS withActor, 'APPOINTED by' AS via, ap.count AS sentences
  UNION
  WITH node
  UNWIND coalesce(node.roles, []) AS title
  RETURN title AS role, null AS withActor, 'title' AS via, null AS sentences
}
RETURN node.name AS actor, role, withActor, via, sentences
ORDER BY CASE via WHEN 'WORKS_FOR' THEN 0 WHEN 'APPOINTED by' THEN 1 ELSE 2 END, toLower(role)
