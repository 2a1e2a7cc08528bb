// `kg stats`: node counts by label and relationship counts by type.
import type { Command } from 'commander';
import type { ConfigFlags } from '../../config';
import { withNeo4j } from '../../load/connect';
import { readCypher } from '../../load/cypher-file';
import { runCypherTable } from '../../query/run-named-query';
import { extractionStamp } from '../extraction-stamp';
import { addConnectionOptions, addVerbosityOptions, configFrom } from '../options';
import { renderTable } from '../table';

const EXAMPLES = `
Examples:
  kg stats
  kg stats --json | jq .relationships
  kg stats --aliases aliases.json      # stale count against the alias file the graph uses

"extracted by another version": articles whose stored extraction stamp (newsgraph version, rules,
alias file) differs from this installation's; kg load of their inputs re-extracts them.`;

export function registerStatsCommand(program: Command): void {
  addVerbosityOptions(addConnectionOptions(program.command('stats').description('count nodes by label and relationships by type')))
    .option('--json', 'print {labels: {...}, relationships: {...}, articles: {total, stale}} as JSON')
    .option('--aliases <file>', 'the alias file the graph is loaded with (for the stale count)')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: ConfigFlags & { json?: boolean }) => {
      const config = configFrom(flags);
      await withNeo4j(config, async (conn) => {
        const labels = await runCypherTable(conn, readCypher('stats/labels.cypher'), {});
        const types = await runCypherTable(conn, readCypher('stats/relationship-types.cypher'), {});
        const versions = await runCypherTable(conn, readCypher('stats/stale-articles.cypher'), { extraction: extractionStamp(config.aliasesFile).extraction });
        const articles = { total: Number(versions.rows[0]?.articles ?? 0), stale: Number(versions.rows[0]?.stale ?? 0) };
        if (flags.json) {
          const counts = (rows: typeof labels.rows, key: string): Record<string, number> =>
            Object.fromEntries(rows.map((r) => [String(r[key]), Number(r.count)]));
          process.stdout.write(JSON.stringify({ labels: counts(labels.rows, 'label'), relationships: counts(types.rows, 'type'), articles }, null, 2) + '\n');
          return;
        }
        process.stdout.write(`Neo4j at ${conn.target.uri}\n\n`);
        process.stdout.write(renderTable(labels.columns, labels.rows) + '\n');
        process.stdout.write(renderTable(types.columns, types.rows));
        process.stdout.write(`\nArticles: ${articles.total}, extracted by another version or alias file: ${articles.stale}${articles.stale > 0 ? ' (kg load of their inputs re-extracts them)' : ''}\n`);
      });
    });
}
