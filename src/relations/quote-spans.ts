// Direct quotations of an article: spans between quotation marks, found from the tokens'
// pre/post punctuation (straight and curly double quotes, and the `` '' of older wire text). A
// quotation may run over several sentences; one left open is closed at its paragraph's end, and a
// closing mark with no opening one (a sentence that starts inside a quote) opens at its sentence.
import type { ParsedArticle, Token } from '../nlp/parsed-article';

export interface QuoteSpan {
  /** Offsets of the quoted words (marks excluded) in Article.text. */
  start: number;
  end: number;
  text: string;
  /** Sentence where the quotation opens and where it closes. */
  firstSentence: number;
  lastSentence: number;
}

/**
 * Quotation marks around a token: opening in its pre, closing and re-opening in its post. A
 * straight mark right after the token closes (`"brief" answers`); one after a space opens.
 */
export function quoteMarks(pre: string, post: string): { opensBefore: boolean; closesAfter: boolean; opensAfter: boolean } {
  const opensAfter = /(?:` ?`|\s["\u201c]|^\u201c)\s*$/.test(post);
  const closing = opensAfter ? post.replace(/(?:` ?`|["\u201c])\s*$/, '') : post;
  return { opensBefore: /` ?`|["\u201c]/.test(pre), closesAfter: /''|["\u201d]/.test(closing), opensAfter };
}

export function findQuoteSpans(parsed: ParsedArticle): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const text = parsed.article.text;
  let open: { token: Token; sentence: number } | undefined;
  let pending = false;
  let last: { token: Token; sentence: number } | undefined;
  const close = (token: Token, sentence: number): void => {
    if (open && token.end > open.token.start) {
      spans.push({ start: open.token.start, end: token.end, text: text.slice(open.token.start, token.end), firstSentence: open.sentence, lastSentence: sentence });
    }
    open = undefined;
  };
  for (const sentence of parsed.sentences) {
    for (const token of sentence.tokens) {
      const marks = quoteMarks(token.pre, token.post);
      if (!open && (marks.opensBefore || pending)) open = { token, sentence: sentence.index };
      else if (!open && marks.closesAfter && sentence.tokens[0] !== token) open = { token: sentence.tokens[0], sentence: sentence.index };
      pending = false;
      if (open && marks.closesAfter) close(token, sentence.index);
      if (marks.opensAfter) {
        if (open) close(token, sentence.index);
        pending = true;
      }
      last = { token, sentence: sentence.index };
      if (open && token.post.includes('\n')) close(token, sentence.index);
    }
  }
  if (open && last) close(last.token, last.sentence);
  return spans;
}
