// The context conditions of the type rules (type-rules.ts), one small predicate each.
import { PLACE_NAME_ENDINGS } from '../data/location-words';
import { COMPOUND_ORG_ENDINGS } from '../data/org-words';
import { lookupDemonym, lookupName, type GazetteerEntry, type GazetteerKind } from './gazetteer';
import type { TokenView } from './token-view';
import { lexiconTags } from '../nlp/compromise-instance';
import { commaAfter, DETERMINERS, neighbour, wordBefore, type NameSpan } from './name-span';
import type { Shape } from './type-rules';
import { WORD_LISTS, type WordListName } from './word-lists';

const PLACE_ENDINGS = PLACE_NAME_ENDINGS.map((e) => e.toLowerCase());
const ENDINGS = { placeEndings: PLACE_ENDINGS, orgEndings: COMPOUND_ORG_ENDINGS };
const HYPHEN = /^[\-\u2010\u2011]/;

/** "X, a city in ...", "X, a senior Defense Ministry official,": the head noun of an appositive after the name. */
export function appositiveHead(span: NameSpan, list: WordListName): boolean {
  const { view, end } = span;
  if (!commaAfter(span) || !DETERMINERS.has(view.keys[end])) return false;
  let head = -1;
  for (let i = end + 1; i < Math.min(view.tokens.length, end + 6); i++) {
    // "the country's richest man": a possessive noun opens the phrase whose head comes later.
    if (/['\u2019]s$/.test(view.tokens[i].text) && !/[^\s]/.test(view.tokens[i].post)) {
      head = -1;
      continue;
    }
    // "a Basra-based splinter group": a hyphen compound before the head modifies it.
    if (/^[\-\u2010\u2011]$/.test(view.tokens[i].post) && i + 1 < view.tokens.length) {
      i++;
      continue;
    }
    const noun = view.has(i, 'Noun');
    if (view.has(i, 'Preposition') || view.has(i, 'Conjunction') || view.has(i, 'QuestionWord') || view.has(i, 'Determiner') || (view.has(i, 'Verb') && !noun)) break;
    // The head is the last noun of the first noun phrase: "the man behind ..." stops at "man".
    if (head > 0 && !noun) break;
    if (noun || head < 0) head = i;
    if (/[^\s]/.test(view.tokens[i].post)) break;
  }
  if (head < 0 || !WORD_LISTS[list].has(view.keys[head])) return false;
  // "X, the university said": the noun phrase is the subject of what follows, not an appositive.
  if (!/[^\s]/.test(view.tokens[head].post) && WORD_LISTS.speechVerbs.has(view.keys[head + 1] ?? '')) return false;
  // "Ann Lee of Tally Mead, a family friend": the appositive describes the person before "of".
  return !(list === 'personNouns' && ofAfterName(span));
}

/** The name follows "of" or "from" written right after a capitalized word ("Ann Lee of X"). */
function ofAfterName({ view, start }: NameSpan): boolean {
  const of = start - 1;
  return of > 0 && (view.keys[of] === 'of' || view.keys[of] === 'from') && /^\p{Lu}/u.test(view.tokens[of - 1].text) && !/[^\s]/.test(view.tokens[of - 1].post);
}

/** "Epps, owner of ...", "Budisa, chairman of the party": a role noun without an article, then "of"/"at"/"for". */
export function roleAppositive(span: NameSpan): boolean {
  const { view, end } = span;
  if (!commaAfter(span)) return false;
  for (let i = end; i < Math.min(view.tokens.length - 1, end + 4); i++) {
    if (!/^\p{Ll}/u.test(view.tokens[i].text) || /[^\s]/.test(view.tokens[i].post) || view.has(i, 'Determiner')) return false;
    if (WORD_LISTS.personNouns.has(view.keys[i]) && !WORD_LISTS.orgNouns.has(view.keys[i]) && ['of', 'at', 'for'].includes(view.keys[i + 1])) return true;
  }
  return false;
}

export function hyphenedWithCountry({ view, start, end }: NameSpan): boolean {
  const isCountry = (i: number): boolean => i >= 0 && i < view.tokens.length && lookupName([view.keys[i]])?.kind === 'country';
  return (start > 0 && HYPHEN.test(view.tokens[start - 1].post) && isCountry(start - 1)) || (HYPHEN.test(view.tokens[end - 1].post) && isCountry(end));
}

/** "Whitfield's Larkspan service", "Whitfield's Larkspan has ...": a one-word name owned by the possessive name before it. */
export function ownedThing({ view, start, end }: NameSpan): boolean {
  const before = view.tokens[start - 1];
  const after = view.tokens[end];
  if (!before || !after || !/^\p{Lu}.*['\u2019]s$/u.test(before.text) || /[^\s]/.test(view.tokens[end - 1].post)) return false;
  const noun = /^\p{Ll}/u.test(after.text) && view.has(end, 'Noun') && !view.has(end, 'Verb');
  // "Russia's Putin said": a place's name before a verb is as often its leader as its brand.
  const verb = (view.has(end, 'Verb') || view.has(end, 'Auxiliary') || view.has(end, 'Copula') || view.has(end, 'Modal')) && lookupName([view.keys[start - 1]])?.type !== 'Location';
  return noun || verb;
}

export function shapeOf(span: NameSpan, shape: Shape): boolean {
  const words = span.view.tokens.slice(span.start, span.end);
  if (shape === 'lowerInitial') return words.length === 1 && /^\p{Ll}{1,2}\p{Lu}[\p{L}\d]*$/u.test(words[0].text);
  if (shape === 'ampersand') return words.some((t) => /\p{L}&\p{L}/u.test(t.text) || t.text === '&');
  if (shape === 'webAddress') return words.length === 1 && /^[\p{L}\d-]+\.(?:com|org|net|co\.uk|org\.uk|info|biz)$/iu.test(words[0].text);
  if (shape === 'endsInNumber') return words.length >= 2 && /^\d+$/.test(words[words.length - 1].text);
  if (shape === 'notAllCaps') return !shapeOf(span, 'allCaps');
  // "NRC's": the possessive does not count against the capitals.
  if (shape === 'allCaps') return words.every((t) => /^[\p{Lu}\d&.\-]+$/u.test(t.text.replace(/['\u2019]s$/, '')) && /\p{Lu}.*\p{Lu}/u.test(t.text));
  if (shape === 'particleOpened') return words.length === 2 && span.view.keys[span.start] !== undefined && WORD_LISTS.hyphenParticles.has(span.view.keys[span.start]) && /^[\-\u2010\u2011]$/.test(words[0].post);
  if (shape === 'camelCase') return words.length === 1 && /^\p{L}+$/u.test(words[0].text) && /\p{Ll}\p{Lu}/u.test(words[0].text);
  return words.length >= 3 && words.slice(1, -1).some((t) => /^\p{Lu}$/u.test(t.text) && t.post.startsWith('.'));
}

/** ", Calif." closing the phrase after the name ("Petaluma, Calif.;" but not "X, US chief economist"). */
const COMPASS = new Set(['north', 'south', 'east', 'west']);

/** "Wiltshire", "East Anglia", "North Yorkshire": a county shape (a "-shire" word, or a compass word and a name) that no
 * gazetteer lists; it qualifies a place like a state. */
function countyShape(view: TokenView, from: number, to: number): GazetteerEntry | undefined {
  for (let k = from; k < to; k++) if (!view.cap[k] || (k < to - 1 && view.breakAfter[k])) return undefined;
  const shire = to - from === 1 && /shire$/.test(view.keys[from]);
  const compass = to - from === 2 && COMPASS.has(view.keys[from]) && !lookupName([view.keys[from + 1]]);
  return shire || compass ? { name: view.tokens[from].text, type: 'Location', kind: 'state' } : undefined;
}

export function commaThenPlace(span: NameSpan, kinds: readonly GazetteerKind[]): boolean {
  const { view, end } = span;
  if (!commaAfter(span)) return false;
  for (let j = Math.min(view.tokens.length, end + 3); j > end; j--) {
    const entry = lookupName(view.keys.slice(end, j)) ?? countyShape(view, end, j);
    // "Rosneft, Russia is able ...": a verb after the place makes it the subject of a new clause.
    const verbNext = j < view.tokens.length && (view.has(j, 'Verb') || view.has(j, 'Copula') || view.has(j, 'Auxiliary'));
    // "Wang Yi, China's foreign minister", "X, Nippon Steel's vice chairman": a place written as a possessive, or
    // running on into a longer capitalized name, opens an appositive; it does not qualify the name.
    const possessive = /['\u2019]s$/i.test(view.tokens[j - 1].text) || /^['\u2019]/.test(view.tokens[j - 1].post);
    const runsOn = j < view.tokens.length && view.cap[j] && !view.breakAfter[j - 1] && !/[^\s]/.test(view.tokens[j].pre);
    const closes = j === view.tokens.length || /[,.;:)\]]/.test(view.tokens[j - 1].post) || (!view.has(j, 'Noun') && !verbNext) || view.cap[j];
    if (entry && kinds.includes(entry.kind) && closes && !possessive && !runsOn) return true;
  }
  return false;
}

/** "Avis Co. of Folsom", "Sullivan, 30, of Boothbay", "Dole of Kansas". */
export function ofAfterOwner(span: NameSpan): boolean {
  const { view } = span;
  const at = wordBefore(span);
  if (at < 1 || view.keys[at] !== 'of') return false;
  const owner = at - 1;
  return WORD_LISTS.corporateSuffixes.has(view.keys[owner]) || /^\d+$/.test(view.tokens[owner].text) || view.has(owner, 'Person');
}

/** "<noun> of X" with the noun in the list ("suburb of X"). */
export function ofAfter(span: NameSpan, list: WordListName): boolean {
  const at = wordBefore(span);
  return at >= 1 && span.view.keys[at] === 'of' && WORD_LISTS[list].has(span.view.keys[at - 1]);
}

export function coordinatedWithPlace({ view, start, end }: NameSpan): boolean {
  const joins = (i: number): boolean => i >= 0 && i < view.tokens.length && (view.keys[i] === 'and' || view.keys[i] === 'or');
  const place = (i: number): boolean => i >= 0 && i < view.tokens.length && lookupName([view.keys[i]])?.type === 'Location';
  return (joins(start - 1) && place(start - 2)) || (joins(end) && place(end + 1));
}

/** A place, demonym or capitalized non-name word inside the name ("Southern California Edison"). */
export function placeInside({ view, start, end }: NameSpan): boolean {
  for (let k = start; k < end; k++) {
    if (lookupName([view.keys[k]])?.type === 'Location' || WORD_LISTS.neverNames.has(view.keys[k]) || lookupDemonym(view.keys[k])) return true;
    if (k + 1 < end && lookupName(view.keys.slice(k, k + 2))?.type === 'Location') return true;
  }
  return false;
}

export function ageOrWhoAfter(span: NameSpan): boolean {
  const { view, end } = span;
  if (!commaAfter(span)) return false;
  return view.keys[end] === 'who' || (/^\d{1,3}$/.test(view.tokens[end].text) && /^,/.test(view.tokens[end].post));
}

/** ", where" right after the name: "X, where he was born". */
export function whereAfter(span: NameSpan): boolean {
  return commaAfter(span) && span.view.keys[span.end] === 'where';
}

/** "a spokeswoman for X", "an analyst at the X". */
export function employerAfterRole(span: NameSpan): boolean {
  const { keys } = span.view;
  let at = wordBefore(span);
  while (at >= 0 && (keys[at] === 'the' || keys[at] === 'rival') && wordBefore(span) - at < 2) at--;
  // ("the leader of Kerala": a place compromise knows is led, not employed by; "the leader of the Bosnian Serbs": a people.)
  if (at >= 1 && keys[at] === 'of' && WORD_LISTS.groupRoleNouns.has(keys[at - 1])) {
    const people = lookupDemonym(keys[span.start]) !== undefined || span.view.has(span.start, 'Demonym') || lookupDemonym(keys[span.end - 1].replace(/s$/, '')) !== undefined;
    return !span.view.has(span.end - 1, 'Place') && !span.view.has(span.end - 1, 'Plural') && !people;
  }
  return at >= 1 && (keys[at] === 'for' || keys[at] === 'at') && WORD_LISTS.employeeNouns.has(keys[at - 1]);
}

export const inParentheses = ({ view, start, end }: NameSpan): boolean => /\(\s*$/.test(view.tokens[start].pre) && /^\)/.test(view.tokens[end - 1].post);

/** "Booth thought", "Ruby fatally shot": a verb follows (after one adverb at most), no article or "of" before. */
export function subjectOfVerb({ view, start, end }: NameSpan): boolean {
  const prev = start > 0 ? view.keys[start - 1] : '';
  const v = end < view.tokens.length && view.has(end, 'Adverb') ? end + 1 : end;
  const verb = v < view.tokens.length && view.has(v, 'Verb') && !view.has(v, 'Gerund') && !/[^\s]/.test(view.tokens[end - 1].post);
  // ("convoys heading for Tarvos were delayed": the object of a preposition is no subject.)
  return verb && !view.has(end - 1, 'Plural') && !['the', 'a', 'an', 'of', 'such', 'this', 'that'].includes(prev) && !(start > 0 && view.has(start - 1, 'Preposition'));
}

export function notAfter(span: NameSpan, list: WordListName): boolean {
  const i = neighbour(span, 'before');
  const key = span.view.keys[i];
  return i < 0 || !(WORD_LISTS[list].has(key) || key === 'at' || key === 'from');
}

/** A list word followed by "of"/"for" inside the name ("School of Government"). */
export function ofPhrase({ view, start, end }: NameSpan, list: WordListName): boolean {
  for (let k = start; k + 1 < end; k++) {
    if (WORD_LISTS[list].has(view.keys[k]) && (view.keys[k + 1] === 'of' || view.keys[k + 1] === 'for')) return true;
    // "Attorney's Office for the District of Ohio": the first head decides; an organization word before a place's "of" wins.
    if (list === 'locationOfHeads' && WORD_LISTS.orgHeads.has(view.keys[k]) && ['of', 'for'].includes(view.keys[k + 1])) return false;
  }
  return false;
}

export function placeEnding({ view, end }: NameSpan, list: keyof typeof ENDINGS = 'placeEndings'): boolean {
  const key = view.keys[end - 1];
  return ENDINGS[list].some((e) => key.length > e.length + 2 && key.endsWith(e));
}

/** "the Mercosur bloc", "the X car company": a lower-case noun of the list right after the name or after one lower-case noun. */
export function nounAfter({ view, end }: NameSpan, list: WordListName): boolean {
  const lowerNoun = (i: number): boolean => i < view.tokens.length && /^\p{Ll}/u.test(view.tokens[i].text) && view.has(i, 'Noun');
  if (/[^\s]/.test(view.tokens[end - 1].post) || end >= view.tokens.length) return false;
  if (WORD_LISTS[list].has(view.keys[end])) return true;
  return lowerNoun(end) && !/[^\s]/.test(view.tokens[end].post) && !view.has(end, 'Plural') && WORD_LISTS[list].has(view.keys[end + 1] ?? '') && lowerNoun(end + 1);
}

/** "Henry Ford": two or more words opening on a word compromise tags as a name (not "Owens-Corning Fiberglass"). */
export function opensWithPersonName({ view, start, end }: NameSpan): boolean {
  if (end - start < 2 || /^[\-\u2010\u2011]/.test(view.tokens[start].post) || WORD_LISTS.orgHeads.has(view.keys[end - 1])) return false;
  return view.has(start, 'FirstName') || view.has(start, 'Person');
}

/** "Lycos Europe": unknown proper words, then a country or region (not "Mainland China", "Western Europe", "Paris Hilton"). */
export function companyRegion({ view, start, end }: NameSpan): boolean {
  const last = lookupName([view.keys[end - 1]]);
  if (!last || (last.kind !== 'country' && last.kind !== 'place')) return false;
  for (let k = start; k < end - 1; k++) {
    // A sentence-initial word opens a company's name only when the lexicon does not know it as a common word ("Top Latvia official").
    const opener = k === start && view.initial[k] && (view.has(k, 'Verb') || view.has(k, 'Noun')) && lexiconTags(view.keys[k]) === undefined;
    const plain = (view.has(k, 'ProperNoun') || opener) && !['Adjective', 'FirstName', 'Place', 'Person'].some((tag) => view.has(k, tag));
    if (!plain || lookupName([view.keys[k]]) || WORD_LISTS.neverNames.has(view.keys[k]) || WORD_LISTS.locationPrefixes.has(view.keys[k]) || WORD_LISTS.regionQualifiers.has(view.keys[k]) || lookupDemonym(view.keys[k])) return false;
  }
  return true;
}
