// Resolving only the part of the name index a batch can reach (gather-names.ts) gives the same
// actors as resolving the whole index: the property that makes kg load order-independent. The
// stored :Name records are kept in memory here exactly as the loader writes them (batch-rows.ts),
// and read back through functions with the semantics of cypher/load/read-name-heads.cypher and
// read-names.cypher.
import { nameRows } from '../../src/load/batch-rows';
import { gatherComponent, LINK_FIELDS, type NameQuery, type UseDelta } from '../../src/load/gather-names';
import { rebuildActors } from '../../src/load/rebuild-actors';
import { readNameHead, readStoredName, type StoredName, type StoredRecord } from '../../src/load/stored-name';
import type { Actor } from '../../src/resolve/actor';
import { toPlain } from '../../src/query/plain-value';
import type { ActorType } from '../../src/mentions/mention';
import type { ArticleActors } from '../../src/resolve/actor-summary';
import { NO_ALIASES, type Aliases } from '../../src/resolve/aliases';
import { articleUses, foldNames } from '../../src/resolve/name-record';
import { parseAliases } from '../../src/resolve/read-aliases';
import { resolveNames } from '../../src/resolve/resolve-names';

let nextKey = 0;
function article(id: string, date: string, ...actors: Array<[ActorType, string, string[]?, number?]>): ArticleActors {
  return { article: id, date, actors: actors.map(([type, name, forms = [name], confidence]) => ({ key: `a${nextKey++}`, type, name, forms, roles: [], mentions: forms.length, confidence })) };
}

const CORPUS: ArticleActors[] = [
  article('a1', '2024-01-01', ['Person', 'Elena Whitfield', ['Elena Whitfield', 'Whitfield']], ['Location', 'Washington']),
  article('a2', '2024-01-02', ['Person', 'Whitfield']),
  article('a3', '2024-01-03', ['Person', 'Kit Whitfield'], ['Location', 'Boulder']),
  article('a4', '2024-01-04', ['Person', 'Mohammad Javad Zarif'], ['Organization', 'United Nations']),
  article('a5', '2024-01-05', ['Person', 'Mohammed Javad Zarif', ['Mohammed Javad Zarif', 'Zarif']], ['Organization', 'UN']),
  article('a6', '2024-01-06', ['Organization', 'U.N.'], ['Location', 'Geneva']),
  article('a7', '2024-01-07', ['Organization', 'Yukos', ['Yukos'], 0.95], ['Person', 'Yukos', ['Yukos'], 0.5]),
  article('a8', '2024-01-08', ['Location', 'Łodz'], ['Location', 'Odz']),
  article('a9', '2024-01-09', ['Location', 'Odz'], ['Person', 'Arvid Tolson Karro']),
  article('a10', '2024-01-10', ['Person', 'Arvid Tolsen Karro', ['Arvid Tolsen Karro', 'Karro']]),
  article('a11', '2024-01-11', ['Organization', 'Centre for International Policy'], ['Organization', 'CIP']),
  article('a12', '2024-01-12', ['Person', 'Zarif'], ['Organization', 'News Corp', ['News Corp']]),
  article('a13', '2024-01-13', ['Organization', 'News Corporation'], ['Person', 'Bill Clinton'], ['Person', 'Clinton']),
  article('a14', '2024-01-14', ['Person', 'Hillary Clinton'], ['Location', 'Washington', ['Washington', 'Wash.']]),
];

/** The stored name index, as kg load keeps it, with read-name-heads.cypher's and read-names.cypher's matching. */
class NameStore {
  readonly names = new Map<string, StoredRecord>();

  async heads(q: NameQuery): Promise<StoredName[]> {
    return [...this.names.values()].filter((s) => {
      const props = JSON.parse(s.json) as Record<string, unknown>;
      if (q.idKeys.includes(s.idKey)) return true;
      if (LINK_FIELDS.some((f) => props[f] !== undefined && q.links[f].includes(String(props[f])))) return true;
      return (s.links.mergeLists ?? []).some((i) => q.mergeLists.includes(i));
    }).map((s) => readNameHead(JSON.parse(s.json)));
  }

  async records(keys: readonly string[]): Promise<StoredRecord[]> {
    return keys.flatMap((k) => (this.names.has(k) ? [readStoredName(JSON.parse((this.names.get(k) as StoredRecord).json))] : []));
  }

  async apply(add: readonly ArticleActors[], remove: readonly ArticleActors[], aliases: Aliases): Promise<void> {
    const deltas: UseDelta[] = [];
    for (const [list, sign] of [[add, 1], [remove, -1]] as const) {
      for (const a of list) for (const use of articleUses(a, aliases).uses) deltas.push({ use, date: a.date, sign });
    }
    const component = await gatherComponent(deltas, aliases, { heads: (q) => this.heads(q), records: (keys) => this.records(keys) });
    const rows = nameRows(component, aliases);
    for (const key of rows.remove) this.names.delete(key);
    for (const row of rows.write) this.names.set(String(row.id), readStoredName(toPlain(row.properties)));
    for (const row of rows.move) {
      const props = { ...(JSON.parse((this.names.get(String(row.id)) as StoredRecord).json) as Record<string, unknown>), entity: row.entity, idKey: row.idKey };
      this.names.set(String(row.id), readStoredName(props));
    }
    const { actors } = await rebuildActors(component, (keys) => this.records(keys));
    for (const actor of actors) this.actors.set(actor.id, actor);
  }

  readonly actors = new Map<string, Actor>();

  /** The actors the stored names resolve to, as last rebuilt. */
  liveActors(): Actor[] {
    return [...new Set([...this.names.values()].map((s) => s.entity))].sort().map((id) => this.actors.get(id) as Actor);
  }

  entities(): Record<string, string> {
    return Object.fromEntries([...this.names.values()].map((s) => [s.key, s.entity]).sort());
  }
}

function wholeIndex(articles: readonly ArticleActors[], aliases: Aliases): Record<string, string> {
  const { actorOf } = resolveNames(foldNames(articles, aliases), aliases);
  return Object.fromEntries([...actorOf.entries()].sort());
}

const wholeActors = (articles: readonly ArticleActors[], aliases: Aliases): Actor[] => resolveNames(foldNames(articles, aliases), aliases).actors;

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('resolving the part of the index a batch reaches = resolving the whole index', () => {
  test('the corpus exercises lone surnames, variants, acronyms, one type per name and a shared slug', () => {
    const ids = Object.values(wholeIndex(CORPUS, NO_ALIASES));
    expect(ids).toEqual(expect.arrayContaining(['person:whitfield', 'person:kit-whitfield', 'organization:united-nations', 'location:odz', 'location:odz-2']));
    expect(wholeIndex(CORPUS.slice(0, 2), NO_ALIASES)['Person|whitfield']).toBe('person:elena-whitfield');
  });

  test.each([1, 2, 3, 4, 5, 6, 7, 8])('any order and batch split (seed %i)', async (seed) => {
    const store = new NameStore();
    const order = shuffled(CORPUS, seed);
    for (let i = 0; i < order.length; ) {
      const size = 1 + ((seed * 7 + i) % 4);
      await store.apply(order.slice(i, i + size), [], NO_ALIASES);
      i += size;
    }
    expect(store.entities()).toEqual(wholeIndex(CORPUS, NO_ALIASES));
    expect(store.liveActors()).toEqual(wholeActors(CORPUS, NO_ALIASES));
  });

  test.each([1, 2, 3, 4])('removing articles leaves the index of the rest (seed %i)', async (seed) => {
    const store = new NameStore();
    await store.apply(CORPUS, [], NO_ALIASES);
    const gone = shuffled(CORPUS, seed).slice(0, 5);
    for (const a of gone) await store.apply([], [a], NO_ALIASES);
    const rest = CORPUS.filter((a) => !gone.includes(a));
    expect(store.entities()).toEqual(wholeIndex(rest, NO_ALIASES));
    expect(store.liveActors()).toEqual(wholeActors(rest, NO_ALIASES));
  });

  test('with an alias file: forced merges, forbidden merges and renames', async () => {
    const aliases = parseAliases(JSON.stringify({ merge: [['Odz', 'Geneva']], forbid: [['Bill Clinton', 'Clinton']], names: { Wash: 'Washington State' } }), 'aliases.json');
    const store = new NameStore();
    for (const a of shuffled(CORPUS, 11)) await store.apply([a], [], aliases);
    expect(store.entities()).toEqual(wholeIndex(CORPUS, aliases));
    expect(store.liveActors()).toEqual(wholeActors(CORPUS, aliases));
  });
});
