// Connection resolution: the user's server when a URI is configured, else the local instance
// that `kg neo4j start` runs (an error telling to start it when it is not running: no surprise
// download or start from a load). Connecting fails within 10 s with the URI and the cause.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { NewsgraphError } from '../errors';
import { localNeo4jConnection } from '../neo4j/local-neo4j';
import { toNeo4jError } from './neo4j-errors';
import { splitUriCredentials } from './uri-credentials';

export interface Neo4jTarget {
  uri: string;
  username: string;
  password?: string;
  database: string;
  local: boolean;
}

export interface GraphConnection {
  driver: Driver;
  target: Neo4jTarget;
}

export const CONNECT_TIMEOUT_MS = 8_000;

export function resolveNeo4jTarget(config: Config): Neo4jTarget {
  const c = config.neo4j;
  if (c.uri) {
    // A password written into the URI is used, and dropped from the URI we keep and print.
    const inUri = splitUriCredentials(c.uri);
    return { uri: inUri.uri, username: inUri.username ?? c.username, password: c.password ?? inUri.password, database: c.database, local: false };
  }
  // flags > env > defaults: a password given without a URI is tried on the local server too
  // (and fails loudly if wrong) instead of being silently replaced by the password file's.
  const local = localNeo4jConnection(config.local);
  return { ...local, password: c.password ?? local.password, local: true };
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms / 1000} s`), { code: 'TIMEOUT' })), ms);
    timer.unref();
  });
}

export async function connectNeo4j(target: Neo4jTarget): Promise<GraphConnection> {
  let driver: Driver;
  try {
    const auth = target.password === undefined ? neo4j.auth.basic(target.username, '') : neo4j.auth.basic(target.username, target.password);
    driver = neo4j.driver(target.uri, auth, {
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: CONNECT_TIMEOUT_MS,
      maxTransactionRetryTime: 15_000,
      userAgent: 'newsgraph',
    });
  } catch (err) {
    throw new NewsgraphError('CONFIG_INVALID', `invalid Neo4j URI ${target.uri}: ${(err as Error).message}`, 'Use e.g. bolt://host:7687 or neo4j+s://xxx.databases.neo4j.io.', err);
  }
  try {
    await Promise.race([driver.verifyConnectivity({ database: target.database }), timeout(CONNECT_TIMEOUT_MS)]);
  } catch (err) {
    void driver.close().catch(() => undefined);
    const e = toNeo4jError(err, target.uri, target.username);
    if (e.code === 'NEO4J_AUTH' && target.password === undefined) {
      throw new NewsgraphError('NEO4J_AUTH', `${e.message} (no password was given)`, 'Set NEO4J_PASSWORD or pass --password.', err);
    }
    throw e;
  }
  return { driver, target };
}

/** Opens a connection, runs fn, always closes. */
export async function withNeo4j<T>(config: Config, fn: (c: GraphConnection) => Promise<T>): Promise<T> {
  const conn = await connectNeo4j(resolveNeo4jTarget(config));
  try {
    return await fn(conn);
  } finally {
    await conn.driver.close();
  }
}
