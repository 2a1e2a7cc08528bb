// Matches compiled patterns over a sentence's items: depth-first with backtracking, optional
// parts tried before skipping them, gaps shortest first (so a slot binds the nearest mention).
import type { Mention } from '../../mentions/mention';
import type { Item } from '../items';
import { BLOCKERS, CLAUSE_BREAKS, PAIR_NOUNS, SUBJECT_PRONOUNS } from '../lexicon/cue-words';
import { captureDate, captureRole } from './captures';
import type { Element, GapEl } from './elements';
import { closesAppositive, lookAheadFails } from './look-ahead';
import { matchSlot } from './match-slot';

export interface Capture {
  text: string;
  start: number;
  end: number;
}
export interface Bindings {
  slots: Readonly<Record<string, readonly Mention[]>>;
  caps: Readonly<Record<string, Capture>>;
}
export interface MatchContext {
  items: readonly Item[];
  text: string;
  /** The person a pronoun item refers to, if known; never one of `exclude` (the clause's subject). */
  antecedent(itemIndex: number, exclude: readonly Mention[]): Mention | undefined;
  /**
   * The organization or country that "it"/"its" (no `noun`) or "the NOUN" ("the firm", "the
   * agency") at this item refers to, if known; never one of `exclude`.
   */
  orgAntecedent(itemIndex: number, exclude: readonly Mention[], noun?: string): Mention | undefined;
  /** The person a titled description ("the minister", "the prime minister") at this item refers to, if known. */
  titleAntecedent(itemIndex: number, exclude: readonly Mention[], title: string): Mention | undefined;
  /** The two people a "both" at this item refers to, if known. */
  pair(itemIndex: number): readonly Mention[] | undefined;
}
export interface PatternMatch extends Bindings {
  from: number;
  to: number;
}
export type Cont = (pos: number, b: Bindings) => Bindings | null;

const isWord = (item: Item | undefined, words: ReadonlySet<string>): boolean => item?.kind === 'word' && words.has(item.normal);
const BLOCK = new Set([...BLOCKERS, ...CLAUSE_BREAKS, ...SUBJECT_PRONOUNS]);
const PAIRS = new Set(PAIR_NOUNS);
const BOTH = new Set(['both']);

/** Words that open a new clause: a description gap before a name does not run across them. */
const DESC_STOP = new Set(['and', 'or', 'where', 'when', 'who', 'which', 'while', 'because']);

function gapItemOk(item: Item, el: GapEl): boolean {
  const { mode } = el;
  if (item.kind === 'word' && mode === 'desc' && DESC_STOP.has(item.normal)) return false;
  if (item.kind === 'word') return mode === 'phrase' || (!BLOCK.has(item.normal) && !item.normal.endsWith("n't"));
  if (item.kind === 'punct') {
    if (item.char === '-') return mode !== 'words';
    // a parenthesis inside an appositive: ", the president of the X (USW) union,"
    if (item.char === '(' || item.char === ')') return mode === 'phrase' || mode === 'any';
    return (item.char === ',' && mode !== 'words' && mode !== 'phrase') || (mode === 'any' && item.char === '.');
  }
  if (item.kind !== 'mention') return false;
  return mode === 'any' || mode === 'phrase' || (mode === 'desc' && item.type !== 'Person');
}

/** A hyphen written without spaces ("Iran-backed"), not a dash between clauses ("in the US - which"). */
const tight = (ctx: MatchContext, item: Item): boolean => item.kind !== 'punct' || item.char !== '-' || ctx.text.charAt(item.start) === '-';

export function matchSeq(ctx: MatchContext, els: readonly Element[], ei: number, pos: number, b: Bindings, k: Cont): Bindings | null {
  if (ei === els.length) return k(pos, b);
  const el = els[ei];
  // The rest of the sequence is called directly; it becomes a closure (restOf) only where an element
  // passes it on as a continuation, so most steps allocate nothing.
  const nextEl = ei + 1;
  const item = ctx.items[pos];
  switch (el.k) {
    case 'word':
      return item?.kind === 'word' && el.words.has(item.normal) && (!el.poss || item.poss) ? matchSeq(ctx, els, nextEl, pos + 1, b, k) : null;
    case 'regex':
      return item?.kind === 'word' && el.re.test(item.normal) ? matchSeq(ctx, els, nextEl, pos + 1, b, k) : null;
    case 'tag':
      return item?.kind === 'word' && item.tags.includes(el.tag) ? matchSeq(ctx, els, nextEl, pos + 1, b, k) : null;
    case 'punct':
      return item?.kind === 'punct' && item.char === el.char ? matchSeq(ctx, els, nextEl, pos + 1, b, k) : null;
    case 'start':
      return pos === 0 ? matchSeq(ctx, els, nextEl, pos, b, k) : null;
    case 'nolist':
    case 'appos':
    case 'noname':
    case 'head':
    case 'np':
      return lookAheadFails(el.k, ctx.items, pos) ? null : matchSeq(ctx, els, nextEl, pos, b, k);
    case 'closer':
      return closesAppositive(ctx.items, pos) ? matchSeq(ctx, els, nextEl, pos + 1, b, k) : null;
    case 'end':
      return ctx.items.slice(pos).every((it) => it.kind === 'punct') ? matchSeq(ctx, els, nextEl, pos, b, k) : null;
    case 'not':
      return (item?.kind === 'word' && el.words.has(item.normal)) || (item?.kind === 'punct' && el.words.has(item.char) && tight(ctx, item)) ? null : matchSeq(ctx, els, nextEl, pos, b, k);
    case 'opt':
      return matchSeq(ctx, el.seq, 0, pos, b, restOf(ctx, els, nextEl, k)) ?? matchSeq(ctx, els, nextEl, pos, b, k);
    case 'alt':
      for (const seq of el.seqs) {
        const r = matchSeq(ctx, seq, 0, pos, b, restOf(ctx, els, nextEl, k));
        if (r) return r;
      }
      return null;
    case 'gap':
      for (let n = 0; n <= el.max && pos + n <= ctx.items.length; n++) {
        const last = ctx.items[pos + n - 1];
        if (n > 0 && (!gapItemOk(last, el) || (last.kind === 'word' && el.never?.has(last.normal)))) break;
        if (n > 0 && last.kind === 'word' && el.except?.has(last.normal)) continue;
        const r = matchSeq(ctx, els, nextEl, pos + n, b, k);
        if (r) return r;
      }
      return null;
    case 'slot':
      return matchSlot(ctx, el, pos, b, restOf(ctx, els, nextEl, k));
    case 'both': {
      if (!isWord(item, BOTH)) return null;
      const pair = ctx.pair(pos);
      if (!pair) return null;
      const after = isWord(ctx.items[pos + 1], PAIRS) ? pos + 2 : pos + 1;
      return matchSeq(ctx, els, nextEl, after, { ...b, slots: { ...b.slots, [el.name]: pair } }, k);
    }
    case 'cap': {
      if (el.what === 'quote') {
        if (item?.kind !== 'quote') return null;
        const { text, start, end } = item.quote;
        return matchSeq(ctx, els, nextEl, pos + 1, { ...b, caps: { ...b.caps, [el.name]: { text, start, end } } }, k);
      }
      const spans = el.what === 'date' ? captureDate(ctx, pos) : captureRole(ctx, pos, el.what);
      for (const span of spans) {
        const r = matchSeq(ctx, els, nextEl, span.next, { ...b, caps: { ...b.caps, [el.name]: span.capture } }, k);
        if (r) return r;
      }
      return null;
    }
  }
}

/** The sequence from element `from` on, as a continuation. */
function restOf(ctx: MatchContext, els: readonly Element[], from: number, k: Cont): Cont {
  return (p, bb) => matchSeq(ctx, els, from, p, bb, k);
}

/** Every match of a pattern in the items (the first one found from each start position). */
export function matchPattern(ctx: MatchContext, els: readonly Element[], starts: Iterable<number>): PatternMatch[] {
  const out: PatternMatch[] = [];
  const empty: Bindings = { slots: {}, caps: {} };
  for (const from of starts) {
    let to = from;
    const r = matchSeq(ctx, els, 0, from, empty, (p, bb) => {
      to = p;
      return bb;
    });
    if (r) out.push({ ...r, from, to });
  }
  return out;
}
