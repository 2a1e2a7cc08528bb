// Runs statements through the driver's managed transactions (executeWrite/executeRead retry on
// transient errors) and maps failures to NewsgraphErrors naming the server.
import type { QueryResult, RecordShape } from 'neo4j-driver';
import type { GraphConnection } from './connect';
import { toNeo4jError } from './neo4j-errors';
import type { Row } from './row-values';

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  labelsAdded: number;
}

export function emptyCounts(): WriteCounts {
  return { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0 };
}

function addCounts(into: WriteCounts, result: QueryResult<RecordShape>): void {
  const u = result.summary.counters.updates();
  into.nodesCreated += u.nodesCreated;
  into.relationshipsCreated += u.relationshipsCreated;
  into.propertiesSet += u.propertiesSet;
  into.labelsAdded += u.labelsAdded;
}

/** One write transaction (retried by the driver); returns what it changed. */
export async function runWrite(conn: GraphConnection, statement: string, params: Record<string, unknown>): Promise<WriteCounts> {
  const session = conn.driver.session({ database: conn.target.database });
  const counts = emptyCounts();
  try {
    const result = await session.executeWrite((tx) => tx.run(statement, params));
    addCounts(counts, result);
    return counts;
  } catch (err) {
    throw toNeo4jError(err, conn.target.uri, conn.target.username);
  } finally {
    await session.close();
  }
}

/** One auto-commit statement (for procedures and CALL ... IN TRANSACTIONS, which cannot run in a transaction function). */
export async function runAutoCommit(conn: GraphConnection, statement: string): Promise<void> {
  const session = conn.driver.session({ database: conn.target.database });
  try {
    await session.run(statement);
  } catch (err) {
    throw toNeo4jError(err, conn.target.uri, conn.target.username);
  } finally {
    await session.close();
  }
}

/** `UNWIND $rows` statement over rows in batches of batchSize, one write transaction per batch. */
export async function runBatched(conn: GraphConnection, statement: string, rows: Row[], batchSize: number, onBatch?: (done: number) => void): Promise<WriteCounts> {
  const total = emptyCounts();
  const size = Math.max(1, Math.trunc(batchSize));
  for (let i = 0; i < rows.length; i += size) {
    const c = await runWrite(conn, statement, { rows: rows.slice(i, i + size) });
    total.nodesCreated += c.nodesCreated;
    total.relationshipsCreated += c.relationshipsCreated;
    total.propertiesSet += c.propertiesSet;
    total.labelsAdded += c.labelsAdded;
    onBatch?.(Math.min(i + size, rows.length));
  }
  return total;
}

/** A read query in a managed read transaction; records as plain objects keyed by column. */
export async function runRead(conn: GraphConnection, statement: string, params: Record<string, unknown>): Promise<{ columns: string[]; rows: Record<string, unknown>[] }> {
  const session = conn.driver.session({ database: conn.target.database });
  try {
    return await session.executeRead(async (tx) => {
      const result = tx.run(statement, params);
      const columns = (await result.keys()).map(String);
      const { records } = await result;
      return { columns, rows: records.map((r) => r.toObject() as Record<string, unknown>) };
    });
  } catch (err) {
    throw toNeo4jError(err, conn.target.uri, conn.target.username);
  } finally {
    await session.close();
  }
}
