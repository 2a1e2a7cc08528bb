// Builds the commander program: global options and one sub-command per file in ./commands.
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { NewsgraphError } from '../errors';
import { registerCommands } from './commands';

function readVersion(): string {
  const pkg: unknown = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '0.0.0';
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('kg')
    .description('newsgraph: turn news articles into a knowledge graph in Neo4j, every edge traced to its sentence.')
    .version(readVersion(), '-V, --version')
    .exitOverride((err: CommanderError) => {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        process.exit(0);
      }
      // One line and a hint, never the whole help text (exit 2, see report-error.ts).
      const hint = err.code === 'commander.unknownCommand' ? `Commands: ${program.commands.map((c) => c.name()).join(', ')}. See \`kg --help\`.` : 'See `kg --help` or `kg COMMAND --help`.';
      throw new NewsgraphError('USAGE', err.message.replace(/^error: /, '').replace(/\n[\s\S]*$/, ''), hint);
    })
    .configureOutput({ outputError: () => undefined });
  registerCommands(program);
  return program;
}
