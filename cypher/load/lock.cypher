// Serializes loaders: every write transaction of kg load / kg remove starts here. The unique
// LoadLock node is created (or, left over, locked by the SET) and held until commit; a second
// loader's MERGE waits on it. unlock.cypher deletes it before commit, so no lock node stays.
MERGE (l:LoadLock {id: 'graph'})
SET l.holder = $holder
