import { makeArticle } from '../../src/ingest/make-article';
import { parseArticle } from '../../src/nlp/parse-article';
import { splitWord } from '../../src/syntax/split-word';
import { mapUdTokens } from '../../src/syntax/ud-tokens';

const pieces = (word: string): string[] => splitWord(word).map((p) => word.slice(p.at, p.at + p.length));

test.each([
  ["don't", ['do', "n't"]],
  ["Can't", ['Ca', "n't"]],
  ["won't", ['wo', "n't"]],
  ['cannot', ['can', 'not']],
  ['gonna', ['gon', 'na']],
  ["Paris's", ['Paris', "'s"]],
  ["O'Neill's", ["O'Neill", "'s"]],
  ["they're", ['they', "'re"]],
  ["I'd", ['I', "'d"]],
  ["we'll", ['we', "'ll"]],
  ['$40', ['$', '40']],
  ['£2.5bn', ['£', '2.5', 'bn']],
  ['12%', ['12', '%']],
  ['well-paid', ['well', '-', 'paid']],
  ['Berlin-based', ['Berlin', '-', 'based']],
  ['co-owner', ['co-owner']],
  ['e-mail', ['e-mail']],
  ['non-binding', ['non-binding']],
  ['555-0134', ['555-0134']],
  ['and/or', ['and', '/', 'or']],
  ['1980s', ['1980s']],
  ['U.N.', ['U.N.']],
  ['plain', ['plain']],
])('splitWord(%s)', (word, expected) => {
  expect(pieces(word)).toEqual(expected);
});

const mapText = (text: string) => {
  const parsed = parseArticle(makeArticle({ text, source: 't.txt' }));
  return parsed.sentences.map((s) => ({ sentence: s, ud: mapUdTokens(s, parsed.article.text), text: parsed.article.text }));
};

test.each([
  ["The mayor's aide didn't call.", ['The', 'mayor', "'s", 'aide', 'did', "n't", 'call', '.']],
  ['She said, "We will wait."', ['She', 'said', ',', '"', 'We', 'will', 'wait', '.', '"']],
  ['The vote (held on Friday) failed.', ['The', 'vote', '(', 'held', 'on', 'Friday', ')', 'failed', '.']],
  ['Shares rose 4% to $31.50 in a long-awaited rally.', ['Shares', 'rose', '4', '%', 'to', '$', '31.50', 'in', 'a', 'long', '-', 'awaited', 'rally', '.']],
  ['Acme Inc. hired 2,000 workers...', ['Acme', 'Inc.', 'hired', '2,000', 'workers', '...']],
])('UD tokens of %s', (text, expected) => {
  const [{ ud }] = mapText(text);
  expect(ud.map((t) => t.form)).toEqual(expected);
});

test('every UD token keeps its offsets and the compromise token it came from', () => {
  for (const { sentence, ud, text } of mapText('Ms. Lee\'s plan, "a first step" (officials say), won\'t pass; it costs €3m.')) {
    for (const t of ud) {
      expect(text.slice(t.start, t.end)).toBe(t.form);
      const source = sentence.tokens[t.source];
      expect(source).toBeDefined();
      // a word piece lies inside its token; punctuation sits next to it (in its pre or post text)
      expect(t.start >= source.start - source.pre.length - 1 && t.end <= source.end + source.post.length + 1).toBe(true);
    }
    const starts = ud.map((t) => t.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  }
});

test('odd text maps without throwing', () => {
  for (const text of ['...', '"" ()', '---', "'s", 'a-b-c-d', '$', '%%%', 'x'.repeat(300)]) {
    expect(() => mapText(text)).not.toThrow();
  }
});
