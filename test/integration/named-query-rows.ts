// Every named query with parameters that fit the made-up articles of test/support/awkward-articles.ts,
// run against one graph: rows that must be equal for a loaded and an imported graph (and that are
// not all empty, or equality would prove nothing: the old CSV import matched no query at all).
import type { GraphConnection } from '../../src/load/connect';
import { toPlain, type Plain } from '../../src/query/plain-value';
import { findNamedQuery } from '../../src/query/query-catalog';
import { buildQueryParams } from '../../src/query/query-params';
import { runNamedQuery } from '../../src/query/run-named-query';

export interface Snapshot {
  dump: string;
  types: string;
  queries: Record<string, Plain>;
}

const CALLS: [string, string[]][] = [
  ['who-met-whom', []],
  ['who-met-whom', ['name=Vok']],
  ['neighbourhood', ['name=Vok']],
  ['roles', ['name=Vok']],
  ['evidence', ['a=Vok', 'b=Ærenfeld']],
  ['shortest-path', ['from=Ørsund', 'to=Ærenfeld']],
  ['most-connected', ['limit=5']],
];

export async function namedQueryRows(conn: GraphConnection): Promise<Record<string, Plain>> {
  const out: Record<string, Plain> = {};
  for (const [name, params] of CALLS) {
    const query = findNamedQuery(name);
    const rows = (await runNamedQuery(conn, query, buildQueryParams(query, params))).rows;
    if (rows.length === 0) throw new Error(`named query ${name} ${params.join(' ')} found no rows: the comparison would prove nothing`);
    out[`${name} ${params.join(' ')}`] = toPlain(rows);
  }
  return out;
}
