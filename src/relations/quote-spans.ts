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

const OPENS = /` ?`|["\u201c]/;
const CLOSES = /''|["\u201d]/;

export function findQuoteSpans(parsed: ParsedArticle): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const text = parsed.article.text;
  let open: { token: Token; sentence: number } | undefined;
  let last: { token: Token; sentence: number } | undefined;
  const close = (token: Token, sentence: number): void => {
    if (open && token.end > open.token.start) {
      spans.push({ start: open.token.start, end: token.end, text: text.slice(open.token.start, token.end), firstSentence: open.sentence, lastSentence: sentence });
    }
    open = undefined;
  };
  for (const sentence of parsed.sentences) {
    for (const token of sentence.tokens) {
      if (!open && OPENS.test(token.pre)) open = { token, sentence: sentence.index };
      else if (!open && CLOSES.test(token.post) && sentence.tokens[0] !== token) open = { token: sentence.tokens[0], sentence: sentence.index };
      if (open && CLOSES.test(token.post)) close(token, sentence.index);
      last = { token, sentence: sentence.index };
      if (open && token.post.includes('\n')) close(token, sentence.index);
    }
  }
  if (open && last) close(last.token, last.sentence);
  return spans;
}
