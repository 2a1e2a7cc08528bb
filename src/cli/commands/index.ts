// Registers every sub-command. Each command lives in its own file with a register function.
import type { Command } from 'commander';
import { registerBenchCommand } from './bench';
import { registerBenchLifecycleCommand } from './bench-lifecycle';
import { registerDemoCommand } from './demo';
import { registerEvalCommand } from './eval';
import { registerExtractCommand } from './extract';
import { registerLoadCommand } from './load';
import { registerMakeCorpusCommand } from './make-corpus';
import { registerNeo4jCommand } from './neo4j';
import { registerQueryCommand } from './query';
import { registerRemoveCommand } from './remove';
import { registerSchemaCommand } from './schema';
import { registerStatsCommand } from './stats';

export function registerCommands(program: Command): void {
  registerExtractCommand(program);
  registerLoadCommand(program);
  registerRemoveCommand(program);
  registerSchemaCommand(program);
  registerStatsCommand(program);
  registerQueryCommand(program);
  registerNeo4jCommand(program);
  registerBenchCommand(program);
  registerBenchLifecycleCommand(program);
  registerMakeCorpusCommand(program);
  registerDemoCommand(program);
  registerEvalCommand(program);
}
