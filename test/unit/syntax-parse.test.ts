import { makeArticle } from '../../src/ingest/make-article';
import { parseArticle } from '../../src/nlp/parse-article';
import { parseSyntax, type SentenceTree } from '../../src/syntax/parse-syntax';
import { loadSyntaxModel } from '../../src/syntax/syntax-model';
import { ancestorsOf } from '../../src/syntax/tree-helpers';

const treesOf = (text: string): SentenceTree[] => parseSyntax(parseArticle(makeArticle({ text, source: 't.txt' })), loadSyntaxModel());

/** "dependent→head:label" for the first token with that form. */
const arc = (tree: SentenceTree, form: string): string => {
  const t = tree.tokens.find((x) => x.form === form);
  if (!t) return `${form} missing`;
  return `${form}→${t.head === 0 ? 'ROOT' : tree.tokens[t.head - 1].form}:${t.deprel}`;
};

test.each([
  ['The committee approved the budget on Monday.', ['approved→ROOT:root', 'committee→approved:nsubj', 'budget→approved:obj', 'The→committee:det', '.→approved:punct']],
  ['The mayor was praised by the voters.', ['praised→ROOT:root', 'mayor→praised:nsubj:pass', 'was→praised:aux:pass', 'by→voters:case']],
  ['Police arrested two men and a woman.', ['arrested→ROOT:root', 'men→arrested:obj', 'woman→men:conj', 'and→woman:cc', 'two→men:nummod']],
])('clear cases: %s', (text, arcs) => {
  const [tree] = treesOf(text);
  expect(arcs.map((a) => arc(tree, a.split('→')[0]))).toEqual(arcs);
});

test('one tree per sentence, each a well-formed tree with one root', () => {
  const text = 'The talks ended late. Negotiators from both sides, who met for nine hours, said little; a deal (if any) will wait until May.\nNext steps';
  const parsed = parseArticle(makeArticle({ text, source: 't.txt' }));
  const trees = parseSyntax(parsed, loadSyntaxModel());
  expect(trees).toHaveLength(parsed.sentences.length);
  for (const tree of trees) {
    expect(tree.tokens.filter((t) => t.head === 0)).toHaveLength(1);
    tree.tokens.forEach((t, i) => {
      expect(t.head).toBeGreaterThanOrEqual(0);
      expect(t.head).toBeLessThanOrEqual(tree.tokens.length);
      expect(ancestorsOf(tree, i + 1).length).toBeLessThanOrEqual(tree.tokens.length); // no cycle
    });
  }
});

test('deterministic: the same text gives the same trees', () => {
  const text = 'Officials in Nairobi said on Tuesday that the agreement, signed last year, would be reviewed.';
  expect(JSON.stringify(treesOf(text))).toBe(JSON.stringify(treesOf(text)));
});

test('odd text never throws', () => {
  for (const text of ['...', '" "', '$$$ %%% ---', 'a'.repeat(3000), Array(400).fill('word').join(' '), '\u0000x']) {
    expect(() => treesOf(text)).not.toThrow();
  }
});
