// NLP stage: one compromise parse per article, turned into plain data: sentences and tokens with
// character offsets into Article.text. Sentences never run across a line break (headings and
// paragraphs stay apart even where compromise joins them) nor past a quote's closing `."`.
import type { Article, TextSpan } from '../ingest/article';
import { documentTerms, parseText, type CompromiseTerm } from './compromise-instance';
import type { ParsedArticle, Sentence, Token } from './parsed-article';

/** How far past the cursor a term's text is looked for when compromise changed the spacing before it. */
const LOCATE_WINDOW = 1000;

/** `text.indexOf(needle, from)` within a window: a term that cannot be found must not cost a scan of the rest of the article. */
function findNear(text: string, needle: string, from: number): number {
  const at = text.slice(from, from + LOCATE_WINDOW + needle.length).indexOf(needle);
  return at < 0 ? -1 : from + at;
}

function locateTokens(text: string, terms: CompromiseTerm[], from: number): { tokens: Token[]; cursor: number } {
  const tokens: Token[] = [];
  let cursor = from;
  for (const term of terms) {
    if (term.text === '') continue; // implicit terms (expanded contractions) have no surface
    let start = text.startsWith(term.text, cursor + term.pre.length) ? cursor + term.pre.length : findNear(text, term.text, cursor);
    if (start < 0) start = cursor;
    const end = start + term.text.length;
    tokens.push({
      text: term.text,
      normal: term.normal,
      pre: term.pre,
      post: term.post,
      start,
      end,
      tags: [...term.tags].sort(),
    });
    cursor = end;
  }
  return { tokens, cursor };
}

/** Sentence end compromise misses: a line break, or end punctuation inside closing quotes. */
const BREAK_AFTER = /\n|^[.!?]+["')\]]+\s/;

/**
 * No sentence is longer than this many tokens: a run without sentence punctuation (a list, a
 * dump, one endless line) is cut, preferably after a comma or semicolon, so that work per
 * sentence stays bounded. Real sentences stay far below it.
 */
export const MAX_SENTENCE_TOKENS = 200;

/** Splits a run of tokens wherever a token's trailing text ends a sentence, and overlong runs. */
function splitSentences(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const token of tokens) {
    run.push(token);
    if (BREAK_AFTER.test(token.post)) {
      runs.push(run);
      run = [];
    } else if (run.length >= MAX_SENTENCE_TOKENS) {
      let cut = run.length;
      for (let i = run.length - 1; i >= run.length / 2; i--) if (/[,;:]/.test(run[i].post)) { cut = i + 1; break; }
      runs.push(run.slice(0, cut));
      run = run.slice(cut);
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

/** Sentence end: the last token plus closing punctuation in its `post` (e.g. `."`). */
function sentenceEnd(text: string, last: Token): number {
  let end = last.end;
  while (end < text.length && !/\s/.test(text[end])) end++;
  return end;
}

/** Length of the non-space run that ends `s` (the punctuation glued before a sentence's first token). */
function trailingWordLength(s: string): number {
  let n = 0;
  while (n < s.length && !/\s/.test(s[s.length - 1 - n])) n++;
  return n;
}

export function parseArticle(article: Article): ParsedArticle {
  const doc = parseText(article.text);
  const sentences: Sentence[] = [];
  let cursor = 0;
  const headings = [...article.headings].sort((a, b) => a.start - b.start);
  let nextHeading = 0; // headings and sentences both run in text order: one walk over the two
  for (const terms of documentTerms(doc)) {
    const located = locateTokens(article.text, terms, cursor);
    cursor = located.cursor;
    for (const tokens of splitSentences(located.tokens)) {
      const first = tokens[0];
      const start = first.start - trailingWordLength(first.pre);
      const end = sentenceEnd(article.text, tokens[tokens.length - 1]);
      const span = { start, end };
      while (nextHeading < headings.length && headings[nextHeading].end <= start) nextHeading++;
      sentences.push({
        index: sentences.length,
        start,
        end,
        text: article.text.slice(start, end),
        tokens,
        heading: nextHeading < headings.length && overlaps(headings[nextHeading], span),
      });
    }
  }
  return { article, sentences };
}
