// Registers every sub-command. Each command lives in its own file with a register function.
import type { Command } from 'commander';
import { registerNeo4jCommand } from './neo4j';

export function registerCommands(program: Command): void {
  registerNeo4jCommand(program);
}
