// Loads a GraphDocument into Neo4j: batched `UNWIND $rows MERGE ...` statements from cypher/load/,
// each batch one managed write transaction. Order: articles, entities, quotes, MENTIONS (then the
// entities' mention totals), entity–entity relationships (one statement per allow-listed type
// from a single template), SAID. Idempotent: see the statements' comments.
import type { GraphDocument } from '../graph/graph-document';
import type { GraphConnection } from './connect';
import { planLoadSteps } from './load-steps';
import { emptyCounts, runBatched, type WriteCounts } from './run-cypher';

export const DEFAULT_BATCH_SIZE = 500;

export interface LoadOptions {
  batchSize?: number;
  /** Called after each batch: the step ("entities", "MET_WITH", ...) and rows done of total. */
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface LoadSummary {
  articles: number;
  entities: number;
  quotes: number;
  mentions: number;
  relationships: Record<string, number>;
  said: number;
  /** What the database reports (nodes/relationships created are 0 when the same graph is loaded again). */
  changes: WriteCounts;
}

function add(into: WriteCounts, c: WriteCounts): void {
  into.nodesCreated += c.nodesCreated;
  into.relationshipsCreated += c.relationshipsCreated;
  into.propertiesSet += c.propertiesSet;
  into.labelsAdded += c.labelsAdded;
}

export async function loadGraph(conn: GraphConnection, graph: GraphDocument, options: LoadOptions = {}): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const { steps, counts } = planLoadSteps(graph);
  const changes = emptyCounts();
  for (const step of steps) {
    add(changes, await runBatched(conn, step.statement, step.rows, batchSize, (done) => options.onProgress?.(step.name, done, step.rows.length)));
  }
  return { ...counts, changes };
}
