// What a running local instance left in run/: its pid and the ports it listens on, so that
// `status`, `env`, `stop` and `kg load` find the server that `start` began, whatever flags they get.
import fs from 'node:fs';
import type { InstancePaths } from './instance-paths';

export interface InstanceState {
  pid: number;
  boltPort: number;
  httpPort: number;
  startedAt: string;
}

export function writeInstanceState(p: InstancePaths, state: InstanceState): void {
  fs.mkdirSync(p.runDir, { recursive: true });
  fs.writeFileSync(p.pidFile, `${state.pid}\n`);
  fs.writeFileSync(p.stateFile, JSON.stringify(state, null, 2) + '\n');
}

export function readInstanceState(p: InstancePaths): InstanceState | undefined {
  try {
    const state = JSON.parse(fs.readFileSync(p.stateFile, 'utf8')) as Partial<InstanceState>;
    if (typeof state.pid === 'number' && typeof state.boltPort === 'number' && typeof state.httpPort === 'number') {
      return { pid: state.pid, boltPort: state.boltPort, httpPort: state.httpPort, startedAt: String(state.startedAt ?? '') };
    }
  } catch {
    // no state file (never started, or stopped): not running
  }
  return undefined;
}

export function clearInstanceState(p: InstancePaths): void {
  fs.rmSync(p.pidFile, { force: true });
  fs.rmSync(p.stateFile, { force: true });
}

/** True when pid is alive and (where /proc exists) is a Neo4j server for this home. */
export function isServerProcess(pid: number, home: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  const cmdlineFile = `/proc/${pid}/cmdline`;
  if (!fs.existsSync('/proc/self/cmdline')) return true;
  try {
    const cmdline = fs.readFileSync(cmdlineFile, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(`--home-dir=${home}`);
  } catch {
    return false;
  }
}

/** The state of a live server, or undefined (stale state files are removed). */
export function liveInstance(p: InstancePaths): InstanceState | undefined {
  const state = readInstanceState(p);
  if (!state) return undefined;
  if (isServerProcess(state.pid, p.home)) return state;
  clearInstanceState(p);
  return undefined;
}
