// `kg query NAME --param k=v`: run a named query from cypher/queries/ (table or --json);
// `kg query --list` shows them with their parameters.
import type { Command } from 'commander';
import type { ConfigFlags } from '../../config';
import { NewsgraphError } from '../../errors';
import { withNeo4j } from '../../load/connect';
import { findNamedQuery, listNamedQueries } from '../../query/query-catalog';
import { buildQueryParams } from '../../query/query-params';
import { runNamedQuery } from '../../query/run-named-query';
import { addConnectionOptions, addVerbosityOptions, configFrom } from '../options';
import { renderTable } from '../table';

const EXAMPLES = `
Examples:
  kg query --list
  kg query who-met-whom
  kg query who-met-whom --param name=Whitfield
  kg query neighbourhood --param name=Karro
  kg query shortest-path --param from=Fenwick --param to=Karro
  kg query roles --param name=Karro
  kg query evidence --param a=Whitfield --param b=Karro --json
  kg query most-connected --param limit=10

Each query is a file in cypher/queries/; its header names the parameters. In Neo4j Browser set them
with :param (e.g. :param name => "Whitfield") and paste the file's statement.`;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function listText(): string {
  return listNamedQueries()
    .map((q) => {
      const params = q.params.map((p) => `    --param ${p.name}=<${p.type}>${p.defaultValue === undefined ? ' (required)' : ` (default "${p.defaultValue}")`}  ${p.description}`);
      return [`${q.name}`, `    ${q.description}`, ...params].join('\n');
    })
    .join('\n\n') + '\n';
}

interface QueryFlags extends ConfigFlags {
  param: string[];
  json?: boolean;
  list?: boolean;
}

export function registerQueryCommand(program: Command): void {
  addVerbosityOptions(addConnectionOptions(program.command('query').description('run a named query from cypher/queries/').argument('[name]', 'query name (see --list)')))
    .option('-p, --param <key=value>', 'a query parameter (repeatable)', collect, [])
    .option('--json', 'print the rows as a JSON array')
    .option('--list', 'list the named queries and their parameters')
    .addHelpText('after', EXAMPLES)
    .action(async (name: string | undefined, flags: QueryFlags) => {
      if (flags.list) {
        process.stdout.write(listText());
        return;
      }
      if (!name) {
        throw new NewsgraphError('USAGE', 'missing the query name', `Available: ${listNamedQueries().map((q) => q.name).join(', ')} (see \`kg query --list\`).`);
      }
      const query = findNamedQuery(name);
      const params = buildQueryParams(query, flags.param);
      const config = configFrom(flags);
      const table = await withNeo4j(config, (conn) => runNamedQuery(conn, query, params));
      process.stdout.write(flags.json ? JSON.stringify(table.rows, null, 2) + '\n' : table.note ? `${table.note}\n` : renderTable(table.columns, table.rows));
    });
}
