// newsgraph schema: applied by `kg schema` and before every `kg load`. Idempotent (IF NOT EXISTS).
// Runnable as is in cypher-shell or Neo4j Browser.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (q:Quote) REQUIRE q.id IS UNIQUE;

// Find actors by any name or alias: CALL db.index.fulltext.queryNodes('entity_names', '"Karro"')
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];

// The lifecycle model (docs/loading.md): evidence records, the cross-article name index, and the
// lock that serializes concurrent loaders.
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE;

CREATE CONSTRAINT name_id IF NOT EXISTS FOR (n:Name) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT load_lock_id IF NOT EXISTS FOR (l:LoadLock) REQUIRE l.id IS UNIQUE;

CREATE INDEX evidence_article IF NOT EXISTS FOR (v:Evidence) ON (v.article);

CREATE INDEX evidence_subject IF NOT EXISTS FOR (v:Evidence) ON (v.subject);

CREATE INDEX evidence_object IF NOT EXISTS FOR (v:Evidence) ON (v.object);

CREATE INDEX evidence_ends IF NOT EXISTS FOR (v:Evidence) ON (v.from, v.to);

// An edge's evidence in the orders its aggregates need, so that the loader reads one entry, not
// the edge's whole evidence, when a record that gave a value leaves (src/load/update-edges.ts).
CREATE INDEX evidence_edge IF NOT EXISTS FOR (v:Evidence) ON (v.from, v.to, v.type, v.article);

CREATE INDEX evidence_top IF NOT EXISTS FOR (v:Evidence) ON (v.from, v.to, v.type, v.confidence, v.rule);

CREATE INDEX evidence_role IF NOT EXISTS FOR (v:Evidence) ON (v.from, v.to, v.type, v.role);

CREATE INDEX evidence_date IF NOT EXISTS FOR (v:Evidence) ON (v.from, v.to, v.type, v.date);

CREATE INDEX evidence_place IF NOT EXISTS FOR (v:Evidence) ON (v.from, v.to, v.type, v.place);

CREATE INDEX quote_article IF NOT EXISTS FOR (q:Quote) ON (q.article);

CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source);

CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url);

CREATE INDEX name_org_key IF NOT EXISTS FOR (n:Name) ON (n.orgKey);

CREATE INDEX name_surname_key IF NOT EXISTS FOR (n:Name) ON (n.surnameKey);

CREATE INDEX name_lone_key IF NOT EXISTS FOR (n:Name) ON (n.loneKey);

CREATE INDEX name_initials_key IF NOT EXISTS FOR (n:Name) ON (n.initialsKey);

CREATE INDEX name_acronym_key IF NOT EXISTS FOR (n:Name) ON (n.acronymKey);

CREATE INDEX name_id_key IF NOT EXISTS FOR (n:Name) ON (n.idKey);

CREATE INDEX mentions_group IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.group);

CREATE INDEX said_group IF NOT EXISTS FOR ()-[s:SAID]-() ON (s.group);
