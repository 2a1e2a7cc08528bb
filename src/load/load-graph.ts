// Loads a GraphDocument into Neo4j: batched `UNWIND $rows MERGE ...` statements from cypher/load/,
// each batch one managed write transaction. Order: articles, entities, quotes, MENTIONS (then the
// entities' mention totals), entity–entity relationships (one statement per allow-listed type
// from a single template), SAID. Idempotent: see the statements' comments.
import type { GraphDocument } from '../graph/graph-document';
import type { GraphConnection } from './connect';
import { readCypher, relationshipStatement, stripComments } from './cypher-file';
import { buildLoadPlan } from './load-rows';
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
  const plan = buildLoadPlan(graph);
  const changes = emptyCounts();
  const step = async (name: string, file: string, rows: typeof plan.articles, statement?: string): Promise<void> => {
    if (rows.length === 0) return;
    const cypher = statement ?? stripComments(readCypher(file));
    add(changes, await runBatched(conn, cypher, rows, batchSize, (done) => options.onProgress?.(name, done, rows.length)));
  };
  await step('articles', 'load/articles.cypher', plan.articles);
  await step('entities', 'load/entities.cypher', plan.entities);
  await step('quotes', 'load/quotes.cypher', plan.quotes);
  await step('MENTIONS', 'load/mentions.cypher', plan.mentions);
  const ids = plan.entities.map((e) => ({ id: e.id }));
  await step('entity mentions', 'load/entity-mentions.cypher', ids);
  const template = stripComments(readCypher('load/relationship.cypher'));
  for (const { type, rows } of plan.relations) await step(type, 'load/relationship.cypher', rows, relationshipStatement(template, type));
  await step('SAID', 'load/said.cypher', plan.said);
  return {
    articles: plan.articles.length,
    entities: plan.entities.length,
    quotes: plan.quotes.length,
    mentions: plan.mentions.length,
    relationships: Object.fromEntries(plan.relations.map((r) => [r.type, r.rows.length])),
    said: plan.said.length,
    changes,
  };
}
