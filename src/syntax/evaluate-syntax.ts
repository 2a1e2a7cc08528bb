// Evaluation on a treebank with gold tokenization: UPOS accuracy, UAS and LAS over all words,
// punctuation included, with predicted tags. LAS compares universal relations (the part before
// ":"), as the CoNLL 2018 shared task's script does; `lasFull` also compares subtypes.
import type { ConlluSentence } from './conllu';
import { analyzeWords } from './parse-syntax';
import type { SyntaxModel } from './syntax-model';

export interface SyntaxScores {
  sentences: number;
  words: number;
  upos: number;
  uas: number;
  las: number;
  lasFull: number;
}

const universal = (label: string): string => label.split(':')[0];
const ratio = (n: number, d: number): number => (d ? Math.round((n / d) * 10000) / 10000 : 0);

export function evaluateSyntax(model: SyntaxModel, sentences: readonly ConlluSentence[]): SyntaxScores {
  let words = 0;
  let upos = 0;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  for (const sentence of sentences) {
    const got = analyzeWords(model, sentence.words.map((w) => w.form));
    sentence.words.forEach((gold, i) => {
      words++;
      if (got.upos[i] === gold.upos) upos++;
      if (got.heads[i] !== gold.head) return;
      uas++;
      if (universal(got.deprels[i]) === universal(gold.deprel)) las++;
      if (got.deprels[i] === gold.deprel) lasFull++;
    });
  }
  return { sentences: sentences.length, words, upos: ratio(upos, words), uas: ratio(uas, words), las: ratio(las, words), lasFull: ratio(lasFull, words) };
}
