// Ends the transaction's hold on the loader lock (see lock.cypher); the node goes with the commit.
MATCH (l:LoadLock {id: 'graph'})
DELETE l
