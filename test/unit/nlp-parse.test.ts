import { makeArticle } from '../../src/ingest/make-article';
import { parseArticle } from '../../src/nlp/parse-article';

const parse = (text: string) => parseArticle(makeArticle({ text, source: 't.txt' }));

test('token offsets point at the token text in the article', () => {
  const { article, sentences } = parse('Talks Stall in Vienna\n\nThe envoy, who arrived late, met Sen. Jane Roe. "It went well," she said.');
  for (const s of sentences) {
    expect(article.text.slice(s.start, s.end)).toBe(s.text);
    for (const t of s.tokens) expect(article.text.slice(t.start, t.end)).toBe(t.text);
  }
});

test('sentences never cross a line break, and headings are marked', () => {
  const { sentences } = parse('Budget Talks\nThe council met on Monday. It adjourned.\nA New Plan\nThe mayor spoke.');
  expect(sentences.map((s) => [s.text, s.heading])).toEqual([
    ['Budget Talks', true],
    ['The council met on Monday.', false],
    ['It adjourned.', false],
    ['A New Plan', true],
    ['The mayor spoke.', false],
  ]);
});

test('closing punctuation belongs to the sentence', () => {
  const { sentences } = parse('He said: "We agreed." Then he left.');
  expect(sentences.map((s) => s.text)).toEqual(['He said: "We agreed."', 'Then he left.']);
});

test('odd text never throws', () => {
  for (const text of ['...', '""', '\u0000\u0001', 'a'.repeat(5000), '12 34 56', '::: ;;; ---']) {
    expect(() => parse(text)).not.toThrow();
  }
});
