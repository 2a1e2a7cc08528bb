// `kg demo` (what `npm start` runs): start the local Neo4j, load the example articles, print
// counts, the Browser URL with credentials, and a query to paste. Uses NEO4J_URI when set.
import path from 'node:path';
import type { Command } from 'commander';
import type { ConfigFlags } from '../../config';
import { connectNeo4j, resolveNeo4jTarget } from '../../load/connect';
import { readCypher, stripComments } from '../../load/cypher-file';
import { startLocalNeo4jWithBrowser } from '../../browser/browser-extras';
import { getLocalNeo4jStatus } from '../../neo4j/local-neo4j';
import { addConnectionOptions, addLocalServerOptions, addVerbosityOptions, configFrom } from '../options';
import { loadInputs } from '../load-inputs';
import { describeLoad, graphTotals } from '../load-report';
import { createReporter } from '../reporter';

const EXAMPLES_DIR = path.join(__dirname, '..', '..', '..', '..', 'examples');


export function registerDemoCommand(program: Command): void {
  const cmd = program
    .command('demo')
    .description('start the local Neo4j, load the example articles, and print where to look (npm start)')
    .argument('[inputs...]', 'articles to load instead of the bundled examples/');
  addVerbosityOptions(addLocalServerOptions(addConnectionOptions(cmd))).action(async (inputs: string[], flags: ConfigFlags) => {
    const config = configFrom(flags);
    const reporter = createReporter(config);
    const own = !config.neo4j.uri;
    if (own) {
      const started = await startLocalNeo4jWithBrowser(config.local, reporter.info);
      reporter.info(started.alreadyRunning ? 'Local Neo4j already running.' : `Local Neo4j up after ${(started.ms / 1000).toFixed(1)} s.`);
    }
    const conn = await connectNeo4j(resolveNeo4jTarget(config));
    try {
      const { summary, warnings } = await loadInputs(conn, inputs.length ? inputs : [EXAMPLES_DIR], config, reporter);
      reporter.warnings(warnings);
      const lines = [`Loaded ${describeLoad(summary)}`, await graphTotals(conn), ''];
      if (own) {
        const status = getLocalNeo4jStatus(config.local);
        lines.push(`Neo4j Browser: ${status.browserUrl}`, `  connect to ${status.boltUri} as neo4j; the password is in ${status.passwordFile}`);
        lines.push('  (or run: eval "$(npx kg neo4j env)" to get NEO4J_URI/USERNAME/PASSWORD in your shell)');
      } else lines.push(`Loaded into ${conn.target.uri}.`);
      lines.push('', 'Paste this into Browser to see who met whom:', `  ${stripComments(readCypher('browser/first-look.cypher'))}`, '', 'Or from the shell:', '  npx kg query who-met-whom', '  npx kg query evidence --param a=Musk --param b=Iravani');
      process.stdout.write(lines.join('\n') + '\n');
    } finally {
      await conn.driver.close();
    }
  });
}
