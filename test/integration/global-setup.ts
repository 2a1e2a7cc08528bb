// Integration tests run against a real Neo4j. With NEO4J_URI set, that server is used (and must be
// empty, or NEWSGRAPH_TEST_WIPE=1 must allow the tests to delete everything in it). Otherwise a
// throwaway local Neo4j starts on free ports in a temp folder (jars from the usual cache) and its
// connection is handed to the tests through process.env (inherited by the jest workers).
import neo4j from 'neo4j-driver';
import { resolveConfig } from '../../src/config';
import { startThrowawayNeo4j } from '../../src/neo4j/throwaway-neo4j';
import { TEST_STATE, type TestServerState } from './test-server';

async function checkExternalServer(): Promise<void> {
  const uri = process.env.NEO4J_URI as string;
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
  try {
    const session = driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
    const result = await session.run('MATCH (n) RETURN count(n) AS n');
    await session.close();
    const n = result.records[0].get('n').toNumber();
    if (n > 0 && process.env.NEWSGRAPH_TEST_WIPE !== '1') {
      throw new Error(`NEO4J_URI=${uri} holds ${n} nodes; the integration tests delete everything. Use an empty database or set NEWSGRAPH_TEST_WIPE=1.`);
    }
  } finally {
    await driver.close();
  }
}

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    await checkExternalServer();
    process.stderr.write(`\n[integration] using NEO4J_URI=${process.env.NEO4J_URI}\n`);
    return;
  }
  const report = (m: string): void => void process.stderr.write(`[integration] ${m}\n`);
  const server = await startThrowawayNeo4j({ ...resolveConfig({}, process.env).local, heap: '512m' }, report, 'newsgraph-it-');
  report(`throwaway Neo4j up on ${server.connection.uri} in ${(server.startMs / 1000).toFixed(1)} s (${server.tempDir})`);
  const c = server.connection;
  process.env.NEO4J_URI = c.uri;
  process.env.NEO4J_USERNAME = c.username;
  process.env.NEO4J_PASSWORD = c.password;
  process.env.NEO4J_DATABASE = c.database;
  process.env.NEWSGRAPH_TEST_HOME = server.local.homeDir;
  const state: TestServerState = { tempDir: server.tempDir, local: server.local };
  (globalThis as Record<string, unknown>)[TEST_STATE] = state;
}
