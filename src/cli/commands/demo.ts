// `kg demo` (what `npm start` runs): start the local Neo4j, load the example articles, print
// counts, the Browser URL with credentials, and a query to paste. Uses NEO4J_URI when set.
import type { Command } from 'commander';
import type { ConfigFlags } from '../../config';
import { connectNeo4j, resolveNeo4jTarget } from '../../load/connect';
import { readCypher, stripComments } from '../../load/cypher-file';
import { startLocalNeo4jWithBrowser } from '../../browser/browser-extras';
import { getLocalNeo4jStatus, localUpMessage } from '../../neo4j/local-neo4j';
import { addConnectionOptions, addLocalServerOptions, addVerbosityOptions, configFrom } from '../options';
import { loadInputs } from '../load-inputs';
import { describeLoad, graphTotals } from '../load-report';
import { examplesInput } from '../examples-input';
import { createReporter } from '../reporter';

const EXAMPLES = `
Examples:
  npm start                                 # the same as: kg demo
  kg demo                                   # start the local Neo4j, load examples/, print where to look
  kg demo ../shared/seeds/*.txt             # load these articles instead of examples/
  NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... kg demo   # use your own Neo4j`;

export function registerDemoCommand(program: Command): void {
  const cmd = program
    .command('demo')
    .description('start the local Neo4j, load the example articles, and print where to look (npm start)')
    .argument('[inputs...]', 'articles to load instead of the bundled examples/');
  addVerbosityOptions(addLocalServerOptions(addConnectionOptions(cmd))).addHelpText('after', EXAMPLES).action(async (inputs: string[], flags: ConfigFlags) => {
    const config = configFrom(flags);
    const reporter = createReporter(config);
    const own = !config.neo4j.uri;
    if (own) {
      const started = await startLocalNeo4jWithBrowser(config.local, reporter.info);
      reporter.info(started.alreadyRunning ? 'Local Neo4j already running.' : localUpMessage(started.ms));
    }
    const conn = await connectNeo4j(resolveNeo4jTarget(config));
    try {
      const { summary, warnings } = await loadInputs(conn, inputs.length ? inputs : [examplesInput(process.cwd())], config, reporter);
      reporter.warnings(warnings);
      const lines = [`Loaded ${describeLoad(summary)}`, await graphTotals(conn), ''];
      if (own) {
        const status = getLocalNeo4jStatus(config.local);
        lines.push(`Neo4j Browser: ${status.browserUrl}`, `  connect to ${status.boltUri} as neo4j; the password is in ${status.passwordFile}`);
        lines.push('  (or run: eval "$(npx kg neo4j env)" to get NEO4J_URI/USERNAME/PASSWORD in your shell)');
      } else lines.push(`Loaded into ${conn.target.uri}.`);
      lines.push('', 'Paste this into Browser to see who met whom:', `  ${stripComments(readCypher('browser/first-look.cypher'))}`, '', 'Or from the shell:', '  npx kg query who-met-whom', '  npx kg query evidence --param a=Whitfield --param b=Karro');
      process.stdout.write(lines.join('\n') + '\n');
    } finally {
      await conn.driver.close();
    }
  });
}
