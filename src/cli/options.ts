// Shared option sets and the one place where the CLI turns flags + process.env into a Config.
import type { Command } from 'commander';
import { resolveConfig, type Config, type ConfigFlags } from '../config';

export function addVerbosityOptions(cmd: Command): Command {
  return cmd
    .option('-q, --quiet', 'print nothing but results and errors')
    .option('-v, --verbose', 'print more detail, and stack traces on errors');
}

export function addConnectionOptions(cmd: Command): Command {
  return cmd
    .option('--uri <uri>', 'Bolt URI of your Neo4j (env NEO4J_URI; default: the local Neo4j of `kg neo4j`)')
    .option('--username <name>', 'Neo4j user (env NEO4J_USERNAME; default neo4j)')
    .option('--password <password>', 'Neo4j password (env NEO4J_PASSWORD; default: the local Neo4j password file)')
    .option('--database <name>', 'Neo4j database (env NEO4J_DATABASE; default neo4j)');
}

export function addLocalServerOptions(cmd: Command): Command {
  return cmd
    .option('--bolt-port <port>', 'Bolt port of the local Neo4j (default 7687)')
    .option('--http-port <port>', 'HTTP/Browser port of the local Neo4j (default 7474)')
    .option('--home <dir>', 'folder of the local Neo4j instance (env NEWSGRAPH_HOME)');
}

/** The only call that reads process.env: flags > env > defaults. */
export function configFrom(flags: ConfigFlags): Config {
  return resolveConfig(flags, process.env);
}
