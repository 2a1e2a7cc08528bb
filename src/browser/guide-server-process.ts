// Lifecycle of the guide server beside the local Neo4j: started detached by `kg neo4j start`
// (before Neo4j, so its URL can go into neo4j.conf), found again through run/browser-guide.json,
// stopped by `kg neo4j stop`. It keeps its port across restarts while that port is free, so the
// URL written into neo4j.conf stays right.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { NewsgraphError } from '../errors';
import { instancePaths } from '../neo4j/instance-paths';
import { packageFile } from '../neo4j/package-file';
import { findFreePort, isPortFree } from '../neo4j/port-check';
import { GUIDE_PATH } from './assets-server';

export interface GuideServer {
  pid: number;
  port: number;
  url: string;
}

const stateFile = (home: string): string => path.join(instancePaths(home).runDir, 'browser-guide.json');
const guideUrl = (port: number): string => `http://127.0.0.1:${port}${GUIDE_PATH}`;

function readState(home: string): { pid: number; port: number } | undefined {
  try {
    const s = JSON.parse(fs.readFileSync(stateFile(home), 'utf8')) as { pid?: unknown; port?: unknown };
    return typeof s.pid === 'number' && typeof s.port === 'number' ? { pid: s.pid, port: s.port } : undefined;
  } catch {
    return undefined;
  }
}

/** Alive, and (where /proc exists) really our guide server rather than a reused pid. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('assets-server-main');
  } catch {
    return !fs.existsSync('/proc/self/cmdline');
  }
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: GUIDE_PATH, timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

function serverScript(): string {
  const beside = path.join(__dirname, 'assets-server-main.js');
  return fs.existsSync(beside) ? beside : packageFile('dist', 'src', 'browser', 'assets-server-main.js');
}

/** The running guide server of this instance folder, if any. */
export async function findGuideServer(home: string): Promise<GuideServer | undefined> {
  const s = readState(home);
  if (!s || !isAlive(s.pid) || !(await answers(s.port))) return undefined;
  return { ...s, url: guideUrl(s.port) };
}

export async function startGuideServer(home: string): Promise<GuideServer & { alreadyRunning: boolean }> {
  const running = await findGuideServer(home);
  if (running) return { ...running, alreadyRunning: true };
  const previous = readState(home);
  const port = previous && (await isPortFree(previous.port)) ? previous.port : await findFreePort();
  const p = instancePaths(home);
  fs.mkdirSync(p.logsDir, { recursive: true });
  fs.mkdirSync(p.runDir, { recursive: true });
  const log = fs.openSync(path.join(p.logsDir, 'browser-guide.log'), 'a');
  const child = spawn(process.execPath, [serverScript(), '--port', String(port)], { detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new NewsgraphError('NEO4J_PROVISION', 'cannot start the Browser guide server (node)', 'See logs/browser-guide.log in the instance folder.');
  fs.writeFileSync(stateFile(home), JSON.stringify({ pid: child.pid, port }) + '\n');
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (await answers(port)) return { pid: child.pid, port, url: guideUrl(port), alreadyRunning: false };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stopGuideServer(home);
  throw new NewsgraphError('NEO4J_PROVISION', `the Browser guide server did not answer on 127.0.0.1:${port} within 10 s`, `See ${path.join(p.logsDir, 'browser-guide.log')}.`);
}

/** Stops the guide server of this instance folder; false when none was running. */
export async function stopGuideServer(home: string): Promise<boolean> {
  const s = readState(home);
  fs.rmSync(stateFile(home), { force: true });
  if (!s || !isAlive(s.pid)) return false;
  process.kill(s.pid, 'SIGTERM');
  for (let waited = 0; waited < 5_000 && isAlive(s.pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(s.pid)) process.kill(s.pid, 'SIGKILL');
  return true;
}
