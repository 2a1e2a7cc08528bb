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
      ['who-met-whom', [], [{ actor: 'Arvid Tolson Karro', metWith: 'Elena Whitfield', sentences: 2, place: 'New York', date: '2024-11-11', articles: 2 }]],
      ['who-met-whom', ['name=whitfield'], [{ actor: 'Arvid Tolson Karro', metWith: 'Elena Whitfield', sentences: 2, place: 'New York', date: '2024-11-11', articles: 2 }]],
      ['who-met-whom', ['name=Rubio'], []],
      ['shortest-path', ['from=Whitfield', 'to=Iran'], [{ hops: 2, actors: ['Elena Whitfield', 'Arvid Tolson Karro', 'Iran'], relations: ['MET_WITH', 'WORKS_FOR'] }]],
    ])('%s %j', async (name, params, expected) => {
      expect(await run(name, ...params)).toEqual(expected);
    });

    test('neighbourhood finds the actor by an alias (spelling variant) through the full-text index', async () => {
      const rows = await run('neighbourhood', 'name=Arvid Tolsen Karro');
      expect(rows.map((r) => [r.actor, r.relation, r.direction, r.other])).toEqual([
        ['Arvid Tolson Karro', 'MET_WITH', 'both', 'Elena Whitfield'],
        ['Arvid Tolson Karro', 'WORKS_FOR', 'out', 'Iran'],
        ['Arvid Tolson Karro', 'WORKS_FOR', 'out', 'United Nations'],
      ]);
    });

    test('a symmetric relation is shown as such from either side (MET_WITH: both), a directed one by its direction', async () => {
      const whitfield = await run('neighbourhood', 'name=Whitfield');
      expect(whitfield.filter((r) => r.relation === 'MET_WITH').map((r) => [r.actor, r.direction, r.other])).toEqual([['Elena Whitfield', 'both', 'Arvid Tolson Karro']]);
    });

    test.each([
      ['neighbourhood', ['name=Zzyzx Nobody'], 'no actor matches "Zzyzx Nobody" (--param name)'],
      ['evidence', ['a=Whitfield', 'b=Zzyzx Nobody'], 'no actor matches "Zzyzx Nobody" (--param b)'],
      ['shortest-path', ['from=Zzyzx Nobody', 'to=Whitfield'], 'no actor matches "Zzyzx Nobody" (--param from)'],
    ])('%s with a name that matches no actor says so instead of returning no rows', async (name, params, message) => {
      await expect(run(name, ...params)).rejects.toMatchObject({ code: 'ACTOR_UNKNOWN', message });
    });

    test('shortest-path between two actors with no chain of relations says "no path", not "(0 rows)"', async () => {
      const query = findNamedQuery('shortest-path');
      // New York is related only to the United States, which nothing else is related to.
      const table = await runNamedQuery(connection(), query, buildQueryParams(query, ['from=Whitfield', 'to=New York']));
      expect(table.rows).toEqual([]);
      expect(table.note).toBe('no path between "Whitfield" and "New York" within 6 relations');
    });

    test('roles lists WORKS_FOR roles, APPOINTED roles and titles', async () => {
      const karro = await run('roles', 'name=Karro');
      expect(karro.map((r) => [r.role, r.withActor, r.via])).toEqual([
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
      const rows = await run('evidence', 'a=Whitfield', 'b=Karro');
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
        ['Arvid Tolson Karro', 3],
        ['Elena Whitfield', 1],
      ]);
    });
  });
}
