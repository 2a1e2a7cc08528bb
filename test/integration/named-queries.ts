// Named queries against the fixture graph (both articles loaded). Called from graph-store.test.ts
// so that the tests that own the database run in one file, in order.
import type { GraphConnection } from '../../src/load/connect';
import { applySchema } from '../../src/load/apply-schema';
import { loadRecords } from '../../src/load/load-graph';
import { findNamedQuery, listNamedQueries } from '../../src/query/query-catalog';
import { buildQueryParams } from '../../src/query/query-params';
import { runNamedQuery } from '../../src/query/run-named-query';
import { recordA, recordB } from '../fixtures/graphs';
import { wipe } from './test-server';

export function describeNamedQueries(connection: () => GraphConnection): void {
  describe('named queries', () => {
    beforeAll(async () => {
      await applySchema(connection());
      await wipe(connection());
      await loadRecords(connection(), [recordA(), recordB()]);
    });

    async function run(name: string, ...params: string[]): Promise<Record<string, unknown>[]> {
      const query = findNamedQuery(name);
      return (await runNamedQuery(connection(), query, buildQueryParams(query, params))).rows;
    }

    test('every named query has a description and parses', () => {
      const names = listNamedQueries().map((q) => q.name);
      expect(names).toEqual(['evidence', 'most-connected', 'neighbourhood', 'roles', 'shortest-path', 'who-met-whom']);
      for (const q of listNamedQueries()) expect(q.description.length).toBeGreaterThan(20);
    });

    test.each([
      ['who-met-whom', [], [{ actor: 'Amir Saeid Iravani', metWith: 'Elon Musk', sentences: 2, place: 'New York', date: '2024-11-11', articles: 2 }]],
      ['who-met-whom', ['name=musk'], [{ actor: 'Amir Saeid Iravani', metWith: 'Elon Musk', sentences: 2, place: 'New York', date: '2024-11-11', articles: 2 }]],
      ['who-met-whom', ['name=Rubio'], []],
      ['shortest-path', ['from=Musk', 'to=Iran'], [{ hops: 2, actors: ['Elon Musk', 'Amir Saeid Iravani', 'Iran'], relations: ['MET_WITH', 'WORKS_FOR'] }]],
    ])('%s %j', async (name, params, expected) => {
      expect(await run(name, ...params)).toEqual(expected);
    });

    test('neighbourhood finds the actor by an alias (spelling variant) through the full-text index', async () => {
      const rows = await run('neighbourhood', 'name=Amir Saeed Iravani');
      expect(rows.map((r) => [r.actor, r.relation, r.direction, r.other])).toEqual([
        ['Amir Saeid Iravani', 'MET_WITH', 'out', 'Elon Musk'],
        ['Amir Saeid Iravani', 'WORKS_FOR', 'out', 'Iran'],
        ['Amir Saeid Iravani', 'WORKS_FOR', 'out', 'United Nations'],
      ]);
    });

    test('roles lists WORKS_FOR roles, APPOINTED roles and titles', async () => {
      const iravani = await run('roles', 'name=Iravani');
      expect(iravani.map((r) => [r.role, r.withActor, r.via])).toEqual([
        ['envoy', 'United Nations', 'WORKS_FOR'],
        ['UN Ambassador', 'Iran', 'WORKS_FOR'],
        ['UN Ambassador', null, 'title'],
      ]);
      const rubio = await run('roles', 'name=Rubio');
      expect(rubio.map((r) => [r.role, r.withActor, r.via])).toEqual([
        ['Secretary of State', 'Donald Trump', 'APPOINTED by'],
        ['Sen.', null, 'title'],
      ]);
    });

    test('evidence gives one row per sentence with the article source, rule and offsets', async () => {
      const rows = await run('evidence', 'a=Musk', 'b=Iravani');
      expect(rows.map((r) => [r.relation, r.source, r.rule, r.start])).toEqual([
        ['MET_WITH', 'seeds/a.txt', 'met-with', 0],
        ['MET_WITH', 'seeds/b.txt', 'held-talks', 0],
      ]);
      expect(String(rows[1].sentence)).toContain('held talks');
      expect(Number(rows[0].end)).toBeGreaterThan(0);
    });

    test('most-connected ranks by distinct related actors, then by mentions', async () => {
      const rows = await run('most-connected', 'limit=2');
      expect(rows.map((r) => [r.actor, r.connections])).toEqual([
        ['Amir Saeid Iravani', 3],
        ['Elon Musk', 1],
      ]);
    });
  });
}
