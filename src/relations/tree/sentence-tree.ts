// The relations stage's view of a sentence's dependency tree (Universal Dependencies): one token
// per syntactic word, `head` 1-based (0 = root), `source` = index of the compromise token in
// Sentence.tokens it was read from (several words may share one: "Kessel's" → Kessel + 's).
// The syntax stage (src/syntax) produces these; tests write small trees by hand.

export interface TreeToken {
  form: string;
  upos: string;
  /** 1-based index of the head word; 0 for the root. */
  head: number;
  deprel: string;
  /** Index into Sentence.tokens. */
  source: number;
}

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
