// The heads of the :Name records whose property KEY (a template placeholder, replaced by the loader
// with one of orgKey, surnameKey, loneKey, initialsKey, acronymKey, idKey — never with input) is
// one of $values: the records that can affect the resolution of a batch's names through a link
// key (src/resolve/name-links.ts). Only what resolution needs, not the tallies (src/load/stored-name.ts).
UNWIND $values AS value
MATCH (n:Name {KEY: value})
RETURN n {.id, .type, .name, .confidences, .mentions, .forms, .entity, .idKey, .orgKey, .surnameKey, .loneKey, .initialsKey, .acronymKey, .mergeLists} AS props
