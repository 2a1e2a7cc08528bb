// A graph document carries its per-article records: splitting it and building the graph again
// gives the same document (what lets kg load merge a document into a database of other
// articles), and documents without those records are refused with a clear error.
import { buildGraph, graphOf } from '../../src/graph/build-graph';
import { toJson } from '../../src/graph/export-json';
import { splitGraph } from '../../src/graph/split-graph';
import { makeArticle } from '../../src/ingest/make-article';
import { extractArticle } from '../../src/pipeline/extract-article';

const texts = [
  'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday. "We agree," Scholz said.',
  'Macron later flew to Berlin, where the French leader met Scholz again.',
];

test('split then build gives the same document, byte for byte', () => {
  const graph = graphOf(texts.map((text, i) => extractArticle(makeArticle({ text, source: `note-${i}.txt`, date: '2024-05-0' + (i + 1) }))));
  expect(graph.nodes.some((n) => n.labels.includes('Evidence'))).toBe(true);
  expect(graph.nodes.some((n) => n.labels.includes('Quote'))).toBe(true);
  expect(toJson(buildGraph(splitGraph(graph)))).toBe(toJson(graph));
});

test('a document without per-article records is GRAPH_INVALID, with a hint', () => {
  const old = { nodes: [{ id: 'article-x', labels: ['Article' as const], properties: { source: 'x.txt', chars: 3 } }], relationships: [] };
  expect(() => splitGraph(old)).toThrow(expect.objectContaining({ code: 'GRAPH_INVALID', hint: expect.stringContaining('kg extract') }));
});
