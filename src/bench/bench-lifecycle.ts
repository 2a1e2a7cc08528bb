// The corpus-scale bars of the graph over time, on a throwaway Neo4j with `kg load` run as child
// processes: load, reload (a no-op: time and full-dump diff), two halves in reverse order, the
// loader killed (-9) mid-load and rerun, Neo4j killed (-9) mid-load, restarted and the load rerun,
// two loaders at once over overlapping parts, N concurrent shard loaders (N = 2, 4), and the
// loader's peak memory on 100 articles against the whole corpus. Every diff is the number of dump
// lines that differ from the single load (0 = the same graph).
import fs from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jSettings } from '../config';
import { applySchema } from '../load/apply-schema';
import { connectNeo4j, type GraphConnection } from '../load/connect';
import { readCypher, stripComments } from '../load/cypher-file';
import { runAutoCommit } from '../load/run-cypher';
import { startLocalNeo4j } from '../neo4j/local-neo4j';
import { instancePaths } from '../neo4j/instance-paths';
import { readInstanceState } from '../neo4j/instance-state';
import { startThrowawayNeo4j, stopThrowawayNeo4j, type ThrowawayNeo4j } from '../neo4j/throwaway-neo4j';
import { runKg, type ChildRun } from './child-kg';
import { dumpDiff, dumpGraph } from './graph-dump';

export interface LifecycleBench {
  articles: number;
  load: { ms: number; peakRssMb: number };
  reload: { ms: number; ratio: number };
  load100: { peakRssMb: number };
  /** Dump lines that differ from the single load, per scenario. */
  diffs: Record<string, number>;
}

type Report = (message: string) => void;

class Bench {
  conn!: GraphConnection;

  constructor(readonly server: ThrowawayNeo4j, readonly report: Report) {}

  get env(): NodeJS.ProcessEnv {
    const c = this.server.connection;
    return { ...process.env, NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database };
  }

  async connect(): Promise<void> {
    const c = this.server.connection;
    this.conn = await connectNeo4j({ uri: c.uri, username: c.username, password: c.password, database: c.database, local: true });
    await applySchema(this.conn);
  }

  async wipe(): Promise<void> {
    await runAutoCommit(this.conn, stripComments(readCypher('admin/wipe.cypher')));
  }

  async load(file: string, ...flags: string[]): Promise<ChildRun> {
    const run = await runKg(['load', file, '-q', ...flags], this.env);
    if (run.code !== 0) throw new Error(`kg load ${file} ${flags.join(' ')} exited ${run.code}`);
    return run;
  }

  /** Starts a load with one line per committed batch; `onBatch` may kill something. */
  loadWatching(file: string, onBatch: (batches: number, killLoader: () => void) => void): Promise<ChildRun> {
    let batches = 0;
    return runKg(['load', file, '--verbose', '--batch-size', '50'], this.env, (line, kill) => {
      if (line.startsWith('  batch:')) onBatch(++batches, kill);
    });
  }
}

function writeParts(corpus: string, dir: string): Record<string, string> {
  const lines = fs.readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const n = lines.length;
  const parts: Record<string, [number, number]> = { first100: [0, 100], half1: [0, Math.ceil(n / 2)], half2: [Math.ceil(n / 2), n], overlapA: [0, Math.ceil((2 * n) / 3)], overlapB: [Math.floor(n / 3), n] };
  const files: Record<string, string> = { all: corpus };
  for (const [name, [from, to]] of Object.entries(parts)) {
    files[name] = path.join(dir, `${name}.jsonl`);
    fs.writeFileSync(files[name], lines.slice(from, to).join('\n') + '\n');
  }
  files.count = String(n);
  return files;
}

async function crashScenarios(b: Bench, files: Record<string, string>, reference: string, diffs: Record<string, number>): Promise<void> {
  const half = Math.ceil(Number(files.count) / 50 / 2);
  await b.wipe();
  await b.loadWatching(files.all, (n, kill) => n >= half && kill());
  await b.load(files.all);
  diffs['loader killed -9 mid-load, rerun'] = dumpDiff(reference, await dumpGraph(b.conn));
  await b.wipe();
  const pid = readInstanceState(instancePaths(b.server.local.homeDir))?.pid;
  await b.loadWatching(files.all, (n) => n === half && pid !== undefined && process.kill(pid, 'SIGKILL'));
  await b.conn.driver.close().catch(() => undefined);
  b.report('Neo4j killed mid-load; restarting it');
  await startLocalNeo4j(b.server.local, b.report);
  await b.connect();
  await b.load(files.all);
  diffs['Neo4j killed -9 mid-load, restarted, rerun'] = dumpDiff(reference, await dumpGraph(b.conn));
}

async function concurrentScenarios(b: Bench, files: Record<string, string>, reference: string, diffs: Record<string, number>): Promise<void> {
  await b.wipe();
  await Promise.all([b.load(files.overlapA), b.load(files.overlapB)]);
  diffs['two loaders at once, overlapping thirds'] = dumpDiff(reference, await dumpGraph(b.conn));
  for (const n of [2, 4]) {
    await b.wipe();
    await Promise.all(Array.from({ length: n }, (_, i) => b.load(files.all, '--shard', `${i + 1}/${n}`)));
    diffs[`${n} shard loaders at once`] = dumpDiff(reference, await dumpGraph(b.conn));
  }
}

async function otherScenarios(b: Bench, files: Record<string, string>, reference: string, diffs: Record<string, number>): Promise<void> {
  b.report('two halves, the second first');
  await b.wipe();
  await b.load(files.half2);
  await b.load(files.half1);
  diffs['two halves, reverse order'] = dumpDiff(reference, await dumpGraph(b.conn));
  b.report('crashes: loader killed, Neo4j killed');
  await crashScenarios(b, files, reference, diffs);
  b.report('concurrent loaders');
  await concurrentScenarios(b, files, reference, diffs);
}

/** `loadOnly`: the load and the reload alone (no halves, crashes or concurrent loaders). */
export async function benchLifecycle(corpus: string, base: LocalNeo4jSettings, report: Report, loadOnly = false): Promise<LifecycleBench> {
  const server = await startThrowawayNeo4j(base, report, 'newsgraph-lifecycle-');
  const b = new Bench(server, report);
  try {
    await b.connect();
    const files = writeParts(corpus, server.tempDir);
    report('100 articles (memory baseline)');
    const load100 = await b.load(files.first100);
    await b.wipe();
    report(`all ${files.count} articles: load, then reload`);
    const load = await b.load(files.all);
    const reference = await dumpGraph(b.conn);
    const reload = await b.load(files.all);
    const diffs: Record<string, number> = { reload: dumpDiff(reference, await dumpGraph(b.conn)) };
    if (!loadOnly) await otherScenarios(b, files, reference, diffs);
    return {
      articles: Number(files.count),
      load: { ms: load.ms, peakRssMb: load.peakRssMb },
      reload: { ms: reload.ms, ratio: Math.round((reload.ms / load.ms) * 1000) / 1000 },
      load100: { peakRssMb: load100.peakRssMb },
      diffs,
    };
  } finally {
    await b.conn?.driver.close().catch(() => undefined);
    await stopThrowawayNeo4j(server);
  }
}
