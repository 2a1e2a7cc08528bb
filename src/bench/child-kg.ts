// Runs the built `kg` CLI as a child process for benchmarks: wall time, peak resident memory
// (VmHWM of /proc/PID/status, Linux; 0 elsewhere), exit code, and a hook on stderr lines that can
// kill the child (crash tests). Never used by the tests.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const KG_MAIN = path.join(__dirname, '..', 'cli', 'main.js');

export interface ChildRun {
  code: number | null;
  ms: number;
  peakRssMb: number;
  stdout: string;
}

function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export function runKg(args: string[], env: NodeJS.ProcessEnv, onStderrLine?: (line: string, kill: () => void) => void): Promise<ChildRun> {
  return new Promise((resolve) => {
    const began = Date.now();
    const child = spawn(process.execPath, [KG_MAIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let stdout = '';
    let pending = '';
    const poll = setInterval(() => (peak = Math.max(peak, peakRss(child.pid ?? 0))), 200);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onStderrLine?.(line, () => child.kill('SIGKILL'));
    });
    child.on('exit', () => (peak = Math.max(peak, peakRss(child.pid ?? 0))));
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, ms: Date.now() - began, peakRssMb: Math.round(peak), stdout });
    });
  });
}
