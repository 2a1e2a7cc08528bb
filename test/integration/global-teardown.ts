// Stops the throwaway Neo4j of global-setup.ts (when it started one) and deletes its folder.
import { stopThrowawayNeo4j } from '../../src/neo4j/throwaway-neo4j';
import { TEST_STATE, type TestServerState } from './test-server';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)[TEST_STATE] as TestServerState | undefined;
  if (!state) return;
  const stopped = await stopThrowawayNeo4j(state);
  process.stderr.write(`[integration] throwaway Neo4j stopped in ${(stopped.ms / 1000).toFixed(1)} s${stopped.forced ? ' (forced)' : ''}\n`);
  for (const key of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'NEWSGRAPH_TEST_HOME']) delete process.env[key];
}
