// Registers every sub-command. Each command lives in its own file with a register function.
import type { Command } from 'commander';

export function registerCommands(program: Command): void {
  void program;
}
