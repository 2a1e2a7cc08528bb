#!/usr/bin/env node
// Entry point of the `kg` command. The CLI is the only place that prints errors and exits.
import './tune-heap';
import { buildProgram } from './program';
import { exitWithError } from './report-error';

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    exitWithError(err, argv.includes('--verbose') || argv.includes('-v'));
  }
}

void main(process.argv);
