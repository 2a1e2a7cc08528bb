// The step after neo4j-admin, on the started server: give back the lists no CSV cell can hold
// (cypher/admin/restore-lists.cypher), then the constraints and indexes `kg load` relies on.
import type { GraphConnection } from '../load/connect';
import { applySchema } from '../load/apply-schema';
import { readCypher, splitStatements } from '../load/cypher-file';
import { runAutoCommit } from '../load/run-cypher';

export async function finishCsvImport(conn: GraphConnection, listFixes: boolean): Promise<void> {
  if (listFixes) for (const statement of splitStatements(readCypher('admin/restore-lists.cypher'))) await runAutoCommit(conn, statement);
  await applySchema(conn);
}
