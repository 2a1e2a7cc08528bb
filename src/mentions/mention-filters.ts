// Tests that keep a candidate from becoming a mention, or a mention from staying: words that are
// never names alone, unanchored head words, quoted titles of works, unconfirmed sentence starts.
import { nameKey } from '../text/normalize-name';
import type { Mention } from './mention';
import type { TokenView } from './token-view';
import { lookupDemonym } from './gazetteer';
import { WORD_LISTS } from './word-lists';

/** One-token names that are never actors: function words, months, single letters, codes like "F404" or "D-Calif". */
export const isNeverAlone = (text: string, key: string): boolean =>
  WORD_LISTS.neverNames.has(key) || /^I['\u2019](?:ll|ve|m|d)$/.test(text) || !/\p{L}\p{L}/u.test(text) || /\d/.test(text) || /^[DRI]-\p{Lu}/u.test(text);

/** Names of laws and events ("First Amendment", "Academy Awards"), of storms ("Cyclone Idai") and runs made only of words that are never names. */
export function isNotActorName(view: TokenView, start: number, end: number): boolean {
  const last = view.keys[end - 1];
  if (WORD_LISTS.lawWords.has(last) || WORD_LISTS.eventWords.has(last)) return true;
  if (end - start > 1 && WORD_LISTS.stormWords.has(view.keys[start])) return true;
  return end - start > 1 && !WORD_LISTS.orgHeads.has(last) && view.keys.slice(start, end).every((k) => WORD_LISTS.neverNames.has(k) || lookupDemonym(k) !== undefined);
}

/** A lone head word ("Embassy", "Theater") stays only when it ends or opens a longer name in the article ("the Times", "the Globe"). */
export function isAnchored(m: Mention, all: readonly Mention[]): boolean {
  const key = nameKey(m.text);
  if (m.rule.startsWith('gazetteer') || key.includes(' ') || !(WORD_LISTS.orgHeads.has(key) || WORD_LISTS.locationHeads.has(key) || WORD_LISTS.orgOfHeads.has(key))) return true;
  return all.some((o) => o !== m && (nameKey(o.text).endsWith(` ${key}`) || nameKey(o.text).startsWith(`${key} `)));
}

/** Common-noun endings: a sentence-initial unknown word with one is not a name ("Visibility", "Rainfall"). */
export const COMMON_NOUN_ENDING = /(?:ity|tion|sion|ness|ment|ance|ence|ency|acy|ism|ing|ure|fall|one|body|thing|ship|hood|age|er|ers)$/;

/** A capitalized run wrapped in quotation marks is the title of a work ("Blaze", "Written in My Dream", "Nights Over Tokyo"). */
export function isQuotedTitle(view: TokenView, start: number, end: number): boolean {
  const { tokens } = view;
  let from = start;
  // The quote may open on a capitalized word that is not part of the name ("Silent Harbor Nights").
  while (from > 0 && start - from < 3 && /^\p{Lu}/u.test(tokens[from - 1].text) && !/[^\s]/.test(tokens[from - 1].post)) from--;
  const open = /[“"‘`]\s*$/.test(tokens[from].pre) || (from > 0 && /[“"‘`]\s*$/.test(tokens[from - 1].post));
  if (!open) return false;
  // The quote closes on the name or a few title-case words later ("Thirty Seconds Over Tokyo''").
  for (let i = end - 1; i < Math.min(tokens.length, end + 4); i++) {
    if (/^[^\s]*[”"’']/.test(tokens[i].post)) return true;
    if (i >= end && !/^\p{Lu}/u.test(tokens[i].text)) return false;
    if (/[^\s]/.test(tokens[i].post)) return false;
  }
  return false;
}

/** An unknown sentence-initial word that acts as the subject of a verb or heads an appositive: "Sirhan says", "Pepperell, based in". */
export function looksLikeSubjectName(view: TokenView, i: number): boolean {
  if (COMMON_NOUN_ENDING.test(view.keys[i])) return false;
  const all = /^[\p{Lu}]+$/u.test(view.tokens[i].text) && view.tokens[i].text.length > 2;
  const next = i + 1 < view.tokens.length ? i + 1 : -1;
  const verbNext = next >= 0 && (view.has(next, 'Verb') || (view.has(next, 'Adverb') && next + 1 < view.tokens.length && view.has(next + 1, 'Verb')));
  const possessive = /['\u2019]s$/.test(view.tokens[i].text);
  const andName = next >= 0 && view.keys[next] === 'and' && next + 1 < view.tokens.length && view.cap[next + 1];
  return all || possessive || andName || /^,/.test(view.tokens[i].post) || verbNext;
}
