// `kg bench --bulk`: the two ways to put a graph into an empty local Neo4j, timed on a throwaway
// instance (never the user's): `kg load` (schema + batched UNWIND transactions) against the CSV
// bulk path (`kg extract --format csv` files, then `kg neo4j import`: check, neo4j-admin into a
// new folder, switch, restart, lists and schema). Extraction is the same for both and not timed.
import fs from 'node:fs';
import path from 'node:path';
import { buildCsvExport } from '../bulk/export-csv';
import type { LocalNeo4jSettings } from '../config';
import type { GraphDocument } from '../graph/graph-document';
import { applySchema } from '../load/apply-schema';
import { connectNeo4j } from '../load/connect';
import { loadGraph } from '../load/load-graph';
import { importCsvIntoLocalNeo4j, type ImportOutcome } from '../neo4j/import-csv';
import { startThrowawayNeo4j, stopThrowawayNeo4j, type ThrowawayNeo4j } from '../neo4j/throwaway-neo4j';

export interface BulkBench {
  nodes: number;
  relationships: number;
  /** kg load into the empty database: schema, then the batched load. */
  loadMs: number;
  /** Writing the CSV folder (what `kg extract --format csv` adds to the extraction). */
  exportMs: number;
  csvMb: number;
  /** neo4j-admin alone. */
  adminMs: number;
  /** The whole `kg neo4j import`. */
  importMs: number;
}

/** Writes the CSV folder into the throwaway's folder and runs `kg neo4j import` on it. */
export async function importViaCsv(server: ThrowawayNeo4j, graph: GraphDocument, report: (m: string) => void): Promise<{ exportMs: number; csvBytes: number; imported: ImportOutcome }> {
  const began = Date.now();
  const dir = path.join(server.tempDir, 'csv');
  fs.mkdirSync(dir);
  const { files } = buildCsvExport(graph);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  const exportMs = Date.now() - began;
  const csvBytes = Object.values(files).reduce((n, text) => n + Buffer.byteLength(text), 0);
  return { exportMs, csvBytes, imported: await importCsvIntoLocalNeo4j(server.local, dir, report) };
}

export async function benchBulk(graph: GraphDocument, base: LocalNeo4jSettings, report: (m: string) => void): Promise<BulkBench> {
  const server = await startThrowawayNeo4j(base, report, 'newsgraph-bench-');
  try {
    const conn = await connectNeo4j({ ...server.connection, local: true });
    const loadStart = Date.now();
    try {
      await applySchema(conn);
      await loadGraph(conn, graph);
    } finally {
      await conn.driver.close();
    }
    const loadMs = Date.now() - loadStart;
    report(`kg load: ${loadMs} ms; now the CSV bulk path`);
    const { exportMs, csvBytes, imported } = await importViaCsv(server, graph, report);
    return {
      nodes: graph.nodes.length,
      relationships: graph.relationships.length,
      loadMs,
      exportMs,
      csvMb: Math.round(csvBytes / 1e5) / 10,
      adminMs: imported.adminMs,
      importMs: imported.ms,
    };
  } finally {
    await stopThrowawayNeo4j(server);
  }
}
