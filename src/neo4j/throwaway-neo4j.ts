// A throwaway local Neo4j on free ports in a temporary folder (same jar cache): for the
// integration tests and `kg bench --load`, which must never touch a user's database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LocalNeo4jSettings } from '../config';
import { localNeo4jConnection, startLocalNeo4j, stopLocalNeo4j, type LocalConnection } from './local-neo4j';
import { findFreePort } from './port-check';
import type { ProgressReporter } from './resolve-jars';

export interface ThrowawayNeo4j {
  tempDir: string;
  local: LocalNeo4jSettings;
  connection: LocalConnection;
  startMs: number;
}

export async function startThrowawayNeo4j(base: LocalNeo4jSettings, report: ProgressReporter, prefix = 'newsgraph-tmp-'): Promise<ThrowawayNeo4j> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const boltPort = await findFreePort();
  let httpPort = await findFreePort();
  while (httpPort === boltPort) httpPort = await findFreePort();
  const local: LocalNeo4jSettings = { ...base, homeDir: path.join(tempDir, 'neo4j'), boltPort, httpPort, pageCache: '64m' };
  const began = Date.now();
  try {
    await startLocalNeo4j(local, report);
  } catch (err) {
    fs.rmSync(tempDir, { recursive: true, force: true });
    throw err;
  }
  return { tempDir, local, connection: localNeo4jConnection(local), startMs: Date.now() - began };
}

/** Stops the server and deletes its folder; returns how long the stop took. */
export async function stopThrowawayNeo4j(t: Pick<ThrowawayNeo4j, 'tempDir' | 'local'>): Promise<{ ms: number; forced: boolean }> {
  const stopped = await stopLocalNeo4j(t.local);
  fs.rmSync(t.tempDir, { recursive: true, force: true });
  return { ms: stopped.ms, forced: stopped.forced };
}
