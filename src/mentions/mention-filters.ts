// Tests that keep a candidate from becoming a mention, or a mention from staying: words that are
// never names alone, unanchored head words, quoted titles of works, unconfirmed sentence starts.
import { nameKey } from '../text/normalize-name';
import type { Mention } from './mention';
import type { ParsedArticle } from '../nlp/parsed-article';
import { PARTY_MEMBER_FORMS } from '../data/parties';
import type { TokenView } from './token-view';
import { lookupDemonym } from './gazetteer';
import { WORD_LISTS } from './word-lists';

/** One-token names that are never actors: function words, months, single letters, codes like "F404" or "D-Calif", abbreviations
 * that only open or close a name ("St", "Inc"). */
export const isNeverAlone = (text: string, key: string): boolean =>
  WORD_LISTS.neverNames.has(key) || WORD_LISTS.nameAbbreviations.has(key) || /^I['\u2019](?:ll|ve|m|d)$/.test(text) || !/\p{L}\p{L}/u.test(text) || /\d/.test(text) || /^[DRI]-\p{Lu}/u.test(text);

/** Names of laws and events ("First Amendment", "Academy Awards"), of storms ("Cyclone Idai") and runs made only of words that are never names. */
export function isNotActorName(view: TokenView, start: number, end: number): boolean {
  const last = view.keys[end - 1];
  if (WORD_LISTS.lawWords.has(last) || WORD_LISTS.eventWords.has(last)) return true;
  // "Roman Catholic", "Orthodox Jewish": a faith after a qualifier.
  if (end - start === 2 && WORD_LISTS.faithAdjectives.has(last)) return true;
  // "Vienna Convention on Diplomatic Relations", "Treaty of Rome": a law word before the name's connector.
  for (let k = start; k < end - 1; k++) if (WORD_LISTS.lawWords.has(view.keys[k]) && WORD_LISTS.connectors.has(view.keys[k + 1])) return true;
  // "World War I", "World War I-era": an event word before its number (and a hyphened compound tail).
  const numbered = end - start >= 2 && WORD_LISTS.eventWords.has(view.keys[end - 2]) && /^(?:[IVX]+|\d+)(?:[\-\u2010\u2011]\p{Ll}+)?$/u.test(view.tokens[end - 1].text);
  if (numbered) return true;
  if (end - start > 1 && WORD_LISTS.stormWords.has(view.keys[start])) return true;
  return end - start > 1 && !WORD_LISTS.orgHeads.has(last) && view.keys.slice(start, end).every((k) => WORD_LISTS.neverNames.has(k) || lookupDemonym(k) !== undefined);
}

/** A lone head word ("Embassy", "Theater") stays only when it ends or opens a longer name in the article ("the Globe" of "The Globe
 * and Mail"), or names a newspaper by its title word ("told the Times"). */
export function isAnchored(m: Mention, all: readonly Mention[]): boolean {
  const key = nameKey(m.text);
  if (m.rule.startsWith('gazetteer') || m.rule === 'newspaper-name' || key.includes(' ') || !(WORD_LISTS.orgHeads.has(key) || WORD_LISTS.locationHeads.has(key) || WORD_LISTS.orgOfHeads.has(key))) return true;
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

/** A name the source broke over two lines: "... a thrift based in St." / "Louis ...". The first word of a sentence that
 * follows a line ending in an abbreviation that opens names ("St.", "Mt.", "Ft.") is that name's tail, not a name. */
export function continuesBrokenName(parsed: ParsedArticle, m: Mention): boolean {
  const prev = m.tokenStart === 0 && m.sentence > 0 ? parsed.sentences[m.sentence - 1] : undefined;
  const last = prev?.tokens[prev.tokens.length - 1];
  if (!last || !/\n/.test(last.post)) return false;
  const key = nameKey(last.text.replace(/^.*[\-\u2010\u2011]/, ''));
  return WORD_LISTS.nameAbbreviations.has(key) && WORD_LISTS.locationPrefixes.has(key);
}

const MEMBER_FORMS = new Set(PARTY_MEMBER_FORMS.map(nameKey));

/** "X, a Republican from Chicago": a party's member noun after "a"/"an", not modifying a noun, names a person (the member). */
export function isPartyMember(view: TokenView, start: number, end: number): boolean {
  const next = end < view.tokens.length ? end : -1;
  const modifies = next > 0 && !/[^\s]/.test(view.tokens[end - 1].post) && /^\p{Ll}/u.test(view.tokens[next].text) && view.has(next, 'Noun') && !view.has(next, 'Preposition');
  return ['a', 'an'].includes(view.keys[start - 1] ?? '') && MEMBER_FORMS.has(nameKey(view.keys.slice(start, end).join(' '))) && !modifies;
}

/** Endings of adjectives made from nouns of government ("Parliamentary", "Presidential", "Congressional", "Ministerial"). */
const ADJECTIVE_ENDING = /(?:ary|ential|ional|erial|orial|icial|utional)$/;

/** "a Ministerial dinner", "the Presidential race": one capitalized adjective before a lower-case noun is a modifier, not a
 * name (a given name ending so, "Mary", is tagged a name). */
export function isAdjectiveBeforeNoun(view: TokenView, i: number): boolean {
  const next = i + 1 < view.tokens.length ? i + 1 : -1;
  const nounNext = next > 0 && /^\p{Ll}/u.test(view.tokens[next].text) && view.has(next, 'Noun') && !/[^\s]/.test(view.tokens[i].post);
  return nounNext && ADJECTIVE_ENDING.test(view.keys[i]) && !['Person', 'FirstName', 'Place', 'Organization'].some((tag) => view.has(i, tag));
}
