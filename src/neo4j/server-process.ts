// Starts the server JVM detached from the calling process (it survives `kg` exiting), with its
// stdout/stderr in logs/console.log, and stops it with SIGTERM (Neo4j's clean shutdown).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { NewsgraphError } from '../errors';
import type { AdminRun } from './admin-failure';
import { buildAdminArgs, buildServerArgs, type ServerArgsInput } from './jvm-args';
import type { InstancePaths } from './instance-paths';
import { tailFile } from './log-tail';

export function spawnServer(p: InstancePaths, input: ServerArgsInput): ChildProcess {
  fs.mkdirSync(p.logsDir, { recursive: true });
  const out = fs.openSync(p.consoleLog, 'a');
  try {
    const child = spawn('java', buildServerArgs(input), {
      cwd: p.home,
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_HOME: p.home, NEO4J_CONF: p.confDir },
    });
    child.unref();
    return child;
  } finally {
    fs.closeSync(out);
  }
}

/** Runs `neo4j-admin ARGS` with NEO4J_HOME/NEO4J_CONF of `p`; the caller judges the outcome. */
export function runAdmin(p: InstancePaths, classpath: string, args: readonly string[], timeoutMs = 120_000): AdminRun {
  const result = spawnSync('java', buildAdminArgs(classpath, args), {
    cwd: p.home,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_HOME: p.home, NEO4J_CONF: p.confDir },
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim(), error: result.error };
}

/** Runs `neo4j-admin ARGS` for the instance; throws with the command's last output lines on failure. */
export function runAdminCommand(p: InstancePaths, classpath: string, args: readonly string[], what: string, timeoutMs = 120_000): string {
  const result = runAdmin(p, classpath, args, timeoutMs);
  const output = result.output;
  if (result.status !== 0) {
    const cause = result.error ? result.error.message : `exit ${result.status}`;
    throw new NewsgraphError('NEO4J_PROVISION', `neo4j-admin could not ${what} in ${p.home} (${cause}):\n${output.split('\n').slice(-10).join('\n')}`,
      'See the output above; Java 17 must be installed (`java -version`).', result.error);
  }
  return output;
}

/**
 * `neo4j-admin dbms set-initial-password`: must run before the first start (writes
 * data/dbms/auth.ini). The password is handed over in `passwordFile` (mode 0600) as an @-file
 * argument, never on the command line, where the process list would show it to every user.
 */
export function setInitialPassword(p: InstancePaths, classpath: string, passwordFile: string): void {
  runAdminCommand(p, classpath, ['dbms', 'set-initial-password', `@${passwordFile}`], 'set the initial password');
  if (!fs.existsSync(p.authFile)) {
    throw new NewsgraphError('NEO4J_PROVISION', `neo4j-admin set no password in ${p.home} (no ${p.authFile})`, 'Delete the instance folder and run `kg neo4j start` again.');
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface StopOutcome {
  /** Milliseconds from SIGTERM until the process was gone. */
  ms: number;
  /** True when the server did not stop in time and was killed. */
  forced: boolean;
}

/** SIGTERM, wait up to timeoutMs for the clean shutdown, then SIGKILL (reported as forced). */
export async function stopServerProcess(pid: number, timeoutMs: number, logFile: string): Promise<StopOutcome> {
  const began = Date.now();
  try {
    process.kill(pid, 'SIGTERM');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return { ms: 0, forced: false };
    throw new NewsgraphError('NEO4J_PROVISION', `cannot signal the Neo4j process ${pid}: ${(err as Error).message}`, '', err);
  }
  while (Date.now() - began < timeoutMs) {
    if (!isAlive(pid)) return { ms: Date.now() - began, forced: false };
    await sleep(200);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // gone in the meantime
  }
  while (isAlive(pid) && Date.now() - began < timeoutMs + 10_000) await sleep(200);
  if (isAlive(pid)) {
    throw new NewsgraphError('NEO4J_PROVISION', `the Neo4j process ${pid} did not stop; last log lines:\n${tailFile(logFile)}`,
      `Kill it by hand: kill -9 ${pid}`);
  }
  return { ms: Date.now() - began, forced: true };
}
