// `kg load INPUTS...`: extract and load into Neo4j, streaming in batches of articles, and print
// what changed. Exit 1 when extraction reported fatal warnings (after loading everything else).
import type { Command } from 'commander';
import type { ConfigFlags } from '../../config';
import { NewsgraphError } from '../../errors';
import { parseShard } from '../../ingest/shard';
import { connectNeo4j, resolveNeo4jTarget } from '../../load/connect';
import { DEFAULT_BATCH_SIZE } from '../../load/load-graph';
import { describeLoad, graphTotals } from '../load-report';
import { loadInputs } from '../load-inputs';
import { addConnectionOptions, addVerbosityOptions, configFrom } from '../options';
import { createReporter } from '../reporter';

const EXAMPLES = `
Examples:
  kg neo4j start && kg load examples/           # into the local Neo4j
  kg load articles/*.txt corpus.jsonl --date 2024-11-14
  NEO4J_URI=neo4j+s://xxx.databases.neo4j.io NEO4J_PASSWORD=... kg load news/
  kg load corpus.jsonl --shard 2/4              # one of four loaders running at once
  kg load a.txt --no-replace --quiet
  kg load corpus.jsonl --workers 2

Loading is idempotent and order-independent: an article already loaded by this version (same
extraction stamp) is skipped; one loaded by another version, or a corrected story (same source
or url, new text), replaces the old one (--no-replace keeps it). The graph is the same whatever
the batches, their order, a crash and rerun, or other loaders at the same time.`;

interface LoadFlags extends ConfigFlags {
  batchSize?: string;
  replace?: boolean;
  shard?: string;
}

export function parseBatchSize(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_BATCH_SIZE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new NewsgraphError('USAGE', `--batch-size must be a positive integer, got "${raw}"`);
  return n;
}

export function registerLoadCommand(program: Command): void {
  addVerbosityOptions(addConnectionOptions(program.command('load').description('extract articles and load the graph into Neo4j').argument('<inputs...>', 'files, directories, globs, - for stdin, .jsonl corpora')))
    .option('--date <YYYY-MM-DD>', 'anchor date for relative dates')
    .option('--aliases <file>', 'alias file that forces or forbids merges')
    .option('--batch-size <n>', `articles per write transaction (default ${DEFAULT_BATCH_SIZE})`)
    .option('--replace', 'replace articles loaded by another version and corrected stories (the default)')
    .option('--no-replace', 'keep articles loaded by another version; add corrected stories beside the old ones')
    .option('--shard <I/N>', 'load only shard I of N (stable split by article id)')
    .option('--workers <n>', 'worker threads for extraction (env NEWSGRAPH_WORKERS; default: number of cores, at most 8)')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: LoadFlags) => {
      const config = configFrom(flags);
      const reporter = createReporter(config);
      const options = { batchSize: parseBatchSize(flags.batchSize), replace: flags.replace !== false, shard: flags.shard ? parseShard(flags.shard) : undefined };
      // Connect first: a wrong password or a stopped server fails in seconds, before extraction.
      const conn = await connectNeo4j(resolveNeo4jTarget(config));
      try {
        const { summary, warnings } = await loadInputs(conn, inputs, config, reporter, options);
        reporter.warnings(warnings);
        process.stdout.write(`Loaded into ${conn.target.uri}: ${describeLoad(summary)}\n${await graphTotals(conn)}\n`);
        const fatal = warnings.filter((w) => w.fatal);
        if (fatal.length > 0) {
          throw new NewsgraphError('INPUT_UNREADABLE', `${fatal.length} input(s) could not be processed (see above); the rest was loaded`, 'Fix or remove those inputs and run kg load again (loading is idempotent).');
        }
      } finally {
        await conn.driver.close();
      }
    });
}
