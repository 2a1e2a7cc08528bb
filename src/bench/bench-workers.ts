// Worker threads against one thread on the same articles: each configuration runs `kg extract`
// end to end in a fresh process (extraction-run.ts), alternating, best of N rounds. The bars
// (issue 10): 2 workers on 2 idle cores reach at least 1.7x one worker's throughput and spend at
// most 1.1x its CPU time. Prints figures; never asserts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { NewsgraphError } from '../errors';
import type { ExtractionRun } from './extraction-run';

export interface WorkersBench {
  one: ExtractionRun;
  many: ExtractionRun;
  /** Wall time of one worker over wall time of many: the throughput gain. */
  speedup: number;
  /** CPU time of many workers over CPU time of one. */
  cpuRatio: number;
}

const RUN_FILE = path.join(__dirname, 'extraction-run.js');

function runOnce(workers: number, limit: number, tmpDir: string, inputs: string[]): ExtractionRun {
  const r = spawnSync(process.execPath, [RUN_FILE, String(workers), String(limit), tmpDir, ...inputs], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new NewsgraphError('INTERNAL', `benchmark run with ${workers} workers failed: ${r.stderr.trim().split('\n').pop() ?? ''}`, 'Run `npm run build` first; the benchmark runs the compiled extractor.');
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as ExtractionRun;
}

const best = (a: ExtractionRun | undefined, b: ExtractionRun): ExtractionRun => (a && a.wallMs <= b.wallMs ? a : b);

export function benchWorkers(inputs: string[], limit: number, workers: number, rounds: number, tmpDir: string): WorkersBench {
  let one: ExtractionRun | undefined;
  let many: ExtractionRun | undefined;
  for (let i = 0; i < rounds; i++) {
    one = best(one, runOnce(1, limit, tmpDir, inputs));
    many = best(many, runOnce(workers, limit, tmpDir, inputs));
  }
  const [a, b] = [one as ExtractionRun, many as ExtractionRun];
  const ratio = (x: number, y: number): number => Math.round((x / y) * 100) / 100;
  return { one: a, many: b, speedup: ratio(a.wallMs, b.wallMs), cpuRatio: ratio(b.cpuMs, a.cpuMs) };
}
