// Direct quotations of an article: spans between quotation marks, found from the tokens'
// pre/post punctuation (straight double quotes, and the `` '' of older wire text). A quotation may
// run over several sentences; one left open is closed at its paragraph's end, and a closing mark
// with no opening one (a sentence that starts inside a quote) opens at its sentence.
//
// A straight mark written tight to a word says which way it goes (`"We`, `go,"`); one with spaces
// on both sides (`finished, " says X`, the spaced style of wire text) closes an open quotation, and
// otherwise opens one (always after "said" or a colon), unless it reads as the end of a quotation
// whose opening mark is missing: it follows punctuation and a lower-case word comes next
// (`, " says X`), or no other mark follows in its paragraph.
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

type MarkKind = 'open' | 'close' | 'spaced';

interface Mark {
  kind: MarkKind;
  /** Indexes into the article's flat token list of the tokens either side of the mark. */
  before: number;
  after: number;
  /** Punctuation comes right before the mark (`finished, "`). */
  afterPunct: boolean;
  paragraph: number;
}

interface Placed {
  token: Token;
  sentence: number;
  /** Flat index of the first token of its sentence. */
  first: number;
}

const SPEECH_BEFORE = /(?:\b(?:said|says|say|told|wrote|writes|added|adds|asked)\W*|:\s*)$/i;

/**
 * The marks in the punctuation between two tokens (`gap`: the post of token `at - 1` and the pre of
 * token `at`), in order. A mark tight to the word after it opens, one tight to the word before it
 * closes, a spaced one is decided later.
 */
function marksBetween(gap: string, at: number, paragraph: number): Mark[] {
  const out: Mark[] = [];
  const re = /` ?`|''|"/g;
  for (let m = re.exec(gap); m; m = re.exec(gap)) {
    const before = gap.slice(0, m.index);
    const after = gap.slice(m.index + m[0].length);
    let kind: MarkKind;
    if (m[0].startsWith('`')) kind = 'open';
    else if (m[0] === "''") kind = 'close';
    else if (!/\s/.test(before) && at > 0) kind = 'close';
    else if (after === '') kind = 'open';
    else kind = 'spaced';
    out.push({ kind, before: at - 1, after: at, afterPunct: /[,;.!?]\s*$/.test(before), paragraph });
  }
  return out;
}

export function findQuoteSpans(parsed: ParsedArticle): QuoteSpan[] {
  const text = parsed.article.text;
  const flat: Placed[] = [];
  const marks: Mark[] = [];
  let paragraph = 0;
  let gap = '';
  for (const sentence of parsed.sentences) {
    const first = flat.length;
    for (const token of sentence.tokens) {
      // a token of punctuation only (`, "` in the spaced style of wire text) is part of the gap
      if (isPunctuation(token)) {
        gap += token.pre + token.text + token.post;
        continue;
      }
      const at = flat.length;
      gap += token.pre;
      // a line break in the gap starts a new paragraph: marks after it belong to the next one
      const lines = gap.split('\n');
      marks.push(...marksBetween(lines[0], at, paragraph));
      if (lines.length > 1) {
        paragraph++;
        marks.push(...marksBetween(lines[lines.length - 1], at, paragraph).map((m) => ({ ...m, kind: m.kind === 'close' ? ('open' as const) : m.kind })));
      }
      flat.push({ token, sentence: sentence.index, first });
      gap = token.post;
    }
  }
  marks.push(...marksBetween(gap.split('\n')[0], flat.length, paragraph));
  const spans: QuoteSpan[] = [];
  const emit = (from: number, to: number): void => {
    if (from < 0 || to >= flat.length || to < from) return;
    const a = flat[from];
    const b = flat[to];
    spans.push({ start: a.token.start, end: b.token.end, text: text.slice(a.token.start, b.token.end), firstSentence: a.sentence, lastSentence: b.sentence });
  };
  let open: { from: number; paragraph: number } | undefined;
  marks.forEach((mark, i) => {
    if (open && mark.paragraph !== open.paragraph) {
      emit(open.from, paragraphEnd(flat, open.from));
      open = undefined;
    }
    const kind = mark.kind === 'spaced' ? (open ? 'close' : spacedOpens(mark, marks[i + 1], flat) ? 'open' : 'close') : mark.kind;
    if (kind === 'open') {
      open ??= { from: mark.after, paragraph: mark.paragraph };
      return;
    }
    // a closing mark: the quotation opened before, or else at its sentence's start
    if (open) emit(open.from, mark.before);
    else if (mark.before >= 0 && mark.before !== flat[mark.before].first) emit(flat[mark.before].first, mark.before);
    open = undefined;
  });
  if (open) emit(open.from, paragraphEnd(flat, open.from));
  return spans;
}

/** A spaced mark with no quotation open opens one, unless it reads as the close of one whose opening mark is missing. */
function spacedOpens(mark: Mark, next: Mark | undefined, flat: readonly Placed[]): boolean {
  const prev = flat[mark.before]?.token;
  if (prev && SPEECH_BEFORE.test(`${prev.text}${prev.post.replace(/"[\s\S]*$/, '')}`)) return true;
  const following = flat[mark.after]?.token;
  if (mark.afterPunct && following && /^[a-z]/.test(following.text)) return false;
  return next !== undefined && next.paragraph === mark.paragraph;
}

/** A token written with no letter or digit. */
export const isPunctuation = (token: Token): boolean => !/[\p{L}\p{N}]/u.test(token.text);

/** The last token of the paragraph that holds token `from`. */
function paragraphEnd(flat: readonly Placed[], from: number): number {
  let k = from;
  while (k < flat.length - 1 && !flat[k].token.post.includes('\n') && !flat[k + 1].token.pre.includes('\n')) k++;
  return k;
}
