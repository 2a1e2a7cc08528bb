// Prints a NewsgraphError as "error: message" plus its hint, and exits: 2 for usage errors,
// 1 for everything else. Stack traces only with --verbose.
import { isUsageError, toNewsgraphError } from '../errors';
import { redactUri } from '../load/uri-credentials';
import { escapeControl } from './escape-control';

export function formatError(err: unknown, verbose: boolean): string {
  const e = toNewsgraphError(err);
  const lines = [`error: ${escapeControl(redactUri(e.message))}`];
  if (e.hint) lines.push(`hint: ${escapeControl(redactUri(e.hint))}`);
  if (verbose) {
    const original = e.cause instanceof Error ? e.cause : e;
    if (original.stack) lines.push(redactUri(original.stack));
  }
  return lines.join('\n');
}

export function exitWithError(err: unknown, verbose: boolean): never {
  process.stderr.write(formatError(err, verbose) + '\n');
  process.exit(isUsageError(err) ? 2 : 1);
}
