// The Neo4j side against a real server: schema, idempotent loading, provenance merging across
// articles, labels, and the named queries. One file, run in order, because it owns the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadInputs } from '../../src/cli/load-inputs';
import { createReporter } from '../../src/cli/reporter';
import { resolveConfig } from '../../src/config';
import type { GraphConnection } from '../../src/load/connect';
import { applySchema } from '../../src/load/apply-schema';
import { loadGraph } from '../../src/load/load-graph';
import { splitStatements } from '../../src/load/cypher-file';
import { toCypherScript } from '../../src/load/export-cypher';
import { runRead, runWrite } from '../../src/load/run-cypher';
import { toPlain, type Plain } from '../../src/query/plain-value';
import { A, B, IRAVANI, MUSK, articleA, articleB } from '../fixtures/graphs';
import { describeNamedQueries } from './named-queries';
import { countAll, dumpGraph, openTestConnection, wipe } from './test-server';

let conn: GraphConnection;

beforeAll(async () => {
  conn = await openTestConnection();
  await wipe(conn);
});

afterAll(async () => {
  await conn?.driver.close();
});

async function one(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, Plain>> {
  const result = await runRead(conn, cypher, params);
  expect(result.rows).toHaveLength(1);
  return Object.fromEntries(Object.entries(result.rows[0]).map(([k, v]) => [k, toPlain(v)]));
}

describe('schema', () => {
  test('applies twice without error and creates the constraints and the full-text index', async () => {
    await applySchema(conn);
    await applySchema(conn);
    const constraints = await runRead(conn, 'SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name ORDER BY name', {});
    expect(constraints.rows.map((r) => r.name)).toEqual(['article_id', 'entity_id', 'quote_id']);
    const index = await one("SHOW INDEXES YIELD name, type, state, properties WHERE name = 'entity_names' RETURN type, state, properties");
    expect(index).toEqual({ type: 'FULLTEXT', state: 'ONLINE', properties: ['name', 'aliases'] });
  });
});

describe('loading', () => {
  test('loading the same graph twice changes no count and no property', async () => {
    const first = await loadGraph(conn, articleA());
    expect(first.changes.nodesCreated).toBe(9);
    const before = await dumpGraph(conn);
    const counts = await countAll(conn);
    const again = await loadGraph(conn, articleA());
    expect(again.changes.nodesCreated).toBe(0);
    expect(again.changes.relationshipsCreated).toBe(0);
    expect(await countAll(conn)).toEqual(counts);
    expect(await dumpGraph(conn)).toEqual(before);
  });

  test('a symmetric relation given as (Musk, Iravani) is stored once, from the smaller id', async () => {
    const row = await one('MATCH (a:Entity)-[r:MET_WITH]-(b:Entity) WHERE a.id < b.id RETURN a.id AS a, b.id AS b, startNode(r).id AS start, count(*) AS n');
    expect(row).toEqual({ a: IRAVANI, b: MUSK, start: IRAVANI, n: 1 });
  });

  test('a second article supporting an existing edge adds its article id and evidence to it', async () => {
    await loadGraph(conn, articleB());
    const edge = await one(
      'MATCH (:Entity {id: $a})-[r:MET_WITH]->(:Entity {id: $b}) RETURN r.articles AS articles, r.count AS count, r.evidenceArticles AS evidenceArticles, r.evidenceKeys AS keys, r.evidenceRules AS rules, r.confidence AS confidence, r.place AS place, r.date AS date, size(r.evidence) AS sentences, r.evidenceStarts AS starts',
      { a: IRAVANI, b: MUSK },
    );
    expect(edge.articles).toEqual([A, B]);
    expect(edge.count).toBe(2);
    expect(edge.sentences).toBe(2);
    expect(edge.evidenceArticles).toEqual([A, B]);
    expect(edge.keys).toEqual([expect.stringMatching(new RegExp(`^${A}:0-\\d+$`)), expect.stringMatching(new RegExp(`^${B}:0-\\d+$`))]);
    expect(edge.rules).toEqual(['met-with', 'held-talks']);
    expect(edge.confidence).toBe(0.8);
    expect(edge.place).toBe('New York');
    expect(edge.date).toBe('2024-11-11');
    expect(edge.starts).toEqual([0, 0]);
  });

  test('entity properties merge: alias and role unions, first/last seen, mentions recomputed from MENTIONS', async () => {
    const iravani = await one('MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases, e.roles AS roles, e.mentions AS mentions, e.firstSeen AS firstSeen, e.lastSeen AS lastSeen', { id: IRAVANI });
    expect(iravani).toEqual({ name: 'Amir Saeid Iravani', aliases: ['Iravani', 'Amir Saeed Iravani'], roles: ['UN Ambassador'], mentions: 3, firstSeen: '2024-11-14', lastSeen: '2024-11-15' });
    const musk = await one('MATCH (e:Entity {id: $id}) RETURN e.roles AS roles, e.mentions AS mentions', { id: MUSK });
    expect(musk).toEqual({ roles: ['billionaire'], mentions: 4 });
  });

  test('reloading either article, in any order and with any batch size, changes nothing more', async () => {
    const before = await dumpGraph(conn);
    await loadGraph(conn, articleB());
    await loadGraph(conn, articleA(), { batchSize: 1 });
    await loadGraph(conn, articleB(), { batchSize: 2 });
    expect(await dumpGraph(conn)).toEqual(before);
  });

  test('exactly the expected labels: every actor is an Entity with exactly one actor label', async () => {
    const labels = await runRead(conn, 'MATCH (n) RETURN labels(n) AS labels, count(*) AS n ORDER BY n DESC', {});
    const combos = Object.fromEntries(labels.rows.map((r) => [[...(r.labels as string[])].sort().join(':'), toPlain(r.n)]));
    expect(combos).toEqual({ 'Entity:Person': 4, 'Entity:Location': 3, 'Entity:Organization': 1, Article: 2, Quote: 1 });
    const types = await runRead(conn, 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type', {});
    expect(Object.fromEntries(types.rows.map((r) => [r.type, toPlain(r.n)]))).toEqual({
      APPOINTED: 1, LOCATED_IN: 1, MENTIONS: 12, MET_WITH: 1, SAID: 1, WORKS_FOR: 2,
    });
  });

  test('integer properties are stored as integers, not floats', async () => {
    const row = await one("MATCH (a:Article {id: $id})-[m:MENTIONS]->(:Entity {id: $musk}) RETURN valueType(a.chars) AS chars, valueType(m.count) AS count, valueType(m.starts) AS starts", { id: A, musk: MUSK });
    expect(row).toEqual({ chars: 'INTEGER NOT NULL', count: 'INTEGER NOT NULL', starts: 'LIST<INTEGER NOT NULL> NOT NULL' });
  });
});

describeNamedQueries(() => conn);

describe('Cypher script export', () => {
  test('the script from `--format cypher` builds exactly the graph the loader builds, and reruns idempotently', async () => {
    const valueTypes = async (): Promise<string> => {
      const r = await runRead(conn, 'MATCH ()-[r]->() UNWIND keys(r) AS k RETURN type(r) AS t, k, valueType(r[k]) AS v ORDER BY t, k, v', {});
      return JSON.stringify(r.rows);
    };
    await wipe(conn);
    await loadGraph(conn, articleA());
    await loadGraph(conn, articleB());
    const loaded = await dumpGraph(conn);
    const loadedTypes = await valueTypes();
    await wipe(conn);
    const runScript = async (graph: ReturnType<typeof articleA>): Promise<void> => {
      for (const statement of splitStatements(toCypherScript(graph))) await runWrite(conn, statement, {});
    };
    await runScript(articleA());
    await runScript(articleB());
    expect(await dumpGraph(conn)).toEqual(loaded);
    expect(await valueTypes()).toEqual(loadedTypes);
    await runScript(articleB());
    expect(await dumpGraph(conn)).toEqual(loaded);
  });
});

describe('separate runs resolve against the graph already loaded', () => {
  test('a spelling variant and a lone surname loaded in a later run join the existing node', async () => {
    await wipe(conn);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-runs-'));
    const write = (name: string, text: string): string => {
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const first = write('first.txt', 'Mohammad Javad Zarif met Josep Borrell in Vienna on Monday.');
    const second = write('second.txt', 'Mohammed Javad Zarif flew to Doha on Tuesday. Later, Borrell called him.');
    const config = resolveConfig({}, process.env);
    const quiet = createReporter({ quiet: true, verbose: false });
    await loadInputs(conn, [first], config, quiet);
    await loadInputs(conn, [second], config, quiet);
    const zarif = await runRead(conn, "MATCH (p:Person) WHERE p.name CONTAINS 'Zarif' RETURN p.name AS name, p.aliases AS aliases", {});
    expect(zarif.rows).toHaveLength(1);
    expect([zarif.rows[0].name, ...(zarif.rows[0].aliases as string[])]).toEqual(expect.arrayContaining(['Mohammad Javad Zarif', 'Mohammed Javad Zarif']));
    const borrell = await one("MATCH (p:Person) WHERE p.name CONTAINS 'Borrell' RETURN count(p) AS n, collect(p.name)[0] AS name");
    expect(borrell).toEqual({ n: 1, name: 'Josep Borrell' });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
