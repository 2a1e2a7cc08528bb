// Reads the actors already in Neo4j that the new articles may name, through the full-text index
// (names, forms and surnames as phrase queries), for resolveAcross to resolve against.
import type { ActorType } from '../mentions/mention';
import type { KnownActor } from '../resolve/actor';
import type { ArticleActors } from '../resolve/actor-summary';
import { surnameOf } from '../resolve/variant-rules';
import type { GraphConnection } from './connect';
import { readCypher, stripComments } from './cypher-file';
import { runRead } from './run-cypher';
import neo4j from 'neo4j-driver';

const HITS_PER_TERM = 25;
const TERMS_PER_QUERY = 500;
const ACTOR_TYPES: readonly string[] = ['Person', 'Organization', 'Location'];

/** A Lucene phrase query for one name: quoted, with quotes and backslashes escaped. */
export const phraseQuery = (name: string): string => `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/** The names to look up: every actor name and form, and the surname of multi-word person names. */
export function lookupTerms(extractions: readonly ArticleActors[]): string[] {
  const terms = new Set<string>();
  for (const ex of extractions) {
    for (const actor of ex.actors) {
      for (const form of [actor.name, ...actor.forms]) if (form.trim()) terms.add(form.trim());
      const surname = actor.type === 'Person' ? surnameOf(actor.name) : undefined;
      if (surname) terms.add(surname);
    }
  }
  return [...terms].sort();
}

export async function findKnownActors(conn: GraphConnection, terms: readonly string[]): Promise<KnownActor[]> {
  const statement = stripComments(readCypher('load/known-actors.cypher'));
  const found = new Map<string, KnownActor>();
  for (let i = 0; i < terms.length; i += TERMS_PER_QUERY) {
    const batch = terms.slice(i, i + TERMS_PER_QUERY).map(phraseQuery);
    const { rows } = await runRead(conn, statement, { terms: batch, limit: neo4j.int(HITS_PER_TERM) });
    for (const row of rows) {
      const type = String(row.type);
      if (!ACTOR_TYPES.includes(type)) continue;
      const aliases = Array.isArray(row.aliases) ? row.aliases.map(String) : [];
      found.set(String(row.id), { id: String(row.id), type: type as ActorType, name: String(row.name), aliases });
    }
  }
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
