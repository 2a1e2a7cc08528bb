// Actors. $rows: [{id, label: 'Person'|'Organization'|'Location', name, aliases, roles,
// mentions, firstSeen?, lastSeen?, extra: {other scalar properties}}].
// name is kept from the first load (another spelling becomes an alias); aliases and roles are
// unions in first-seen order; firstSeen/lastSeen are min/max; mentions is recomputed from the
// MENTIONS edges afterwards (entity-mentions.cypher), so reloading never inflates it.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.aliases = [], e.roles = [], e.mentions = row.mentions
SET e += row.extra
WITH e, row, [x IN row.aliases + CASE WHEN row.name = e.name THEN [] ELSE [row.name] END WHERE x <> e.name] AS newAliases
SET e.aliases = reduce(acc = coalesce(e.aliases, []), x IN newAliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.roles = reduce(acc = coalesce(e.roles, []), x IN row.roles | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.firstSeen = CASE WHEN row.firstSeen IS NOT NULL AND (e.firstSeen IS NULL OR row.firstSeen < e.firstSeen) THEN row.firstSeen ELSE e.firstSeen END,
    e.lastSeen = CASE WHEN row.lastSeen IS NOT NULL AND (e.lastSeen IS NULL OR row.lastSeen > e.lastSeen) THEN row.lastSeen ELSE e.lastSeen END
FOREACH (_ IN CASE WHEN row.label = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.label = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.label = 'Location' THEN [1] ELSE [] END | SET e:Location)
