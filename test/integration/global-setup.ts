// Integration tests run against a real Neo4j. With NEO4J_URI set, that server is used (and must be
// empty, or NEWSGRAPH_TEST_WIPE=1 must allow the tests to delete everything in it). Otherwise a
// throwaway local Neo4j starts on free ports in a temp folder (jars from the usual cache) and its
// connection is handed to the tests through process.env (inherited by the jest workers).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { resolveConfig } from '../../src/config';
import { localNeo4jConnection, startLocalNeo4j } from '../../src/neo4j/local-neo4j';
import { findFreePort } from '../../src/neo4j/port-check';
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
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-it-'));
  const base = resolveConfig({}, process.env).local;
  const boltPort = await findFreePort();
  let httpPort = await findFreePort();
  while (httpPort === boltPort) httpPort = await findFreePort();
  const local = { ...base, homeDir: path.join(home, 'neo4j'), boltPort, httpPort, heap: '512m', pageCache: '64m' };
  const began = Date.now();
  const report = (m: string): void => void process.stderr.write(`[integration] ${m}\n`);
  await startLocalNeo4j(local, report);
  report(`throwaway Neo4j up on bolt://127.0.0.1:${boltPort} in ${((Date.now() - began) / 1000).toFixed(1)} s (${home})`);
  const c = localNeo4jConnection(local);
  process.env.NEO4J_URI = c.uri;
  process.env.NEO4J_USERNAME = c.username;
  process.env.NEO4J_PASSWORD = c.password;
  process.env.NEO4J_DATABASE = c.database;
  process.env.NEWSGRAPH_TEST_HOME = local.homeDir;
  const state: TestServerState = { tempDir: home, local };
  (globalThis as Record<string, unknown>)[TEST_STATE] = state;
}
