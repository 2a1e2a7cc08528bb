// Builds the commander program: global options and one sub-command per file in ./commands.
import { Command, CommanderError } from 'commander';
import { NewsgraphError } from '../errors';
import { registerCommands } from './commands';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('kg')
    .description('newsgraph: turn news articles into a knowledge graph in Neo4j, every edge traced to its sentence.')
    .showHelpAfterError()
    .exitOverride((err: CommanderError) => {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        process.exit(0);
      }
      throw new NewsgraphError('USAGE', err.message.replace(/^error: /, ''), 'See `kg --help` or `kg COMMAND --help`.');
    })
    .configureOutput({ outputError: () => undefined });
  registerCommands(program);
  return program;
}
