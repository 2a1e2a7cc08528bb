// The local Neo4j the tool provisions itself: resolve the jars (Maven), lay out the instance
// folder, set a generated password before the first start, start detached, wait for Bolt; and
// status / stop / the connection settings of the running instance.
import fs from 'node:fs';
import type { LocalNeo4jSettings } from '../config';
import { NewsgraphError } from '../errors';
import { instancePaths } from './instance-paths';
import { clearInstanceState, liveInstance, writeInstanceState, type InstanceState } from './instance-state';
import { renderNeo4jConf } from './neo4j-conf';
import { generatePassword, readPasswordFile, writePasswordFile } from './password-file';
import { isPortFree } from './port-check';
import { resolveNeo4jJars, type ProgressReporter } from './resolve-jars';
import { setInitialPassword, spawnServer, stopServerProcess } from './server-process';
import { waitForBolt } from './wait-for-bolt';

export const LOCAL_USERNAME = 'neo4j';
export const LOCAL_DATABASE = 'neo4j';

export interface LocalNeo4jStatus {
  running: boolean;
  home: string;
  pid?: number;
  boltUri: string;
  browserUrl: string;
  passwordFile: string;
}

function describe(home: string, boltPort: number, httpPort: number, state?: InstanceState): LocalNeo4jStatus {
  return {
    running: state !== undefined,
    home,
    pid: state?.pid,
    boltUri: `bolt://127.0.0.1:${boltPort}`,
    browserUrl: `http://127.0.0.1:${httpPort}/browser/`,
    passwordFile: instancePaths(home).passwordFile,
  };
}

/** Running or not; the ports are the running instance's, else the configured ones. */
/** The one wording of the start-up line, whichever command started the server. */
export const localUpMessage = (ms: number): string => `Local Neo4j up after ${(ms / 1000).toFixed(1)} s.`;

export function getLocalNeo4jStatus(s: LocalNeo4jSettings): LocalNeo4jStatus {
  const p = instancePaths(s.homeDir);
  const state = liveInstance(p);
  return describe(p.home, state?.boltPort ?? s.boltPort, state?.httpPort ?? s.httpPort, state);
}

export interface StartResult {
  status: LocalNeo4jStatus;
  alreadyRunning: boolean;
  ms: number;
}

async function ensurePortsFree(s: LocalNeo4jSettings): Promise<void> {
  for (const [name, port, flag] of [['Bolt', s.boltPort, '--bolt-port'], ['HTTP', s.httpPort, '--http-port']] as const) {
    if (!(await isPortFree(port))) {
      throw new NewsgraphError('NEO4J_PROVISION', `cannot start the local Neo4j: ${name} port 127.0.0.1:${port} is already in use`,
        `Another server (perhaps another Neo4j) listens there; choose a free port with ${flag} PORT.`);
    }
  }
}

export async function startLocalNeo4j(s: LocalNeo4jSettings, report: ProgressReporter, extraConf?: Record<string, string>): Promise<StartResult> {
  const began = Date.now();
  const p = instancePaths(s.homeDir);
  const running = liveInstance(p);
  if (running) return { status: describe(p.home, running.boltPort, running.httpPort, running), alreadyRunning: true, ms: 0 };
  await ensurePortsFree(s);
  const classpath = await resolveNeo4jJars(s.cacheDir, report);
  // The instance folder holds the store, auth.ini and the password file: only its owner may enter it.
  fs.mkdirSync(p.home, { recursive: true, mode: 0o700 });
  fs.chmodSync(p.home, 0o700);
  for (const dir of [p.confDir, p.dataDir, p.logsDir, p.runDir, p.pluginsDir]) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(p.confFile, renderNeo4jConf({ boltPort: s.boltPort, httpPort: s.httpPort, heap: s.heap, pageCache: s.pageCache, extra: extraConf }));
  if (fs.existsSync(p.authFile) && !fs.existsSync(p.passwordFile)) {
    throw new NewsgraphError('NEO4J_AUTH', `the local Neo4j in ${p.home} has a password set, but its password file ${p.passwordFile} is gone`,
      `Restore the file, or delete ${p.home} (its data too) and run \`kg neo4j start\` for a new instance.`);
  }
  if (!fs.existsSync(p.authFile)) {
    if (fs.existsSync(p.passwordFile)) fs.rmSync(p.passwordFile);
    report(`Setting a generated password (stored in ${p.passwordFile}, mode 0600)`);
    writePasswordFile(p.passwordFile, generatePassword());
    setInitialPassword(p, classpath, p.passwordFile);
  }
  const password = readPasswordFile(p.passwordFile);
  report(`Starting Neo4j in ${p.home} (Bolt 127.0.0.1:${s.boltPort}, HTTP 127.0.0.1:${s.httpPort}; log ${p.consoleLog})`);
  const child = spawnServer(p, { home: p.home, confDir: p.confDir, pluginsDir: p.pluginsDir, heap: s.heap, classpath });
  if (child.pid === undefined) throw new NewsgraphError('NEO4J_PROVISION', 'cannot start java for the local Neo4j', 'Check that Java 17 is installed (`java -version`).');
  const pid = child.pid;
  let exit: string | undefined;
  child.on('exit', (code, signal) => (exit = signal ? `signal ${signal}` : `exit code ${code}`));
  writeInstanceState(p, { pid, boltPort: s.boltPort, httpPort: s.httpPort, startedAt: new Date().toISOString() });
  const status = describe(p.home, s.boltPort, s.httpPort, { pid, boltPort: s.boltPort, httpPort: s.httpPort, startedAt: '' });
  try {
    await waitForBolt({ uri: status.boltUri, username: LOCAL_USERNAME, password, timeoutMs: s.startTimeoutMs, logFile: p.consoleLog, exited: () => exit });
  } catch (err) {
    if (!exit) await stopServerProcess(pid, 30_000, p.consoleLog);
    clearInstanceState(p);
    throw err;
  }
  return { status, alreadyRunning: false, ms: Date.now() - began };
}

export interface StopResult {
  wasRunning: boolean;
  ms: number;
  forced: boolean;
  home: string;
}

export async function stopLocalNeo4j(s: LocalNeo4jSettings, timeoutMs = 60_000): Promise<StopResult> {
  const p = instancePaths(s.homeDir);
  const state = liveInstance(p);
  if (!state) return { wasRunning: false, ms: 0, forced: false, home: p.home };
  const outcome = await stopServerProcess(state.pid, timeoutMs, p.consoleLog);
  clearInstanceState(p);
  return { wasRunning: true, ms: outcome.ms, forced: outcome.forced, home: p.home };
}

export interface LocalConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Connection settings of the running local instance; a clear error when it is not running. */
export function localNeo4jConnection(s: LocalNeo4jSettings): LocalConnection {
  const p = instancePaths(s.homeDir);
  const state = liveInstance(p);
  if (!state) {
    throw new NewsgraphError('NEO4J_UNREACHABLE', `no Neo4j to connect to: NEO4J_URI is not set and the local Neo4j in ${p.home} is not running`,
      'Start it with `kg neo4j start` (then `eval "$(kg neo4j env)"` if other tools need it), or set NEO4J_URI to use your own Neo4j.');
  }
  return { uri: `bolt://127.0.0.1:${state.boltPort}`, username: LOCAL_USERNAME, password: readPasswordFile(p.passwordFile), database: LOCAL_DATABASE };
}
