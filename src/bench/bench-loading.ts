// Loading benchmark on a throwaway local Neo4j (never the user's database): the same graph
// loaded by kg load's writer (batches of articles, one transaction each, names re-resolved), with
// one transaction per node or relationship row (the per-edge baseline the SPEC compares against:
// at least 10x), and through the CSV bulk import. Prints figures.
import type { LocalNeo4jSettings } from '../config';
import type { GraphDocument } from '../graph/graph-document';
import { applySchema } from '../load/apply-schema';
import { connectNeo4j, type GraphConnection } from '../load/connect';
import { DEFAULT_BATCH_SIZE, loadGraph } from '../load/load-graph';
import { readCypher, stripComments } from '../load/cypher-file';
import { graphSteps } from '../load/graph-steps';
import { runAutoCommit, runBatched } from '../load/run-cypher';
import { importViaCsv } from './bench-bulk';
import { startThrowawayNeo4j, stopThrowawayNeo4j } from '../neo4j/throwaway-neo4j';

export interface LoadingBench {
  nodes: number;
  relationships: number;
  batchedMs: number;
  perRowMs: number;
  speedup: number;
  csvImportMs: number;
}

async function timeLoad(conn: GraphConnection, graph: GraphDocument, perRow: boolean): Promise<number> {
  await runAutoCommit(conn, stripComments(readCypher('admin/wipe.cypher')));
  const t0 = Date.now();
  if (!perRow) await loadGraph(conn, graph, { batchSize: DEFAULT_BATCH_SIZE });
  else for (const step of graphSteps(graph)) await runBatched(conn, step.statement, step.rows, 1);
  return Date.now() - t0;
}

const connect = (local: LocalNeo4jSettings, password: string): Promise<GraphConnection> =>
  connectNeo4j({ uri: `bolt://127.0.0.1:${local.boltPort}`, username: 'neo4j', password, database: 'neo4j', local: true });

export async function benchLoading(graph: GraphDocument, base: LocalNeo4jSettings, report: (m: string) => void): Promise<LoadingBench> {
  const server = await startThrowawayNeo4j(base, report, 'newsgraph-bench-');
  try {
    const conn = await connect(server.local, server.connection.password);
    await applySchema(conn);
    await timeLoad(conn, graph, false); // warm-up: plans cached, pages in memory
    const batchedMs = await timeLoad(conn, graph, false);
    report(`batched load: ${batchedMs} ms; now one transaction per row (slow by design)`);
    const perRowMs = await timeLoad(conn, graph, true);
    await conn.driver.close();
    const { imported } = await importViaCsv(server, graph, report);
    return {
      nodes: graph.nodes.length,
      relationships: graph.relationships.length,
      batchedMs,
      perRowMs,
      speedup: Math.round((perRowMs / Math.max(1, batchedMs)) * 10) / 10,
      csvImportMs: imported.adminMs,
    };
  } finally {
    await stopThrowawayNeo4j(server);
  }
}
