// Runs a named query (read transaction) and returns plain rows.
import type { GraphConnection } from '../load/connect';
import { runRead } from '../load/run-cypher';
import { NewsgraphError } from '../errors';
import { readCypher } from '../load/cypher-file';
import type { NamedQuery } from './named-query';
import { toPlain, type Plain } from './plain-value';
import type { ParamValue } from './query-params';

export interface QueryTable {
  columns: string[];
  rows: Record<string, Plain>[];
  /** Said instead of "(0 rows)" when the result is empty and the query says what that means. */
  note?: string;
}

/**
 * Runs the query after checking that every `actor` parameter names some actor: a name that
 * matches none is an error saying so, not an empty table. An empty result of a query whose header
 * says what that means carries the message (`note`).
 */
export async function runNamedQuery(conn: GraphConnection, query: NamedQuery, params: Record<string, ParamValue>): Promise<QueryTable> {
  for (const p of query.params.filter((q) => q.type === 'actor')) {
    const name = String(params[p.name]);
    const found = await runRead(conn, readCypher('lookup/actor-matches.cypher'), { name });
    if (Number(toPlain(found.rows[0]?.matches) ?? 0) === 0) {
      throw new NewsgraphError('ACTOR_UNKNOWN', `no actor matches "${name}" (--param ${p.name})`, 'Names and aliases are matched whole; `kg query most-connected` lists actors.');
    }
  }
  const table = await runCypherTable(conn, query.cypher, params);
  if (table.rows.length === 0 && query.emptyMessage) {
    table.note = query.emptyMessage.replace(/\$([A-Za-z_]\w*)/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
  }
  return table;
}

export async function runCypherTable(conn: GraphConnection, cypher: string, params: Record<string, unknown>): Promise<QueryTable> {
  const result = await runRead(conn, cypher, params);
  return {
    columns: result.columns,
    rows: result.rows.map((r) => Object.fromEntries(result.columns.map((c) => [c, toPlain(r[c])]))),
  };
}
