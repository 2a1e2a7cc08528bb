// The heads of the :Name records named by the alias file's merge lists $lists (indexes). Only run
// when an alias file with merge lists is in use (a scan of the name index).
MATCH (n:Name)
WHERE any(i IN coalesce(n.mergeLists, []) WHERE i IN $lists)
RETURN n {.id, .type, .name, .confidences, .mentions, .forms, .entity, .idKey, .orgKey, .surnameKey, .loneKey, .initialsKey, .acronymKey, .mergeLists} AS props
