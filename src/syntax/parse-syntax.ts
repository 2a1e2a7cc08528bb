// Syntax stage (nlp → syntax → mentions): for every sentence of the one compromise parse, UD
// tokens (mapUdTokens), their UPOS tags and a labelled Universal Dependencies tree. Pure: the
// model comes in as data (see loadSyntaxModel).
import type { ParsedArticle } from '../nlp/parsed-article';
import { computeWordAtoms } from './model/word-atoms';
import { makeParseWords } from './parser/parser-features';
import { parseWords } from './parser/parse-words';
import type { SyntaxModel } from './syntax-model';
import { tagWords } from './tagger/tag-words';
import { mapUdTokens } from './ud-tokens';

export interface TreeToken {
  form: string;
  upos: string;
  /** 0 = root; otherwise the 1-based index of the head token (as CoNLL-U). */
  head: number;
  deprel: string;
  /** Index into Sentence.tokens of the compromise token this token came from. */
  source: number;
  /** Character offsets in Article.text. */
  start: number;
  end: number;
}

export interface SentenceTree {
  tokens: TreeToken[];
}

export interface WordAnalysis {
  upos: string[];
  heads: number[];
  deprels: string[];
}

/**
 * Tags and parses tokenized sentences (gold tokenization, as for evaluation): first every
 * sentence is tagged, then every one parsed, so that each model's tables stay warm in the
 * caches across sentences instead of the two taking turns.
 */
export function analyzeSentences(model: SyntaxModel, sentences: ReadonlyArray<readonly string[]>): WordAnalysis[] {
  const atoms = sentences.map((forms) => (forms.length ? computeWordAtoms(forms) : undefined));
  const tags = sentences.map((forms, i) => (atoms[i] ? tagWords(model.tagger, forms, atoms[i]) : undefined));
  return atoms.map((a, i) => {
    const t = tags[i];
    if (!a || !t) return { upos: [], heads: [], deprels: [] };
    const parsed = parseWords(model.parser, makeParseWords(a, t));
    return {
      upos: Array.from(t, (tag) => model.tagger.tags[tag] ?? 'X'),
      heads: Array.from(parsed.heads),
      deprels: Array.from(parsed.labels, (l) => model.parser.labels[l] ?? 'dep'),
    };
  });
}

/** Tags and parses one tokenized sentence. */
export function analyzeWords(model: SyntaxModel, forms: readonly string[]): WordAnalysis {
  return analyzeSentences(model, [forms])[0];
}

/** One tree per sentence of the article, in sentence order. */
export function parseSyntax(parsed: ParsedArticle, model: SyntaxModel): SentenceTree[] {
  const uds = parsed.sentences.map((sentence) => mapUdTokens(sentence, parsed.article.text));
  const analyses = analyzeSentences(model, uds.map((ud) => ud.map((t) => t.form)));
  return uds.map((ud, s) => {
    const analysis = analyses[s];
    return {
      tokens: ud.map((t, i) => ({ form: t.form, upos: analysis.upos[i], head: analysis.heads[i], deprel: analysis.deprels[i], source: t.source, start: t.start, end: t.end })),
    };
  });
}
