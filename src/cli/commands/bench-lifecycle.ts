// `kg bench-lifecycle CORPUS.jsonl`: the graph-over-time bars on a throwaway local Neo4j (never the
// user's database): load/reload time and dump diffs for halves, crashes, concurrent and sharded
// loaders (bench/bench-lifecycle.ts), then synthetic articles on the same few edges loaded in
// batches (bench/bench-batches.ts). Prints figures; never fails on a slow one.
import type { Command } from 'commander';
import { benchBatches, type BatchBench } from '../../bench/bench-batches';
import { benchLifecycle, type LifecycleBench } from '../../bench/bench-lifecycle';
import { applySchema } from '../../load/apply-schema';
import { connectNeo4j } from '../../load/connect';
import { startThrowawayNeo4j, stopThrowawayNeo4j } from '../../neo4j/throwaway-neo4j';
import type { Config } from '../../config';
import { addVerbosityOptions, configFrom } from '../options';
import { createReporter } from '../reporter';

interface Flags {
  batch: string;
  corpus?: boolean;
  synthetic?: string | false;
  loadOnly?: boolean;
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

async function syntheticBench(config: Config, articles: number, batch: number, report: (m: string) => void): Promise<BatchBench> {
  const server = await startThrowawayNeo4j(config.local, report, 'newsgraph-batches-');
  const c = server.connection;
  const conn = await connectNeo4j({ uri: c.uri, username: c.username, password: c.password, database: c.database, local: true });
  try {
    await applySchema(conn);
    return await benchBatches(conn, articles, batch, report);
  } finally {
    await conn.driver.close();
    await stopThrowawayNeo4j(server);
  }
}

function print(corpus: LifecycleBench | undefined, batches: BatchBench | undefined): void {
  const lines: string[] = [];
  if (corpus) {
    lines.push(`corpus              ${corpus.articles} articles`);
    lines.push(`load                ${(corpus.load.ms / 1000).toFixed(1)} s, peak RSS ${corpus.load.peakRssMb} MB (100 articles: ${corpus.load100.peakRssMb} MB, ratio ${(corpus.load.peakRssMb / Math.max(1, corpus.load100.peakRssMb)).toFixed(2)})`);
    lines.push(`reload (no-op)      ${(corpus.reload.ms / 1000).toFixed(1)} s = ${(corpus.reload.ratio * 100).toFixed(1)}% of the load (bar: under 20%)`);
    lines.push('dump diff against the single load (lines; 0 = the same graph):');
    for (const [name, diff] of Object.entries(corpus.diffs)) lines.push(`  ${name.padEnd(44)} ${diff}`);
  }
  if (batches) lines.push(...batchLines(batches));
  process.stdout.write(lines.join('\n') + '\n');
}

function batchLines(batches: BatchBench): string[] {
  const lines: string[] = [];
  lines.push(`synthetic           ${batches.articles} articles on the same 3 edges, batches of ${batches.batchSize}`);
  lines.push(`time per batch      ${batches.batchMs.join(', ')} ms (last/second ${batches.flatness}, bar: 1.5)`);
  lines.push(`evidence appended   ${batches.evidencePerSecond} records/s`);
  lines.push(`remove one article  ${batches.removeOneMs} ms from the full graph, the first (statements planned); then median ${batches.removeNextMs} ms (bar: under 1 s)`);
  return lines;
}

export function registerBenchLifecycleCommand(program: Command): void {
  const cmd = program
    .command('bench-lifecycle')
    .description('measure reload, crash, concurrent and sharded loads against one load, and batch cost on a growing graph (throwaway Neo4j)')
    .argument('[corpus]', 'a .jsonl corpus (e.g. ../shared/corpora/bbc-news.jsonl)')
    .option('--synthetic <n>', 'synthetic articles for the batch benchmark', '5000')
    .option('--batch <n>', 'articles per batch in the batch benchmark', '500')
    .option('--no-corpus', 'only the synthetic batch benchmark')
    .option('--no-synthetic', 'only the corpus part')
    .option('--load-only', 'of the corpus part, only the load and the reload (no halves, crashes or concurrent loaders)')
    .option('--json', 'print the figures as JSON');
  addVerbosityOptions(cmd).addHelpText('after', `
Examples:
  kg bench-lifecycle ../shared/corpora/bbc-news.jsonl          # about 10 full loads: take your time
  kg bench-lifecycle --no-corpus --synthetic 5000 --batch 500
  kg bench-lifecycle ../shared/corpora/bbc-news.jsonl --load-only --no-synthetic   # load time alone`);
  cmd.action(async (corpus: string | undefined, flags: Flags) => {
    const config = configFrom(flags);
    const report = createReporter(config).info;
    const lifecycle = corpus && flags.corpus !== false ? await benchLifecycle(corpus, config.local, report, flags.loadOnly === true) : undefined;
    const batches = flags.synthetic === false ? undefined : await syntheticBench(config, Number(flags.synthetic) || 5000, Number(flags.batch) || 500, report);
    if (flags.json) process.stdout.write(JSON.stringify({ lifecycle, batches }, null, 2) + '\n');
    else print(lifecycle, batches);
  });
}
