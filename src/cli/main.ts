#!/usr/bin/env node
// Entry point of the `kg` command. The CLI is the only place that prints errors and exits.
import './tune-heap';
import './tune-jit';
import { buildProgram } from './program';
import { exitWithError } from './report-error';

/** `kg extract ... | head`: the reader went away; stop quietly instead of printing a stack trace. */
function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

async function main(argv: string[]): Promise<void> {
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    exitWithError(err, argv.includes('--verbose') || argv.includes('-v'));
  }
}

void main(process.argv);
