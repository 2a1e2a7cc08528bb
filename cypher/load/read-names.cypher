// :Name records whose property KEY (a template placeholder, replaced by the loader with one of
// id, orgKey, surnameKey, loneKey, initialsKey, acronymKey, idKey — never with input) is one of
// $values: the records of these name keys, and those that can affect their resolution through a
// link key (src/resolve/name-links.ts).
UNWIND $values AS value
MATCH (n:Name {KEY: value})
RETURN properties(n) AS props
