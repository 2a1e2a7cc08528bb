// Hand-written dependency trees for the tree-rule tests: one string per sentence, one word per
// space-separated cell "form/UPOS/head/deprel" (head 1-based, 0 = root), aligned to the
// sentence's compromise tokens by their text (punctuation and a split "'s" take the token before).
import type { Sentence } from '../../src/nlp/parsed-article';
import type { SentenceTree, TreeToken } from '../../src/relations/tree/sentence-tree';

export function treeOf(sentence: Sentence, spec: string): SentenceTree {
  const tokens: TreeToken[] = [];
  let at = 0;
  let rest = '';
  let source = 0;
  for (const cell of spec.trim().split(/\s+/)) {
    const [form, upos, head, deprel] = cell.split('/');
    if (!form || !upos || head === undefined || !deprel) throw new Error(`bad tree cell "${cell}"`);
    const word = form.toLowerCase();
    if (upos !== 'PUNCT') {
      // the rest of a token split into words ("did" + "n't", "Kessel" + "'s"), else the next token with this text
      if (rest && rest.startsWith(word)) rest = rest.slice(word.length);
      else {
        while (at < sentence.tokens.length && !sentence.tokens[at].text.toLowerCase().startsWith(word)) at++;
        if (at >= sentence.tokens.length) throw new Error(`tree word "${form}" not in: ${sentence.text}`);
        source = at;
        rest = sentence.tokens[at++].text.toLowerCase().slice(word.length);
      }
    }
    tokens.push({ form, upos, head: Number(head), deprel, source });
  }
  return { tokens };
}
