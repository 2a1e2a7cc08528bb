// Loading the fixture records (test/fixtures/graphs.ts) into a real Neo4j: the database holds
// exactly the graph document kg extract writes, reloads change nothing, any order and batching
// give the same graph, evidence records and edge aggregates. Called from graph-store.test.ts.
import type { GraphConnection } from '../../src/load/connect';
import { loadGraph, loadRecords } from '../../src/load/load-graph';
import { runRead } from '../../src/load/run-cypher';
import { toPlain, type Plain } from '../../src/query/plain-value';
import { A, B, KARRO, WHITFIELD, graphOfRecords, recordA, recordB } from '../fixtures/graphs';
import { countAll, dumpDocument, dumpGraph, wipe } from './test-server';

export function describeLoading(connection: () => GraphConnection): void {
  const one = async (cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, Plain>> => {
    const result = await runRead(connection(), cypher, params);
    expect(result.rows).toHaveLength(1);
    return Object.fromEntries(Object.entries(result.rows[0]).map(([k, v]) => [k, toPlain(v)]));
  };

  describe('loading', () => {
    beforeAll(async () => wipe(connection()));

    test('the database holds exactly the graph document of the articles loaded', async () => {
      const summary = await loadRecords(connection(), [recordA(), recordB()]);
      expect([summary.added, summary.skipped, summary.changes.nodesDeleted]).toEqual([2, 0, 0]);
      expect(await dumpGraph(connection())).toBe(dumpDocument(graphOfRecords(recordA(), recordB())));
    });

    test('loading the same articles again changes nothing and writes nothing', async () => {
      const before = await dumpGraph(connection());
      const counts = await countAll(connection());
      const again = await loadGraph(connection(), graphOfRecords(recordB(), recordA()));
      expect([again.skipped, again.added, again.changes.nodesCreated, again.changes.relationshipsCreated, again.changes.propertiesSet]).toEqual([2, 0, 0, 0, 0]);
      expect(await countAll(connection())).toEqual(counts);
      expect(await dumpGraph(connection())).toBe(before);
    });

    test('B before A, one article a batch, gives the same graph (B alone first: "Whitfield" and "Arvid Tolsen Karro" are actors of their own)', async () => {
      const both = await dumpGraph(connection());
      await wipe(connection());
      await loadRecords(connection(), [recordB()]);
      expect((await dumpGraph(connection())).includes('"person:arvid-tolsen-karro"')).toBe(true);
      await loadRecords(connection(), [recordA()], { batchSize: 1 });
      expect(await dumpGraph(connection())).toBe(both);
    });

    test('a symmetric relation is stored once, from the smaller id; its evidence records name both actors', async () => {
      const row = await one('MATCH (a:Entity)-[r:MET_WITH]-(b:Entity) WHERE a.id < b.id RETURN a.id AS a, b.id AS b, startNode(r).id AS start, count(*) AS n');
      expect(row).toEqual({ a: KARRO, b: WHITFIELD, start: KARRO, n: 1 });
      const evidence = await runRead(connection(), 'MATCH (v:Evidence {from: $a, to: $b}) RETURN v.key AS key, v.rule AS rule ORDER BY key', { a: KARRO, b: WHITFIELD });
      expect(evidence.rows.map((r) => [r.key, r.rule])).toEqual([[expect.stringMatching(new RegExp(`^${A}:0-\\d+$`)), 'met-with'], [expect.stringMatching(new RegExp(`^${B}:0-\\d+$`)), 'held-talks']]);
    });

    test('an edge supported by two articles carries their aggregates', async () => {
      const edge = await one('MATCH (:Entity {id: $a})-[r:MET_WITH]->(:Entity {id: $b}) RETURN properties(r) AS p', { a: KARRO, b: WHITFIELD });
      expect(edge.p).toEqual({ articles: [A, B], articleCount: 2, count: 2, confidence: 0.8, rule: 'met-with', place: 'New York', date: '2024-11-11' });
    });

    test('actors: names from both articles, alias and role unions, mentions, first/last seen', async () => {
      const karro = await one('MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases, e.roles AS roles, e.mentions AS mentions, e.firstSeen AS firstSeen, e.lastSeen AS lastSeen', { id: KARRO });
      expect(karro).toEqual({ name: 'Arvid Tolson Karro', aliases: ['Arvid Tolsen Karro', 'Karro'], roles: ['UN Ambassador'], mentions: 3, firstSeen: '2024-11-14', lastSeen: '2024-11-15' });
      const whitfield = await one('MATCH (e:Entity {id: $id}) RETURN e.roles AS roles, e.mentions AS mentions', { id: WHITFIELD });
      expect(whitfield).toEqual({ roles: ['billionaire'], mentions: 4 });
    });

    test('integer properties are stored as integers, not floats', async () => {
      const row = await one('MATCH (a:Article {id: $id})-[m:MENTIONS]->(:Entity {id: $whitfield}) RETURN valueType(a.chars) AS chars, valueType(m.count) AS count, valueType(m.starts) AS starts', { id: A, whitfield: WHITFIELD });
      expect(row).toEqual({ chars: 'INTEGER NOT NULL', count: 'INTEGER NOT NULL', starts: 'LIST<INTEGER NOT NULL> NOT NULL' });
    });
  });
}
