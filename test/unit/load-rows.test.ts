import neo4j from 'neo4j-driver';
import { buildLoadPlan } from '../../src/load/load-rows';
import type { GraphDocument, GraphRelationship } from '../../src/graph/graph-document';
import { A, B, IRAN, IRAVANI, MUSK, articleA, articleB } from '../fixtures/graphs';

const str = (v: unknown): unknown => (neo4j.isInt(v) ? `int:${v.toString()}` : Array.isArray(v) ? v.map(str) : v);

describe('buildLoadPlan', () => {
  const plan = buildLoadPlan(articleA());

  test('splits nodes by kind and relationships by type (allow-listed, in vocabulary order)', () => {
    expect([plan.articles.length, plan.entities.length, plan.quotes.length, plan.mentions.length, plan.said.length]).toEqual([1, 7, 1, 7, 1]);
    expect(plan.relations.map((r) => r.type)).toEqual(['MET_WITH', 'WORKS_FOR', 'APPOINTED', 'LOCATED_IN']);
  });

  test('entity rows: label, name kept out of aliases, integer mentions, extra props apart', () => {
    const iravani = plan.entities.find((e) => e.id === IRAVANI);
    expect(iravani).toMatchObject({ label: 'Person', name: 'Amir Saeid Iravani', aliases: ['Iravani'], roles: ['UN Ambassador'], firstSeen: '2024-11-14', extra: {} });
    expect(str(iravani?.mentions)).toBe('int:2');
  });

  test('integer properties become Neo4j integers; others stay as they are', () => {
    const article = plan.articles[0].properties as Record<string, unknown>;
    expect(str(article.chars)).toBe('int:1200');
    expect(article.id).toBe(A);
    const mention = plan.mentions[0].properties as Record<string, unknown>;
    expect(str(mention.count)).toBe('int:3');
    expect(str(mention.starts)).toEqual(['int:0', 'int:80', 'int:300']);
    const met = plan.relations[0].rows[0];
    expect(met.confidence).toBe(0.8);
    expect(str(met.evidenceStarts)).toEqual(['int:0']);
  });

  test('symmetric relations are ordered start < end; directed ones are not touched', () => {
    const met = plan.relations[0].rows[0];
    expect([met.start, met.end]).toEqual([IRAVANI, MUSK]);
    const works = plan.relations[1].rows[0];
    expect([works.start, works.end]).toEqual([IRAVANI, IRAN]);
  });

  test('duplicate edges in one document merge: evidence by key, articles union, max confidence, first scalars', () => {
    const a = articleA().relationships.find((r) => r.type === 'MET_WITH') as GraphRelationship;
    const b = articleB().relationships.find((r) => r.type === 'MET_WITH') as GraphRelationship;
    const doc: GraphDocument = { nodes: [...articleA().nodes, ...articleB().nodes], relationships: [a, b, a] };
    const rows = buildLoadPlan(doc).relations[0].rows;
    expect(rows).toHaveLength(1);
    expect(rows[0].articles).toEqual([A, B]);
    expect(rows[0].evidenceRules).toEqual(['met-with', 'held-talks']);
    expect((rows[0].evidenceKeys as string[]).length).toBe(2);
    expect(rows[0].confidence).toBe(0.8);
    expect(rows[0].date).toBe('2024-11-11');
  });

  test('evidence keys are derived from article and offsets when the document gives none', () => {
    const rel: GraphRelationship = { type: 'ALLY_OF', start: MUSK, end: IRAVANI, properties: { evidence: ['x'], evidenceArticles: [B], evidenceStarts: [5], evidenceEnds: [9] } };
    const row = buildLoadPlan({ nodes: articleA().nodes, relationships: [rel] }).relations[0].rows[0];
    expect(row).toMatchObject({ start: IRAVANI, end: MUSK, evidenceKeys: [`${B}:5-9`], articles: [B], evidenceRules: [''] });
  });

  test.each([
    ['a node with two actor labels', { nodes: [{ id: 'x', labels: ['Entity', 'Person', 'Location'], properties: {} }], relationships: [] }, /exactly one of/],
    ['a node with no actor label', { nodes: [{ id: 'x', labels: ['Entity'], properties: {} }], relationships: [] }, /exactly one of/],
    ['an edge to a missing node', { nodes: articleA().nodes, relationships: [{ type: 'MET_WITH', start: MUSK, end: 'person:nobody', properties: {} }] }, /not in the graph/],
    ['MENTIONS from an entity', { nodes: articleA().nodes, relationships: [{ type: 'MENTIONS', start: MUSK, end: IRAVANI, properties: {} }] }, /from an Article/],
    ['a type outside the allow-list', { nodes: articleA().nodes, relationships: [{ type: 'LOVES', start: MUSK, end: IRAVANI, properties: {} }] }, /allow-list/],
    ['evidence lists of different lengths', { nodes: articleA().nodes, relationships: [{ type: 'MET_WITH', start: MUSK, end: IRAVANI, properties: { evidence: ['a', 'b'], evidenceStarts: [1] } }] }, /evidenceStarts has 1 entries but evidence has 2/],
  ])('rejects %s', (_what, doc, message) => {
    expect(() => buildLoadPlan(doc as unknown as GraphDocument)).toThrow(expect.objectContaining({ code: 'GRAPH_INVALID', message: expect.stringMatching(message) }));
  });
});
