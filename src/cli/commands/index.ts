// Registers every sub-command. Each command lives in its own file with a register function.
import type { Command } from 'commander';
import { registerEvalCommand } from './eval';
import { registerExtractCommand } from './extract';

export function registerCommands(program: Command): void {
  registerExtractCommand(program);
  registerEvalCommand(program);
}
