import type { GraphDocument, GraphNode, GraphRelationship } from '../../src/graph/graph-document';
import { evaluateGraph, failedThresholds } from '../../src/eval/evaluate';
import type { CorpusGold, SeedGold } from '../../src/eval/gold';

const entity = (id: string, type: 'Person' | 'Organization' | 'Location', name: string, aliases: string[] = []): GraphNode => ({
  id, labels: ['Entity', type], properties: { name, aliases },
});
const article = (id: string, source: string): GraphNode => ({ id, labels: ['Article'], properties: { source } });
const rel = (type: GraphRelationship['type'], start: string, end: string, articles: string[]): GraphRelationship => ({ type, start, end, properties: { articles } });
const mentions = (a: string, node: string, forms: string[]): GraphRelationship => ({ type: 'MENTIONS', start: a, end: node, properties: { forms, count: forms.length } });

describe('kg eval on seed-format gold', () => {
  const gold: SeedGold = {
    kind: 'seed',
    articles: { A: 'a.txt' },
    entities: [
      { name: 'Ada Lovelace', type: 'Person', aliases: ['Lovelace'] },
      { name: 'London', type: 'Location', aliases: [] },
      { name: 'Royal Society', type: 'Organization', aliases: [] },
    ],
    optional: ['Analytical Engine'],
    notEntities: ['However'],
    relations: [
      { in: 'A', level: 'core', subject: 'Ada Lovelace', type: 'LIVES_IN', object: 'London' },
      { in: 'A', level: 'stretch', subject: 'Ada Lovelace', type: 'WORKS_FOR', object: 'Royal Society' },
    ],
    acceptable: [{ subject: 'Royal Society', type: 'BASED_IN', object: 'London' }],
  };
  const graph: GraphDocument = {
    nodes: [
      article('art1', 'corpus/a.txt'),
      entity('p1', 'Person', 'Ada Lovelace', ['Lovelace']),
      entity('l1', 'Location', 'London'),
      entity('o1', 'Organization', 'Royal Society'),
      entity('o2', 'Organization', 'Analytical Engine'),
      entity('x1', 'Location', 'However'),
    ],
    relationships: [
      rel('LIVES_IN', 'p1', 'l1', ['art1']),
      rel('BASED_IN', 'o1', 'l1', ['art1']),
      rel('KILLED', 'p1', 'o1', ['art1']),
    ],
  };
  const report = evaluateGraph(gold, graph);

  test('entities: found, optional ignored, junk and false positives listed', () => {
    if (report.kind !== 'seed') throw new Error('expected a seed report');
    expect(report.entities.all).toMatchObject({ tp: 3, fp: 1, fn: 0, p: 0.75, r: 1 });
    expect(report.junk).toEqual(['However']);
    expect(report.falsePositives).toEqual(['Location:However']);
  });
  test('relations: levels, precision among gold entities, unexpected edges', () => {
    if (report.kind !== 'seed') throw new Error('expected a seed report');
    expect(report.levels.core).toMatchObject({ got: 1, want: 1 });
    expect(report.levels.stretch).toMatchObject({ got: 0, want: 1 });
    expect(report.relations.all).toMatchObject({ matched: 1, extra: 1, p: 0.5, r: 0.5 });
    expect(report.unexpected).toEqual(['Ada Lovelace -KILLED-> Royal Society']);
  });
  test('thresholds', () => {
    expect(failedThresholds(report, { relationPrecision: 0.9, coreRecall: 1 })).toEqual(['relation precision 0.5 < 0.9']);
    expect(failedThresholds(report, { entityF1: 0.8 })).toEqual([]);
  });
});

describe('kg eval on eval-JSONL gold', () => {
  const gold: CorpusGold = {
    kind: 'corpus',
    records: [
      {
        id: 'r1',
        entities: [{ type: 'Peop', text: 'Ada Lovelace' }, { type: 'Loc', text: 'London' }, { type: 'Other', text: '1843' }],
        relations: [{ type: 'Live_In', headText: 'Ada Lovelace', tailText: 'London' }],
      },
      { id: 'r2', entities: [{ type: 'Org', text: 'the Royal Society' }], relations: [] },
    ],
  };
  const graph: GraphDocument = {
    nodes: [article('a1', 'r1'), article('a2', 'r2'), entity('p1', 'Person', 'Ada Lovelace'), entity('l1', 'Location', 'London'), entity('o1', 'Organization', 'Royal Society')],
    relationships: [
      mentions('a1', 'p1', ["Ada Lovelace's"]),
      mentions('a1', 'l1', ['London']),
      mentions('a2', 'o1', ['Royal Society']),
      rel('LIVES_IN', 'p1', 'l1', ['a1']),
      rel('LIVES_IN', 'l1', 'p1', ['a1']),
    ],
  };
  test('per-type counts, possessives and "the" ignored, direction matters', () => {
    const report = evaluateGraph(gold, graph);
    if (report.kind !== 'corpus') throw new Error('expected a corpus report');
    expect(report.entities.all).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(report.relations.LIVES_IN).toMatchObject({ tp: 1, fp: 1, fn: 0, p: 0.5, r: 1 });
    expect(report.missingArticles).toBe(0);
  });
});
