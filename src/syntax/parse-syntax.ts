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

/** Tags and parses one tokenized sentence (gold tokenization, as for evaluation). */
export function analyzeWords(model: SyntaxModel, forms: readonly string[]): WordAnalysis {
  if (forms.length === 0) return { upos: [], heads: [], deprels: [] };
  const atoms = computeWordAtoms(forms);
  const tags = tagWords(model.tagger, forms, atoms);
  const parsed = parseWords(model.parser, makeParseWords(atoms, tags));
  return {
    upos: Array.from(tags, (t) => model.tagger.tags[t] ?? 'X'),
    heads: Array.from(parsed.heads),
    deprels: Array.from(parsed.labels, (l) => model.parser.labels[l] ?? 'dep'),
  };
}

/** One tree per sentence of the article, in sentence order. */
export function parseSyntax(parsed: ParsedArticle, model: SyntaxModel): SentenceTree[] {
  return parsed.sentences.map((sentence) => {
    const ud = mapUdTokens(sentence, parsed.article.text);
    const analysis = analyzeWords(model, ud.map((t) => t.form));
    return {
      tokens: ud.map((t, i) => ({ form: t.form, upos: analysis.upos[i], head: analysis.heads[i], deprel: analysis.deprels[i], source: t.source, start: t.start, end: t.end })),
    };
  });
}
