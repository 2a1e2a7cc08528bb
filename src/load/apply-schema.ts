// Applies cypher/schema.cypher (constraints and the full-text index, all IF NOT EXISTS) and waits
// until the indexes are online, so loads and full-text queries can rely on them.
import type { GraphConnection } from './connect';
import { readCypher, splitStatements } from './cypher-file';
import { runWrite } from './run-cypher';

export interface SchemaResult {
  statements: number;
}

export async function applySchema(conn: GraphConnection): Promise<SchemaResult> {
  const statements = splitStatements(readCypher('schema.cypher'));
  for (const statement of statements) await runWrite(conn, statement, {});
  const session = conn.driver.session({ database: conn.target.database });
  try {
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return { statements: statements.length };
}
