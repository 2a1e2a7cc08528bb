// NLP stage: one compromise parse per article, turned into plain data: sentences and tokens with
// character offsets into Article.text. Sentences never run across a line break (headings and
// paragraphs stay apart even where compromise joins them) nor past a quote's closing `."`.
import type { Article, TextSpan } from '../ingest/article';
import { documentTerms, parseText, type CompromiseTerm } from './compromise-instance';
import type { ParsedArticle, Sentence, Token } from './parsed-article';

function locateTokens(text: string, terms: CompromiseTerm[], from: number): { tokens: Token[]; cursor: number } {
  const tokens: Token[] = [];
  let cursor = from;
  for (const term of terms) {
    if (term.text === '') continue; // implicit terms (expanded contractions) have no surface
    let start = text.startsWith(term.text, cursor + term.pre.length) ? cursor + term.pre.length : text.indexOf(term.text, cursor);
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
      ...(term.chunk ? { chunk: term.chunk } : {}),
    });
    cursor = end;
  }
  return { tokens, cursor };
}

/** Sentence end compromise misses: a line break, or end punctuation inside closing quotes. */
const BREAK_AFTER = /\n|^[.!?]+["')\]]+\s/;

/** Splits a run of tokens wherever a token's trailing text ends a sentence. */
function splitSentences(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const token of tokens) {
    run.push(token);
    if (BREAK_AFTER.test(token.post)) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

/** Sentence end: the last token plus closing punctuation in its `post` (e.g. `."`). */
function sentenceEnd(text: string, last: Token): number {
  const trailing = /^[^\s]*/.exec(text.slice(last.end))?.[0] ?? '';
  return last.end + trailing.length;
}

export function parseArticle(article: Article): ParsedArticle {
  const doc = parseText(article.text);
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const terms of documentTerms(doc)) {
    const located = locateTokens(article.text, terms, cursor);
    cursor = located.cursor;
    for (const tokens of splitSentences(located.tokens)) {
      const first = tokens[0];
      const start = first.start - (/[^\s]*$/.exec(first.pre)?.[0].length ?? 0);
      const end = sentenceEnd(article.text, tokens[tokens.length - 1]);
      const span = { start, end };
      sentences.push({
        index: sentences.length,
        start,
        end,
        text: article.text.slice(start, end),
        tokens,
        heading: article.headings.some((h) => overlaps(h, span)),
      });
    }
  }
  return { article, sentences };
}
