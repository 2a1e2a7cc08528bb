// The one error type of newsgraph. Every failure a user can meet carries a stable code and a
// hint that says what to do about it; only the CLI prints these and chooses the exit code.

export type ErrorCode =
  | 'USAGE'
  | 'INPUT_MISSING'
  | 'INPUT_UNREADABLE'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_MALFORMED'
  | 'CONFIG_INVALID'
  | 'NEO4J_UNREACHABLE'
  | 'NEO4J_AUTH'
  | 'NEO4J_QUERY'
  | 'NEO4J_PROVISION'
  | 'NEO4J_START_TIMEOUT'
  | 'QUERY_UNKNOWN'
  | 'QUERY_PARAM'
  | 'ACTOR_UNKNOWN'
  | 'GRAPH_INVALID'
  | 'ALIASES_INVALID'
  | 'GOLD_INVALID'
  | 'INTERNAL';

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;
  readonly cause?: unknown;

  constructor(code: ErrorCode, message: string, hint = '', cause?: unknown) {
    super(message);
    this.name = 'NewsgraphError';
    this.code = code;
    this.hint = hint;
    this.cause = cause;
  }
}

/** Errors a user makes on the command line: an unknown command, query name or option, or a bad value. */
const USAGE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['USAGE', 'QUERY_UNKNOWN', 'QUERY_PARAM']);

/** True for errors a user caused with the command line (exit code 2 rather than 1). */
export function isUsageError(err: unknown): boolean {
  return err instanceof NewsgraphError && USAGE_CODES.has(err.code);
}

/** Wraps anything thrown into a NewsgraphError, keeping the original as `cause`. */
export function toNewsgraphError(err: unknown): NewsgraphError {
  if (err instanceof NewsgraphError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new NewsgraphError('INTERNAL', message, 'Run again with --verbose and report the stack trace.', err);
}
