// `kg load INPUTS...`: extract the graph, apply the schema, load it into Neo4j, print counts.
// Exit 1 when extraction reported fatal warnings (after loading everything else).
import type { Command } from 'commander';
import type { ConfigFlags } from '../../config';
import { NewsgraphError } from '../../errors';
import { connectNeo4j, resolveNeo4jTarget } from '../../load/connect';
import { DEFAULT_BATCH_SIZE } from '../../load/load-graph';
import { loadInputs, relationCounts } from '../load-inputs';
import { addConnectionOptions, addVerbosityOptions, configFrom } from '../options';
import { createReporter } from '../reporter';

const EXAMPLES = `
Examples:
  kg neo4j start && kg load examples/           # into the local Neo4j
  kg load articles/*.txt corpus.jsonl --date 2024-11-14
  NEO4J_URI=neo4j+s://xxx.databases.neo4j.io NEO4J_PASSWORD=... kg load news/
  kg load a.txt --batch-size 1000 --quiet
  kg load corpus.jsonl --workers 2

Loading is idempotent: the same input twice changes nothing; a new article adds its evidence to
the edges it supports.`;

interface LoadFlags extends ConfigFlags {
  batchSize?: string;
}

function parseBatchSize(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_BATCH_SIZE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new NewsgraphError('USAGE', `--batch-size must be a positive integer, got "${raw}"`);
  return n;
}

export function registerLoadCommand(program: Command): void {
  addVerbosityOptions(addConnectionOptions(program.command('load').description('extract articles and load the graph into Neo4j').argument('<inputs...>', 'files, directories, globs, - for stdin, .jsonl corpora')))
    .option('--date <YYYY-MM-DD>', 'anchor date for relative dates')
    .option('--aliases <file>', 'alias file that forces or forbids merges')
    .option('--batch-size <n>', `rows per write transaction (default ${DEFAULT_BATCH_SIZE})`)
    .option('--workers <n>', 'worker threads for extraction (env NEWSGRAPH_WORKERS; default: number of cores, at most 8)')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: LoadFlags) => {
      const config = configFrom(flags);
      const reporter = createReporter(config);
      const batchSize = parseBatchSize(flags.batchSize);
      // Connect first: a wrong password or a stopped server fails in seconds, before extraction.
      const conn = await connectNeo4j(resolveNeo4jTarget(config));
      try {
        const { summary, warnings } = await loadInputs(conn, inputs, config, reporter, batchSize);
        process.stdout.write(`Loaded into ${conn.target.uri}: ${summary.articles} articles, ${summary.entities} entities, ${summary.quotes} quotes, ${summary.mentions} MENTIONS, ${summary.said} SAID; relations: ${relationCounts(summary)}.\n`);
        process.stdout.write(`New in the database: ${summary.changes.nodesCreated} nodes, ${summary.changes.relationshipsCreated} relationships.\n`);
        const fatal = warnings.filter((w) => w.fatal);
        if (fatal.length > 0) {
          throw new NewsgraphError('INPUT_UNREADABLE', `${fatal.length} input(s) could not be processed (see above); the rest was loaded`, 'Fix or remove those inputs and run kg load again (loading is idempotent).');
        }
      } finally {
        await conn.driver.close();
      }
    });
}
