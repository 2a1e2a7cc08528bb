// A throwaway local Neo4j for the browser tests, run exactly as a user runs it: `kg neo4j start`
// on free ports in a temp folder (which also starts the Browser guide server), `kg neo4j env`
// for the credentials, `kg neo4j stop` at the end.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../../src/neo4j/port-check';
import { KG_MAIN } from './seeds';

export interface TestNeo4j {
  home: string;
  boltUri: string;
  browserUrl: string;
  username: string;
  password: string;
  /** Environment for `kg` commands aimed at this server. */
  env: NodeJS.ProcessEnv;
}

const baseEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  for (const key of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[key];
  return env;
};

export function runKg(args: string[], env: NodeJS.ProcessEnv, timeout = 120_000): string {
  return execFileSync(process.execPath, [KG_MAIN, ...args], { env, encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'inherit'] });
}

export async function startTestNeo4j(): Promise<TestNeo4j> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-e2e-'));
  const boltPort = await findFreePort();
  let httpPort = await findFreePort();
  while (httpPort === boltPort) httpPort = await findFreePort();
  const env = { ...baseEnv(), NEWSGRAPH_NEO4J_PAGECACHE: '64m' };
  const where = ['--home', home, '--bolt-port', String(boltPort), '--http-port', String(httpPort)];
  try {
    runKg(['neo4j', 'start', ...where], env, 300_000);
  } catch (err) {
    fs.rmSync(home, { recursive: true, force: true });
    throw err;
  }
  const exports = runKg(['neo4j', 'env', '--home', home], env);
  const value = (key: string): string => {
    const m = new RegExp(`^export ${key}='(.*)'$`, 'm').exec(exports);
    if (!m) throw new Error(`kg neo4j env printed no ${key}`);
    return m[1].replace(/'\\''/g, "'");
  };
  const kgEnv = { ...env, NEO4J_URI: value('NEO4J_URI'), NEO4J_USERNAME: value('NEO4J_USERNAME'), NEO4J_PASSWORD: value('NEO4J_PASSWORD'), NEO4J_DATABASE: value('NEO4J_DATABASE') };
  return { home, boltUri: value('NEO4J_URI'), browserUrl: `http://127.0.0.1:${httpPort}/browser/`, username: value('NEO4J_USERNAME'), password: value('NEO4J_PASSWORD'), env: kgEnv };
}

export function stopTestNeo4j(server: TestNeo4j | undefined): void {
  if (!server) return;
  try {
    runKg(['neo4j', 'stop', '--home', server.home], baseEnv(), 120_000);
  } finally {
    fs.rmSync(server.home, { recursive: true, force: true });
  }
}
