// How many actors a name or alias finds through the full-text index, the way the named queries
// look actors up: used to tell "no actor matches X" from an empty result.
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', ' '), '"', ' ') + '"') YIELD node
RETURN count(node) AS matches
