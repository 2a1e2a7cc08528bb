// Applies cypher/schema.cypher (constraints and the full-text index, all IF NOT EXISTS) and waits
// until the indexes are online, so loads and full-text queries can rely on them.
import type { GraphConnection } from './connect';
import { readCypher, splitStatements, stripComments } from './cypher-file';
import { runAutoCommit, runWrite } from './run-cypher';

export interface SchemaResult {
  statements: number;
}

export async function applySchema(conn: GraphConnection): Promise<SchemaResult> {
  const statements = splitStatements(readCypher('schema.cypher'));
  for (const statement of statements) await runWrite(conn, statement, {});
  await runAutoCommit(conn, stripComments(readCypher('admin/await-indexes.cypher')));
  return { statements: statements.length };
}
