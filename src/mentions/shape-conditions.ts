// Conditions of the type rules (type-rules.ts) that read the shape of a name and its compounds:
// "Redmond-based", a lexicon given name, an unknown word before a city, a dateline's agency.
import { lexiconTags } from '../nlp/compromise-instance';
import { lookupDemonym, lookupName } from './gazetteer';
import type { NameSpan } from './name-span';
import { inParentheses } from './span-conditions';
import { WORD_LISTS, type WordListName } from './word-lists';

/** "Redmond-based": the name's last token is hyphened to a word of the list. */
export function hyphenAfter({ view, end }: NameSpan, list: WordListName): boolean {
  if (WORD_LISTS[list].has(view.joinedTail[end - 1] ?? '')) return true;
  return end < view.tokens.length && /^[\-\u2010\u2011]$/.test(view.tokens[end - 1].post) && WORD_LISTS[list].has(view.keys[end]);
}

const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
export const isLexiconGivenName = (key: string): boolean => (lexiconTags(key) ?? []).some((tag) => GIVEN_NAME_TAGS.has(tag));

/** The first word is a given name in compromise's lexicon and the last word is a capitalized word, no place or company word. */
export function lexiconGivenName({ view, start, end }: NameSpan): boolean {
  const last = view.keys[end - 1];
  return isLexiconGivenName(view.keys[start]) && /^\p{Lu}\p{Ll}/u.test(view.tokens[end - 1].text) && !WORD_LISTS.locationHeads.has(last) && !WORD_LISTS.orgHeads.has(last) && !lookupName([view.keys[start]]);
}

/** "Aliyah Boston": a word unknown to the lexicon and the gazetteer, then a one-word city. */
export function unknownBeforeCity({ view, start, end }: NameSpan): boolean {
  const first = view.keys[start];
  const known = lexiconTags(first);
  const unknown = (!known || known.some((tag) => GIVEN_NAME_TAGS.has(tag))) && !lookupName([first]) && !lookupDemonym(first);
  const plain = ![WORD_LISTS.neverNames, WORD_LISTS.regionQualifiers, WORD_LISTS.locationPrefixes, WORD_LISTS.orgHeads, WORD_LISTS.broadcastWords, WORD_LISTS.personNouns].some((list) => list.has(first));
  return end - start === 2 && unknown && plain && /^\p{Lu}\p{Ll}+$/u.test(view.tokens[start].text) && lookupName([view.keys[end - 1]])?.kind === 'city';
}

/** In parentheses right after a dateline: the sentence opens with a place in capitals ("DAYTON, Ohio (X) -"). */
export function datelineAgency(span: NameSpan): boolean {
  const { view, start, end } = span;
  if (!inParentheses(span) || start > 8) return false;
  // "MARQUETTE, Mich. (Harbor Wire) - A ...": the dateline ended a sentence at its abbreviation; a dash follows the agency.
  if (start === 0) return /^\)\s*[\-\u2013\u2014]\s/.test(view.tokens[end - 1].post);
  // "DAYTON, Ohio (X)", "MOSCOW, March 5 (X)": capitalized words and a date's digits before it
  return /^\p{Lu}[\p{Lu}.\-]+$/u.test(view.tokens[0].text) && view.tokens.slice(1, start).every((t) => /^[\p{Lu}\d]/u.test(t.text));
}
