// Sentence trees as CoNLL-U for `kg syntax parse`: one block per sentence with its id and text,
// and in MISC the token's character offsets in the article and its compromise token.
import type { Sentence } from '../nlp/parsed-article';
import { formatConllu, type ConlluSentence } from './conllu';
import type { SentenceTree } from './parse-syntax';

export function formatTrees(articleId: string, sentences: readonly Sentence[], trees: readonly SentenceTree[]): string {
  const blocks: ConlluSentence[] = trees.map((tree, i) => ({
    comments: [`sent_id = ${articleId}-${i + 1}`, `text = ${sentences[i]?.text.replace(/\s+/g, ' ') ?? ''}`],
    words: tree.tokens.map((t) => ({ form: t.form, lemma: '_', upos: t.upos, xpos: '_', head: t.head, deprel: t.deprel, misc: `TokenRange=${t.start}:${t.end}|Source=${t.source}` })),
  }));
  return formatConllu(blocks);
}
