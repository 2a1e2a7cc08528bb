// :Name records by key and by the link keys through which they can affect each other's
// resolution (src/resolve/name-links.ts). Each parameter is a list of strings.
CALL {
  UNWIND $ids AS k MATCH (n:Name {id: k}) RETURN n
  UNION
  UNWIND $orgKey AS k MATCH (n:Name {orgKey: k}) RETURN n
  UNION
  UNWIND $surnameKey AS k MATCH (n:Name {surnameKey: k}) RETURN n
  UNION
  UNWIND $loneKey AS k MATCH (n:Name {loneKey: k}) RETURN n
  UNION
  UNWIND $initialsKey AS k MATCH (n:Name {initialsKey: k}) RETURN n
  UNION
  UNWIND $acronymKey AS k MATCH (n:Name {acronymKey: k}) RETURN n
  UNION
  UNWIND $idKeys AS k MATCH (n:Name {idKey: k}) RETURN n
}
RETURN properties(n) AS props
