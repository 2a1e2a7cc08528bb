// `kg neo4j start|stop|status|env`: the local Neo4j that the tool provisions itself.
import type { Command } from 'commander';
import { browserGuideUrl, guideStatusLine, startLocalNeo4jWithBrowser, stopBrowserExtras } from '../../browser/browser-extras';
import { getLocalNeo4jStatus, localNeo4jConnection, localUpMessage, stopLocalNeo4j, type LocalNeo4jStatus } from '../../neo4j/local-neo4j';
import { addLocalServerOptions, addVerbosityOptions, configFrom } from '../options';
import { createReporter } from '../reporter';
import type { ConfigFlags } from '../../config';
import { NewsgraphError } from '../../errors';
import { importCsvIntoLocalNeo4j } from '../../neo4j/import-csv';

const EXAMPLES = `
Examples:
  kg neo4j start                      # first run resolves Neo4j 5.26 with Maven, then starts it
  kg neo4j start --bolt-port 7688 --http-port 7475
  kg neo4j status                     # running or stopped, Bolt URI and Browser URL
  eval "$(kg neo4j env)"              # export NEO4J_URI/USERNAME/PASSWORD/DATABASE for other tools
  kg neo4j stop

The instance folder (config, data, logs, password file) is ~/.local/share/newsgraph/neo4j unless
--home or NEWSGRAPH_HOME says otherwise; jars stay in ~/.m2, a classpath file in ~/.cache/newsgraph.
With NEO4J_URI set, the other commands use that server and this one is not needed.`;

function statusLines(s: LocalNeo4jStatus): string {
  return [
    `status:   ${s.running ? `running (pid ${s.pid})` : 'stopped'}`,
    `bolt:     ${s.boltUri}`,
    `browser:  ${s.browserUrl}`,
    `user:     neo4j (password in ${s.passwordFile})`,
    `home:     ${s.home}`,
  ].join('\n');
}

/** Single-quoted for a POSIX shell. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function withOptions(cmd: Command): Command {
  return addVerbosityOptions(addLocalServerOptions(cmd));
}

export function registerNeo4jCommand(program: Command): void {
  const neo4j = program.command('neo4j').description('manage the local Neo4j that newsgraph provisions (start, stop, status, env)').addHelpText('after', EXAMPLES);

  withOptions(neo4j.command('start').description('start the local Neo4j (a no-op when it is already running)'))
    .addHelpText('after', EXAMPLES)
    .action(async (flags: ConfigFlags) => {
      const config = configFrom(flags);
      const reporter = createReporter(config);
      const result = await startLocalNeo4jWithBrowser(config.local, reporter.info);
      if (result.alreadyRunning) reporter.info(`Neo4j is already running (pid ${result.status.pid}); nothing to do.`);
      else reporter.info(localUpMessage(result.ms));
      process.stdout.write(statusLines(result.status) + '\n' + guideStatusLine(result.guideUrl));
    });

  withOptions(neo4j.command('import').description('replace the local database with CSV files from `kg extract --format csv` (bulk path, neo4j-admin)'))
    .argument('<dir>', 'folder written by kg extract --format csv --out DIR')
    .option('--force', 'confirm that the current local database is replaced')
    .addHelpText('after', `
Examples:
  kg extract corpus.jsonl --format csv --out import/ && kg neo4j import import/ --force

The files are checked first and neo4j-admin imports them into a new database folder while the
server keeps running; only then is the server stopped, the new database put in place, started
and given the schema. If anything fails, the previous database is back and running.`)
    .action(async (dir: string, flags: ConfigFlags & { force?: boolean }) => {
      const config = configFrom(flags);
      if (!flags.force) throw new NewsgraphError('USAGE', 'kg neo4j import replaces the whole local database', 'Add --force to confirm; use `kg load` to add to it instead.');
      const reporter = createReporter(config);
      const outcome = await importCsvIntoLocalNeo4j(config.local, dir, reporter.info, {
        start: (local) => startLocalNeo4jWithBrowser(local, reporter.info),
        stop: async (local) => {
          await stopLocalNeo4j(local);
          await stopBrowserExtras(local.homeDir);
        },
      });
      reporter.info(`Imported in ${(outcome.ms / 1000).toFixed(1)} s (neo4j-admin ${(outcome.adminMs / 1000).toFixed(1)} s)`);
      const status = getLocalNeo4jStatus(config.local);
      process.stdout.write(`${outcome.summary}\n${statusLines(status)}\n${guideStatusLine(await browserGuideUrl(config.local.homeDir))}`);
    });

  withOptions(neo4j.command('stop').description('stop the local Neo4j cleanly (SIGTERM, then wait)'))
    .addHelpText('after', EXAMPLES)
    .action(async (flags: ConfigFlags) => {
      const config = configFrom(flags);
      const result = await stopLocalNeo4j(config.local);
      await stopBrowserExtras(config.local.homeDir);
      if (!result.wasRunning) process.stdout.write(`Neo4j in ${result.home} is not running; nothing to stop.\n`);
      else if (result.forced) process.stdout.write(`Neo4j did not stop within the time limit and was killed (${(result.ms / 1000).toFixed(1)} s).\n`);
      else process.stdout.write(`Neo4j stopped cleanly in ${(result.ms / 1000).toFixed(1)} s.\n`);
    });

  withOptions(neo4j.command('status').description('print running/stopped, the Bolt URI and the Browser URL'))
    .option('--json', 'print the status as JSON')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: ConfigFlags & { json?: boolean }) => {
      const local = configFrom(flags).local;
      const status = getLocalNeo4jStatus(local);
      const guideUrl = status.running ? await browserGuideUrl(local.homeDir) : undefined;
      process.stdout.write(flags.json ? JSON.stringify({ ...status, guideUrl }, null, 2) + '\n' : statusLines(status) + '\n' + guideStatusLine(guideUrl));
    });

  withOptions(neo4j.command('env').description('print export lines for eval "$(kg neo4j env)"'))
    .addHelpText('after', EXAMPLES)
    .action((flags: ConfigFlags) => {
      const c = localNeo4jConnection(configFrom(flags).local);
      const lines = [
        `export NEO4J_URI=${shellQuote(c.uri)}`,
        `export NEO4J_USERNAME=${shellQuote(c.username)}`,
        `export NEO4J_PASSWORD=${shellQuote(c.password)}`,
        `export NEO4J_DATABASE=${shellQuote(c.database)}`,
      ];
      process.stdout.write(lines.join('\n') + '\n');
    });
}
