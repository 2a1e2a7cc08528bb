// An edge's aggregates kept up to date article by article (graph/edge-update.ts) equal the
// aggregates computed from all its records (graph/evidence.ts edgeProperties), whatever the order
// of additions, removals and replacements; values are read back (here: derived from the records
// as the loader's LIMIT queries would) only when a record that may have given them leaves.
import { updateEdge, type ArticleShare, type Rederive } from '../../src/graph/edge-update';
import { ARTICLE_SAMPLE, compareTop, edgeProperties, firstArticles, firstValue, roundConfidence, type EvidenceRecord } from '../../src/graph/evidence';
import type { Properties } from '../../src/graph/graph-document';
import { makeRandom } from '../../src/bench/seeded-random';

const record = (article: string, start: number, over: Partial<EvidenceRecord> = {}): EvidenceRecord =>
  ({ article, sentence: 'Ann Vale met Bo Lind.', start, end: start + 20, rule: 'met', confidence: 0.8, ...over });

/** What the loader's read-back statements return, from the records left on the edge. */
function readBack(props: Properties, kinds: readonly Rederive[], records: readonly EvidenceRecord[]): Properties {
  const out = { ...props };
  for (const kind of kinds) {
    if (kind === 'articles') out.articles = firstArticles(records.map((r) => r.article));
    else if (kind === 'top') {
      const top = records.reduce((a, b) => (compareTop(b, a) > 0 ? b : a));
      [out.confidence, out.rule] = [roundConfidence(top.confidence), top.rule];
    } else {
      const value = firstValue(records.map((r) => r[kind]));
      if (value !== undefined) out[kind] = value;
    }
  }
  return out;
}

function apply(stored: Properties | undefined, shares: ArticleShare[], left: readonly EvidenceRecord[]): { props?: Properties; kinds: Rederive[] } {
  const update = updateEdge(stored, shares);
  return { props: update.props && readBack(update.props, update.rederive, left), kinds: update.rederive };
}

describe('an edge updated by one article', () => {
  const a = record('article-a', 0, { confidence: 0.9, rule: 'met', role: 'envoy' });
  const b = record('article-b', 0, { confidence: 0.7, rule: 'talks', place: 'Oslo' });
  const start = edgeProperties([a, b]);

  test.each<[string, ArticleShare[], EvidenceRecord[], Rederive[]]>([
    ['adding a weaker record reads nothing back', [{ article: 'article-c', before: [], after: [record('article-c', 5, { confidence: 0.5 })] }], [a, b, record('article-c', 5, { confidence: 0.5 })], []],
    ['removing the top record reads the top back', [{ article: 'article-a', before: [a], after: [] }], [b], ['top', 'role']],
    ['removing a record below the top reads back only the place it gave', [{ article: 'article-b', before: [b], after: [] }], [a], ['place']],
  ])('%s', (_name, shares, left, kinds) => {
    const got = apply(start, shares, left);
    expect(got.kinds).toEqual(kinds);
    expect(got.props).toEqual(edgeProperties(left));
  });

  test('the last record leaving removes the edge', () => {
    expect(updateEdge(edgeProperties([a]), [{ article: 'article-a', before: [a], after: [] }])).toEqual({ rederive: [] });
  });

  test('an edge stored without counters asks for a whole recomputation', () => {
    expect(updateEdge({ articles: ['article-a'], count: 1, confidence: 0.9, rule: 'met' }, [])).toEqual({ rederive: [], full: true });
  });

  test('two records of one sentence count once', () => {
    const twice = [record('article-d', 9, { rule: 'met' }), record('article-d', 9, { rule: 'talks' })];
    expect(apply(start, [{ article: 'article-d', before: [], after: twice }], [a, b, ...twice]).props).toMatchObject({ count: 3, articleCount: 3 });
  });
});

describe('random sequences of loads, removals and replacements', () => {
  const RULES = ['met', 'talks', 'visit'];
  const make = (random: () => number, article: string, version: number): EvidenceRecord[] =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => {
      const start = Math.floor(random() * 3) * 10; // some records share a sentence
      const r = record(article, start, { rule: RULES[Math.floor(random() * 3)], confidence: [0.6, 0.8, 0.9][Math.floor(random() * 3)] });
      if (random() < 0.4) r.role = ['envoy', 'adviser', 'aide'][(i + version) % 3];
      if (random() < 0.3) r.date = `2024-0${1 + Math.floor(random() * 9)}-1${i}`;
      if (random() < 0.2) r.place = ['Oslo', 'Bern', 'Łódź', '𝔄ton'][Math.floor(random() * 4)];
      return r;
    });

  test.each([1, 2, 3, 4, 5, 6])('seed %i: every step equals the aggregates of what is loaded', (seed) => {
    const random = makeRandom(seed);
    const ids = Array.from({ length: ARTICLE_SAMPLE + 40 }, (_, i) => `article-${String((i * 7919) % 1000).padStart(3, '0')}`);
    const loaded = new Map<string, EvidenceRecord[]>();
    let stored: Properties | undefined;
    for (let step = 0; step < 120; step++) {
      const shares: ArticleShare[] = [];
      for (const id of ids.filter(() => random() < (step < 4 ? 0.3 : 0.04))) {
        const before = loaded.get(id) ?? [];
        const after = before.length > 0 && random() < 0.6 ? [] : make(random, id, step);
        shares.push({ article: id, before, after });
        if (after.length > 0) loaded.set(id, after);
        else loaded.delete(id);
      }
      const left = [...loaded.values()].flat();
      const got = apply(stored, shares, left);
      expect(got.props).toEqual(left.length > 0 ? edgeProperties(left) : undefined);
      stored = got.props;
    }
  });
});
