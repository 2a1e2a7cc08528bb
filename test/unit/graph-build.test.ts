import { graphOf } from '../../src/graph/build-graph';
import { toJson } from '../../src/graph/export-json';
import type { ArticleExtraction } from '../../src/pipeline/extract-article';
import type { Relation } from '../../src/relations/relation';

function extraction(id: string, relations: Relation[] = []): ArticleExtraction {
  return {
    article: { id, source: `${id}.txt`, chars: 100 },
    mentions: [
      { id: '0:0-2', sentence: 0, tokenStart: 0, tokenEnd: 2, start: 0, end: 9, text: 'Jane Roe', type: 'Person', rule: 't', confidence: 1 },
      { id: '0:4-5', sentence: 0, tokenStart: 4, tokenEnd: 5, start: 14, end: 22, text: 'John Doe', type: 'Person', rule: 't', confidence: 1 },
    ],
    actors: [
      { key: 'a0', type: 'Person', name: 'Jane Roe', forms: ['Jane Roe'], mentionIds: ['0:0-2'], roles: [] },
      { key: 'a1', type: 'Person', name: 'John Doe', forms: ['John Doe'], mentionIds: ['0:4-5'], roles: [] },
    ],
    actorOf: { '0:0-2': 'a0', '0:4-5': 'a1' },
    relations,
    quotes: [],
    warnings: [],
  };
}

const met = (subject: string, object: string, start: number): Relation => ({
  type: 'MET_WITH', subject, object, rule: 'met', confidence: 0.9, sentence: 0, evidence: `sentence at ${start}`, start, end: start + 20, place: 'Oslo',
});

test('a symmetric relation stated both ways in two articles is one edge with both articles', () => {
  const exs = [extraction('article-a', [met('a0', 'a1', 0)]), extraction('article-b', [met('a1', 'a0', 5)])];
  const graph = graphOf(exs);
  const edges = graph.relationships.filter((r) => r.type === 'MET_WITH');
  expect(edges).toHaveLength(1);
  expect(edges[0]).toMatchObject({ start: 'person:jane-roe', end: 'person:john-doe' });
  expect(edges[0].properties).toEqual({ articles: ['article-a', 'article-b'], articleCount: 2, count: 2, confidence: 0.9, rule: 'met', place: 'Oslo' });
  const evidence = graph.nodes.filter((n) => n.labels.includes('Evidence')).map((n) => n.properties);
  expect(evidence.map((e) => [e.key, e.from, e.to, e.sentence])).toEqual(
    expect.arrayContaining([
      ['article-a:0-20', 'person:jane-roe', 'person:john-doe', 'sentence at 0'],
      ['article-b:5-25', 'person:jane-roe', 'person:john-doe', 'sentence at 5'],
    ]),
  );
});

test('the same evidence found by two rules is kept once, with the more confident rule', () => {
  const weaker = { ...met('a0', 'a1', 0), rule: 'cooccur', confidence: 0.4 };
  const exs = [extraction('article-a', [weaker, met('a0', 'a1', 0)])];
  const edge = graphOf(exs).relationships.find((r) => r.type === 'MET_WITH');
  expect(edge?.properties).toMatchObject({ count: 1, rule: 'met' });
  expect(graphOf(exs).nodes.filter((n) => n.labels.includes('Evidence')).map((n) => n.properties.rule)).toEqual(['met']);
});

test('MENTIONS carry count, forms, offsets and name key; articles, entities and the name index are nodes', () => {
  const exs = [extraction('article-a')];
  const graph = graphOf(exs);
  expect(graph.nodes.map((n) => [n.id, n.labels])).toEqual([
    ['Person|jane roe', ['Name']],
    ['Person|john doe', ['Name']],
    ['article-a', ['Article']],
    ['person:jane-roe', ['Entity', 'Person']],
    ['person:john-doe', ['Entity', 'Person']],
  ]);
  const mentions = graph.relationships.filter((r) => r.type === 'MENTIONS');
  expect(mentions.map((m) => m.properties)).toEqual([
    { count: 1, forms: ['Jane Roe'], starts: [0], group: 'Person|jane roe' },
    { count: 1, forms: ['John Doe'], starts: [14], group: 'Person|john doe' },
  ]);
  const jane = graph.nodes.find((n) => n.id === 'Person|jane roe');
  expect(jane?.properties).toMatchObject({ type: 'Person', name: 'Jane Roe', entity: 'person:jane-roe', uses: 1, mentions: 1, names: ['Jane Roe'], nameCounts: [1] });
  expect(graph.nodes.find((n) => n.id === 'article-a')?.properties.actors).toHaveLength(2);
});

test('input order of articles does not change the JSON', () => {
  const a = extraction('article-a', [met('a0', 'a1', 0)]);
  const b = extraction('article-b', [met('a1', 'a0', 5)]);
  const one = toJson(graphOf([a, b]));
  const two = toJson(graphOf([b, a]));
  expect(one).toBe(two);
});

test('nodes are ordered by id in code-unit order, whatever the locale collation would say', () => {
  // localeCompare would sort case-blind ("article-a-c", "article-ab", "article-Z") and by locale
  const exs = [extraction('article-ab'), extraction('article-a-c'), extraction('article-Z')];
  const ids = graphOf(exs).nodes.map((n) => n.id).filter((id) => id.startsWith('article-'));
  expect(ids).toEqual(['article-Z', 'article-a-c', 'article-ab']);
});

test.each([
  ['named only through a demonym and in no relation: no node', [], false],
  ['named only through a demonym but in a relation: kept', [met('a0', 'a1', 0)], true],
])('an actor %s; an article that names it only through a demonym has no MENTIONS of it', (_label, relations, kept) => {
  const ex = extraction('article-a', relations as Relation[]);
  ex.mentions[1] = { ...ex.mentions[1], linkOnly: true };
  const graph = graphOf([ex]);
  expect(graph.nodes.some((n) => n.id === 'person:john-doe')).toBe(kept);
  expect(graph.relationships.some((r) => r.type === 'MENTIONS' && r.end === 'person:john-doe')).toBe(false);
  expect(graph.nodes.some((n) => n.id === 'person:jane-roe')).toBe(true);
});
