// Context conditions that read multi-word phrases around a name ("shares in X", "X's chief
// executive", "X was founded in", "X, which"): the business-news typing cues of type-rules.ts.
import { lookupDemonym, lookupName } from './gazetteer';
import type { NameSpan } from './name-span';
import type { TokenView } from './token-view';
import { PHRASE_LISTS, type PhraseListName } from './word-lists';

const MAX_PHRASE = 4;
/** Words between a cue phrase and the name: "a stake in the X", "takeover by France's X", "bought 100% of X". */
const SKIPPED = new Set(['the', 'a', 'an', 'its', 'their', 'rival', 'fellow']);
/** Tags of a token that can follow a noun reading of a verb-like cue ("X shares rose", "X shares in London"). */
const AFTER_NOUN_TAGS = ['Preposition', 'Verb', 'Adverb', 'Modal', 'Auxiliary', 'Copula', 'Conjunction'];

export const isPossessiveToken = (view: TokenView, i: number): boolean => /['\u2019]s$/i.test(view.tokens[i].text) || /^['\u2019](?!\w)/.test(view.tokens[i].post);

/** A possessive place or a demonym qualifying the name ("France's X", "French X"): skipped when looking back. */
function isPlaceQualifier(view: TokenView, i: number): boolean {
  const entry = lookupName([view.keys[i]]);
  return (isPossessiveToken(view, i) && entry?.type === 'Location') || lookupDemonym(view.keys[i]) !== undefined;
}

/** Length of the phrase of the list that ends at token `at` (0 when none). */
function phraseEndingAt(view: TokenView, at: number, list: PhraseListName): number {
  for (let len = Math.min(MAX_PHRASE, at + 1); len >= 1; len--) {
    if (PHRASE_LISTS[list].has(view.keys.slice(at - len + 1, at + 1).join(' '))) return len;
  }
  return 0;
}

/** Length of the phrase of the list that starts at token `at` (0 when none). */
function phraseStartingAt(view: TokenView, at: number, list: PhraseListName): number {
  for (let len = Math.min(MAX_PHRASE, view.tokens.length - at); len >= 1; len--) {
    if (PHRASE_LISTS[list].has(view.keys.slice(at, at + len).join(' '))) return len;
  }
  return 0;
}

/** A cue phrase ends right before the name, past articles, percentages and place qualifiers ("a 30% stake in the X"). */
export function phraseBefore(span: NameSpan, list: PhraseListName): boolean {
  const { view } = span;
  let at = (span.roleStart ?? span.start) - 1;
  while (at >= 0 && (SKIPPED.has(view.keys[at]) || isPlaceQualifier(view, at)) && span.start - at < 4) at--;
  return at >= 0 && !/[^\s]/.test(view.tokens[at].post.replace(/^['\u2019]/, '')) && phraseEndingAt(view, at, list) > 0;
}

/** A cue phrase starts right after the name; `possessive`: the name is written "X's". A cue that can be a verb
 * ("shares", "heads") must read as a noun: a preposition, verb or the end of the clause follows it. */
export function phraseAfter(span: NameSpan, list: PhraseListName, possessive: boolean): boolean {
  const { view, end } = span;
  if (end >= view.tokens.length || isPossessiveToken(view, end - 1) !== possessive) return false;
  if (!possessive && /[^\s]/.test(view.tokens[end - 1].post)) return false;
  const len = phraseStartingAt(view, end, list);
  if (len === 0) return false;
  const last = end + len - 1;
  if (possessive || !view.has(last, 'Verb') || /[^\s]/.test(view.tokens[last].post)) return true;
  return last + 1 >= view.tokens.length || AFTER_NOUN_TAGS.some((tag) => view.has(last + 1, tag) && !view.has(last + 1, 'Determiner'));
}

/** "X was founded in", "X has been renamed", "X, founded in 1982,": a founding verb with the name as its object. */
export function foundedAfter(span: NameSpan, verbs: ReadonlySet<string>): boolean {
  const { view, end } = span;
  let i = end;
  const comma = /^,\s*$/.test(view.tokens[end - 1].post);
  if (!comma) {
    while (i < view.tokens.length && i - end < 3 && ['was', 'were', 'is', 'has', 'had', 'been', 'be'].includes(view.keys[i])) i++;
    if (i === end) return false;
  }
  return i < view.tokens.length && verbs.has(view.keys[i]);
}

/** "X, which ..." or "X, in which ...": a relative clause for a thing, not a person. */
export function whichAfter({ view, end }: NameSpan): boolean {
  if (end >= view.tokens.length || !/^,\s*$/.test(view.tokens[end - 1].post)) return false;
  return view.keys[end] === 'which' || (['in', 'of', 'at'].includes(view.keys[end]) && view.keys[end + 1] === 'which');
}
