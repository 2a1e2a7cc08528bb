// The Neo4j side against a real server: schema, loading (loading.ts), named queries, the Cypher
// script export, and the graph over time (lifecycle.ts: remove, replace, corrected stories,
// crashes, concurrent loaders). One file, run in order, because it owns the database.
import { applySchema } from '../../src/load/apply-schema';
import type { GraphConnection } from '../../src/load/connect';
import { splitStatements } from '../../src/load/cypher-file';
import { toCypherScript } from '../../src/load/export-cypher';
import { loadRecords } from '../../src/load/load-graph';
import { runRead, runWrite } from '../../src/load/run-cypher';
import { graphOfRecords, recordA, recordB } from '../fixtures/graphs';
import { describeLifecycle } from './lifecycle';
import { describeLoading } from './loading';
import { describeNamedQueries } from './named-queries';
import { dumpGraph, openTestConnection, wipe } from './test-server';

let conn: GraphConnection;

beforeAll(async () => {
  conn = await openTestConnection();
  await wipe(conn);
});

afterAll(async () => {
  await conn?.driver.close();
});

describe('schema', () => {
  test('applies twice without error and creates the constraints and the full-text index', async () => {
    await applySchema(conn);
    await applySchema(conn);
    const constraints = await runRead(conn, 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name', {});
    expect(constraints.rows.map((r) => r.name)).toEqual(['article_id', 'entity_id', 'evidence_id', 'load_lock_id', 'name_id', 'quote_id']);
    const index = await runRead(conn, "SHOW INDEXES YIELD name, type, state, properties WHERE name = 'entity_names' RETURN type, state, properties", {});
    expect(index.rows).toEqual([{ type: 'FULLTEXT', state: 'ONLINE', properties: ['name', 'aliases'] }]);
  });
});

describeLoading(() => conn);

describeNamedQueries(() => conn);

describe('Cypher script export', () => {
  test('the script from `--format cypher` builds exactly the graph the loader builds, and reruns idempotently', async () => {
    await wipe(conn);
    await loadRecords(conn, [recordA(), recordB()]);
    const loaded = await dumpGraph(conn);
    await wipe(conn);
    const runScript = async (): Promise<void> => {
      for (const statement of splitStatements(toCypherScript(graphOfRecords(recordA(), recordB())))) await runWrite(conn, statement, {});
    };
    await runScript();
    expect(await dumpGraph(conn)).toBe(loaded);
    await runScript();
    expect(await dumpGraph(conn)).toBe(loaded);
  });
});

describeLifecycle(() => conn);
