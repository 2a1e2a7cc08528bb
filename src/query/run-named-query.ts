// Runs a named query (read transaction) and returns plain rows.
import type { GraphConnection } from '../load/connect';
import { runRead } from '../load/run-cypher';
import type { NamedQuery } from './named-query';
import { toPlain, type Plain } from './plain-value';
import type { ParamValue } from './query-params';

export interface QueryTable {
  columns: string[];
  rows: Record<string, Plain>[];
}

export async function runNamedQuery(conn: GraphConnection, query: NamedQuery, params: Record<string, ParamValue>): Promise<QueryTable> {
  return runCypherTable(conn, query.cypher, params);
}

export async function runCypherTable(conn: GraphConnection, cypher: string, params: Record<string, unknown>): Promise<QueryTable> {
  const result = await runRead(conn, cypher, params);
  return {
    columns: result.columns,
    rows: result.rows.map((r) => Object.fromEntries(result.columns.map((c) => [c, toPlain(r[c])]))),
  };
}
