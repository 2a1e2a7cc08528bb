// `kg bench`: measured figures for the SPEC quality bars (extraction speed against a bare
// compromise parse, worker-thread speed-up, peak memory). Prints; never fails on a slow figure.
import type { Command } from 'commander';
import { runSizeBench } from './bench-sizes';
import { SIZE_SHAPES } from '../../bench/size-corpus';
import { NewsgraphError } from '../../errors';
import { benchBulk } from '../../bench/bench-bulk';
import { benchLoading, type LoadingBench } from '../../bench/bench-loading';
import { benchWorkers } from '../../bench/bench-workers';
import { extractGraph } from '../../pipeline/extract-graph';
import { createReporter } from '../reporter';
import { addVerbosityOptions, configFrom } from '../options';

interface BenchFlags {
  limit: string;
  rounds: string;
  workers?: string;
  json?: boolean;
  load?: boolean;
  sizes?: string;
  shapes?: string;
  bulk?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

export function registerBenchCommand(program: Command): void {
  const cmd = program
    .command('bench')
    .description('measure extraction speed against a bare compromise parse of the same texts, and worker threads against one')
    .argument('[inputs...]', 'articles to measure on (files, directories, .jsonl corpora); not needed with --sizes')
    .option('--limit <n>', 'at most this many articles', '300')
    .option('--rounds <n>', 'repeat the timed passes and keep the best', '2')
    .option('--workers <n>', 'worker threads to compare with one (default: number of cores, at least 2)')
    .option('--load', 'also measure loading on a throwaway local Neo4j: batched vs one transaction per row vs CSV import')
    .option('--sizes <mb,...>', 'instead: seconds per MB on generated inputs of these sizes (e.g. 1,5,20), to check that time grows linearly')
    .option('--shapes <list>', `with --sizes: which shapes (${SIZE_SHAPES.join(',')})`, SIZE_SHAPES.join(','))
    .option('--bulk', 'only loading into an empty throwaway Neo4j: kg load against the CSV bulk path (kg neo4j import); no extraction timing')
    .option('--json', 'print the figures as JSON');
  addVerbosityOptions(cmd).addHelpText(
    'after',
    `
Examples:
  kg bench ../shared/corpora/bbc-news.jsonl --limit 300 --workers 2 --rounds 3
  kg bench examples/ --json
  kg bench ../shared/corpora/bbc-news.jsonl --limit 100 --load
  kg bench ../shared/corpora/bbc-news.jsonl --limit 1697 --bulk
  kg bench --sizes 1,5,20                      # seconds per MB by input shape and size`,
  );
  cmd.action(async (inputs: string[], flags: BenchFlags) => {
    const config = configFrom(flags);
    if (flags.sizes !== undefined) return runSizeBench(flags, config.workers);
    if (inputs.length === 0) throw new NewsgraphError('USAGE', 'kg bench needs inputs (or --sizes)', 'Example: kg bench examples/ or kg bench --sizes 1,5,20');
    const limit = Number(flags.limit) || 300;
    if (flags.bulk) {
      const { graph } = await extractGraph(inputs, config, { limit });
      const b = await benchBulk(graph, config.local, createReporter(config).info);
      const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
      process.stdout.write(flags.json ? JSON.stringify({ bulk: b }, null, 2) + '\n' : [
        `graph               ${b.nodes} nodes, ${b.relationships} relationships (empty database before each)`,
        `kg load             ${s(b.loadMs)} (schema + batched transactions)`,
        `CSV files           ${s(b.exportMs)} to write (${b.csvMb} MB)`,
        `kg neo4j import     ${s(b.importMs)} (check, neo4j-admin ${s(b.adminMs)}, switch, restart, lists, schema)`,
      ].join('\n') + '\n');
      return;
    }
    const rounds = Number(flags.rounds) || 2;
    // Loaded here, not at start-up: it loads the NLP models, which no other command's main thread needs.
    const { benchExtraction } = await import('../../bench/bench-extraction');
    const r = await benchExtraction(inputs, limit, rounds);
    const w = benchWorkers(inputs, limit, Math.max(2, config.workers), rounds, config.tmpDir);
    let loading: LoadingBench | undefined;
    if (flags.load) {
      const { graph } = await extractGraph(inputs, config, { limit });
      loading = await benchLoading(graph, config.local, createReporter(config).info);
    }
    if (flags.json) {
      process.stdout.write(JSON.stringify({ extraction: r, workers: w, loading }, null, 2) + '\n');
      return;
    }
    const perArticle = (ms: number): string => (r.articles ? (ms / r.articles).toFixed(1) : '0');
    process.stdout.write(
      [
        `articles            ${r.articles} (${r.chars} chars)`,
        `bare compromise     ${r.parseMs} ms (${perArticle(r.parseMs)} ms/article)`,
        `pipeline, 1 thread  ${r.pipelineMs} ms (${perArticle(r.pipelineMs)} ms/article)`,
        `ratio               ${r.ratio}x a bare parse (SPEC bar: 1.5x; with the syntax stage: 2x)`,
        `syntax stage        ${r.syntax.tokensPerSecond} tokens/s (${r.syntax.tokens} UD tokens in ${r.syntax.ms} ms), model load ${r.syntax.loadMs} ms`,
        `peak RSS            ${r.peakRssMb} MB`,
        `kg extract, 1 worker   ${w.one.wallMs} ms wall, ${w.one.cpuMs} ms CPU, ${w.one.peakRssMb} MB peak RSS (fresh process, start-up included)`,
        `kg extract, ${w.many.workers} workers  ${w.many.wallMs} ms wall, ${w.many.cpuMs} ms CPU, ${w.many.peakRssMb} MB peak RSS`,
        `workers             ${w.speedup}x the throughput of one (bar: 1.7x for 2 on 2 idle cores), ${w.cpuRatio}x its CPU time (bar: 1.1x)`,
      ].join('\n') + '\n',
    );
    if (loading) {
      const rate = (ms: number): string => `${Math.round(loading.relationships / (ms / 1000))} relationships/s`;
      process.stdout.write(
        [
          `graph               ${loading.nodes} nodes, ${loading.relationships} relationships`,
          `batched load        ${loading.batchedMs} ms (${rate(loading.batchedMs)})`,
          `one tx per row      ${loading.perRowMs} ms (${rate(loading.perRowMs)})`,
          `speed-up            ${loading.speedup}x (SPEC bar: 10x)`,
          `CSV bulk import     ${loading.csvImportMs} ms (neo4j-admin into a new database folder; kg bench --bulk times the whole kg neo4j import)`,
        ].join('\n') + '\n',
      );
    }
  });
}
