// Maps a sentence's compromise tokens onto UD-style tokens (as the English Web Treebank
// tokenizes): words split by splitWord, and the punctuation compromise keeps in a token's
// pre/post text as tokens of their own. Every UD token records the compromise token it came from
// (`source`, an index into Sentence.tokens) and its character offsets in the article text.
import type { Sentence, Token } from '../nlp/parsed-article';
import { splitWord } from './split-word';

export interface UdToken {
  form: string;
  /** Index into Sentence.tokens of the compromise token the UD token came from. */
  source: number;
  start: number;
  end: number;
}

/** Runs of the same character for . - ? ! (an ellipsis, a dash), single characters otherwise. */
const PUNCT_RUN = /([.\-?!*=_~])\1*|[^\s]/g;

/** Punctuation tokens in the text between two words; before whitespace they belong to the previous word. */
function gapTokens(text: string, from: number, to: number, prev: number, next: number, out: UdToken[]): void {
  const gap = text.slice(from, to);
  const space = gap.search(/\s/);
  for (const m of gap.matchAll(PUNCT_RUN)) {
    const at = m.index ?? 0;
    const source = prev >= 0 && (space < 0 ? next < 0 || at === 0 : at < space) ? prev : next >= 0 ? next : prev;
    out.push({ form: m[0], source, start: from + at, end: from + at + m[0].length });
  }
}

/** An abbreviation whose period compromise moved into `post` ("Inc", "Mr", "Co") takes it back. */
function takesPeriod(token: Token, text: string): boolean {
  if (text[token.end] !== '.' || text[token.end + 1] === '.') return false;
  return token.tags.includes('Abbreviation') || token.tags.includes('Honorific') || /^[A-Z][a-z]{0,3}$/.test(token.text) && /^(?:Co|Corp|Inc|Ltd|Jr|Sr|Bros|St|Mt|Gov|Sen|Rep|Gen|Col|Lt|Dr|Mr|Mrs|Ms|Prof|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)$/.test(token.text);
}

export function mapUdTokens(sentence: Sentence, text: string): UdToken[] {
  const out: UdToken[] = [];
  let cursor = sentence.start;
  sentence.tokens.forEach((token, i) => {
    if (token.start > cursor) gapTokens(text, cursor, token.start, i - 1, i, out);
    const word = token.text;
    for (const piece of splitWord(word)) {
      const start = token.start + piece.at;
      out.push({ form: word.slice(piece.at, piece.at + piece.length), source: i, start, end: start + piece.length });
    }
    cursor = Math.max(cursor, token.end);
    if (takesPeriod(token, text) && out.length) {
      const last = out[out.length - 1];
      last.form += '.';
      last.end += 1;
      cursor = token.end + 1;
    }
  });
  if (sentence.end > cursor) gapTokens(text, cursor, sentence.end, sentence.tokens.length - 1, -1, out);
  return out;
}
