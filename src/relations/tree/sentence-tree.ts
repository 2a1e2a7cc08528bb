// The relations stage's view of a sentence's dependency tree (Universal Dependencies): one token
// per syntactic word, `head` 1-based (0 = root), `source` = index of the compromise token in
// Sentence.tokens it was read from (several words may share one: "Kessel's" → Kessel + 's).
// The syntax stage (src/syntax) produces these; tests write small trees by hand.

import type { TreeToken as ParsedTreeToken } from '../../syntax/parse-syntax';

/** A word of the syntax stage's tree; character offsets optional (hand-written test trees lack them). */
export type TreeToken = Omit<ParsedTreeToken, 'start' | 'end'> & Partial<Pick<ParsedTreeToken, 'start' | 'end'>>;

export interface SentenceTree {
  tokens: readonly TreeToken[];
}

/** Children of every word (index 0 = the root's children), in sentence order; words are 1-based. */
export function childrenOf(tree: SentenceTree): number[][] {
  const children: number[][] = Array.from({ length: tree.tokens.length + 1 }, () => []);
  tree.tokens.forEach((t, i) => {
    if (t.head >= 0 && t.head <= tree.tokens.length && t.head !== i + 1) children[t.head].push(i + 1);
  });
  return children;
}

/** One line per word: index, form, tag, head, label ("3 met VERB 0 root"). */
export function formatTree(tree: SentenceTree): string[] {
  return tree.tokens.map((t, i) => `${i + 1} ${t.form} ${t.upos} ${t.head} ${t.deprel}`);
}
