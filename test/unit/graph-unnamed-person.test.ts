// A demonym before a role noun ("Iranian Envoy", "the Iranian officials") names an unnamed person:
// the relations such a phrase supports do not make the country a participant. The country named
// as itself still is one.
import { makeArticle } from '../../src/ingest/make-article';
import { extractArticle } from '../../src/pipeline/extract-article';
import { NO_ALIASES } from '../../src/resolve/aliases';
import { recordArticle } from '../../src/graph/article-record';
import { buildGraph } from '../../src/graph/build-graph';

function relations(text: string, type: string): string[] {
  const ex = extractArticle(makeArticle({ text, source: 't.txt' }));
  const graph = buildGraph([recordArticle(ex, NO_ALIASES)]);
  return graph.relationships.filter((r) => r.type === type).map((r) => `${r.start} ${r.end}`);
}
const metWith = (text: string): string[] => relations(text, 'MET_WITH');

test('a demonym title of a named person still makes the country the employer', () => {
  expect(relations('French President Emmanuel Macron arrived in Berlin on Monday.', 'WORKS_FOR')).toEqual(['person:emmanuel-macron location:france']);
});

test.each([
  ['a headline: demonym and role noun', 'Whitfield and Iranian Envoy Held Talks\n\nElena Whitfield spoke with a diplomat in New York on Monday.', []],
  ['a sentence: the demonym and role noun as subject', 'The Iranian envoy met Elena Whitfield in New York on Monday.', []],
  ['the country named as itself', 'Elena Whitfield held talks with Iran on Monday.', ['location:iran person:elena-whitfield']],
])('%s', (_what, text, expected) => {
  expect(metWith(text)).toEqual(expected);
});
