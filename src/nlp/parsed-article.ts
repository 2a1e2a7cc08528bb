// What the NLP stage hands on: sentences and tokens with character offsets into Article.text.
import type { Article } from '../ingest/article';
import type { SentenceTree } from '../syntax/parse-syntax';

export interface Token {
  /** Surface text without surrounding punctuation/whitespace (compromise's `text`). */
  text: string;
  /** Lower-cased normal form (compromise's `normal`). */
  normal: string;
  /** Punctuation/whitespace before and after the token, as in the source. */
  pre: string;
  post: string;
  /** Offsets of `text` in Article.text. */
  start: number;
  end: number;
  /** compromise tags (e.g. Person, ProperNoun, Verb, PastTense), sorted. */
  tags: string[];
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** True when the sentence is the title or a section heading. */
  heading: boolean;
}

export interface ParsedArticle {
  article: Article;
  sentences: Sentence[];
  /** Set by the syntax stage: one dependency tree per sentence, in the same order. */
  trees?: SentenceTree[];
}
