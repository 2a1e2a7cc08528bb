// Turns driver errors into NewsgraphErrors that name the server and the cause, without a stack.
import { NewsgraphError } from '../errors';

interface DriverError {
  code?: string;
  message?: string;
  cause?: unknown;
}

/** First sentence of the driver's message plus the socket error underneath, e.g. ECONNREFUSED. */
export function causeOf(err: unknown): string {
  const e = (err ?? {}) as DriverError;
  const message = e.message ?? String(err);
  const first = message.split(/(?<=\.)\s/)[0];
  const causedBy = /Caused by: (.+)$/s.exec(message)?.[1]?.trim();
  if (causedBy) return `${first} (${causedBy})`;
  const inner = e.cause as DriverError | undefined;
  const innerText = inner?.message ?? (inner ? String(inner) : '');
  return innerText && !first.includes(innerText) ? `${first} (${innerText})` : first;
}

export function toNeo4jError(err: unknown, uri: string, username: string): NewsgraphError {
  if (err instanceof NewsgraphError) return err;
  const code = (err as DriverError | undefined)?.code ?? '';
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new NewsgraphError('NEO4J_AUTH', `Neo4j at ${uri} rejected the credentials of user "${username}": ${causeOf(err)}`,
      'Check NEO4J_USERNAME/NEO4J_PASSWORD (or --username/--password); for the local Neo4j, unset NEO4J_URI and NEO4J_PASSWORD.', err);
  }
  const timedOut = /timed out|no answer within/i.test((err as DriverError | undefined)?.message ?? '');
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'TIMEOUT' || code === '' || timedOut) {
    return new NewsgraphError('NEO4J_UNREACHABLE', `cannot reach Neo4j at ${uri}: ${causeOf(err)}`,
      'Check that the server is running and the URI (scheme, host, Bolt port) is right; for the local one run `kg neo4j start`.', err);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new NewsgraphError('NEO4J_QUERY', `Neo4j at ${uri}: ${causeOf(err)}`, 'Check NEO4J_DATABASE (--database); Community edition has only "neo4j".', err);
  }
  return new NewsgraphError('NEO4J_QUERY', `Neo4j at ${uri} failed (${code}): ${causeOf(err)}`, 'Run again with --verbose for details.', err);
}
