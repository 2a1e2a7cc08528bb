// The whole :Name records of the name keys $values: the names a batch adds or takes uses from,
// and the members of the actors it must rebuild.
UNWIND $values AS value
MATCH (n:Name {id: value})
RETURN properties(n) AS props
