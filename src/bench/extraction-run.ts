// One measured extraction run in a fresh process (spawned by `kg bench`, so that worker counts
// are compared cold, as a user runs them): `kg extract` end to end — ingest, extraction on N
// workers, resolution, the streamed output pass — with the output discarded. Prints one JSON line:
// wall and CPU time of the whole process (all threads), and its peak RSS.
// Usage: node extraction-run.js WORKERS LIMIT TMPDIR INPUTS...
import '../cli/tune-heap'; // as in kg extract
import '../cli/tune-jit';
import { performance } from 'node:perf_hooks';
import { makeJsonlEncoder } from '../graph/export-json';
import { extractGraphStream } from '../pipeline/extract-graph';

export interface ExtractionRun {
  workers: number;
  articles: number;
  /** Since the process started: module loading included. */
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
}

async function main(argv: string[]): Promise<void> {
  const [workers, limit, tmpDir, ...inputs] = argv;
  const stream = await extractGraphStream(inputs, { workers: Number(workers) }, { limit: Number(limit), tmpDir });
  const encoder = makeJsonlEncoder(() => {});
  for await (const item of stream.items) {
    if ('node' in item) encoder.node(item.node);
    else encoder.relationship(item.relationship);
  }
  const cpu = process.cpuUsage();
  const run: ExtractionRun = {
    workers: Number(workers),
    articles: stream.stats.articles,
    wallMs: Math.round(performance.now()),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(JSON.stringify(run) + '\n');
}

if (require.main === module) void main(process.argv.slice(2));
