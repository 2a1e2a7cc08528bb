// Shared by the integration tests: the connection to the test server (from process.env, set by
// global-setup.ts), a wipe, and a canonical dump of the whole graph for before/after comparisons.
import type { LocalNeo4jSettings } from '../../src/config';
import { resolveConfig } from '../../src/config';
import { connectNeo4j, resolveNeo4jTarget, type GraphConnection } from '../../src/load/connect';
import { runRead, runWrite } from '../../src/load/run-cypher';
import { toPlain } from '../../src/query/plain-value';

export const TEST_STATE = '__newsgraphTestServer';

export interface TestServerState {
  tempDir: string;
  local: LocalNeo4jSettings;
}

export function testConfig(): ReturnType<typeof resolveConfig> {
  if (!process.env.NEO4J_URI) throw new Error('NEO4J_URI is not set: the integration global setup did not run');
  return resolveConfig({}, process.env);
}

export function openTestConnection(): Promise<GraphConnection> {
  return connectNeo4j(resolveNeo4jTarget(testConfig()));
}

export async function wipe(conn: GraphConnection): Promise<void> {
  await runWrite(conn, 'MATCH (n) DETACH DELETE n', {});
}

/** Every node and relationship with labels/type and all properties, sorted: equal dumps = equal graphs. */
export { dumpGraph, dumpDocument } from '../../src/bench/graph-dump';

export async function countAll(conn: GraphConnection): Promise<{ nodes: number; relationships: number }> {
  const n = await runRead(conn, 'MATCH (n) RETURN count(n) AS c', {});
  const r = await runRead(conn, 'MATCH ()-[r]->() RETURN count(r) AS c', {});
  return { nodes: Number(toPlain(n.rows[0].c)), relationships: Number(toPlain(r.rows[0].c)) };
}

/** How many properties of each Neo4j value type every label set and relationship type holds: with
 * dumpGraph (whose plain values do not tell 1 from 1.0), two graphs with equal dumps and equal
 * value types are the same graph. */
export async function dumpValueTypes(conn: GraphConnection): Promise<string> {
  const nodes = await runRead(conn, 'MATCH (n) UNWIND keys(n) AS k RETURN labels(n) AS labels, k, valueType(n[k]) AS t, count(*) AS n', {});
  const rels = await runRead(conn, 'MATCH ()-[r]->() UNWIND keys(r) AS k RETURN type(r) AS type, k, valueType(r[k]) AS t, count(*) AS n', {});
  const lines = [
    ...nodes.rows.map((r) => `${[...(r.labels as string[])].sort().join(':')} ${r.k} ${r.t} ${toPlain(r.n)}`),
    ...rels.rows.map((r) => `${r.type} ${r.k} ${r.t} ${toPlain(r.n)}`),
  ];
  return lines.sort().join('\n');
}
