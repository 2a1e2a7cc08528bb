// Polls Bolt with the driver's verifyConnectivity until the server answers, the server process
// exits, or the time runs out; failures carry the last lines of the server's log.
import neo4j from 'neo4j-driver';
import { NewsgraphError } from '../errors';
import { tailFile } from './log-tail';

export interface WaitForBoltInput {
  uri: string;
  username: string;
  password: string;
  timeoutMs: number;
  logFile: string;
  /** Returns a reason when the server process has died (stop polling at once). */
  exited: () => string | undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitForBolt(w: WaitForBoltInput): Promise<number> {
  const began = Date.now();
  let lastError = 'no answer yet';
  while (Date.now() - began < w.timeoutMs) {
    const exit = w.exited();
    if (exit) {
      throw new NewsgraphError('NEO4J_START_TIMEOUT', `the local Neo4j server exited during start-up (${exit}); last lines of ${w.logFile}:\n${tailFile(w.logFile)}`,
        'Fix the cause shown in the log (a port in use, too little memory, a bad setting) and run `kg neo4j start` again.');
    }
    const driver = neo4j.driver(w.uri, neo4j.auth.basic(w.username, w.password), { connectionTimeout: 2000, logging: undefined });
    try {
      await driver.verifyConnectivity();
      return Date.now() - began;
    } catch (err) {
      lastError = (err as Error).message;
      if ((err as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') {
        throw new NewsgraphError('NEO4J_AUTH', `the local Neo4j at ${w.uri} rejected the stored password`,
          'The instance folder was set up with another password; delete it (its data too) and run `kg neo4j start` again.', err);
      }
    } finally {
      await driver.close();
    }
    await sleep(500);
  }
  throw new NewsgraphError('NEO4J_START_TIMEOUT',
    `the local Neo4j did not answer on ${w.uri} within ${Math.round(w.timeoutMs / 1000)} s (${lastError}); last lines of ${w.logFile}:\n${tailFile(w.logFile)}`,
    'The server was stopped again. Check the log; on a slow machine raise the limit with NEWSGRAPH_NEO4J_START_TIMEOUT_MS.');
}
