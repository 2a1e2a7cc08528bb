// Per-sentence view over the tokens with the few features the mention rules read. Computed once
// per sentence in a linear pass.
import { lexiconTags } from '../nlp/compromise-instance';
import type { Token } from '../nlp/parsed-article';
import { tokenKey } from '../text/normalize-name';
import { lookupName } from './gazetteer';
import { isAbbreviation } from './abbreviations';
import { isTitleWord, matchTitle } from './title-matcher';
import { WORD_LISTS } from './word-lists';
import { isCapitalized, joinedTailOf, markElisions, markNicknames, withoutPrefix } from './token-marks';

export interface TokenView {
  tokens: readonly Token[];
  keys: string[];
  /** Starts with a capital letter (or is all capitals / an initial). */
  cap: boolean[];
  /** A name cannot run on past this token (punctuation after it, possessive, hyphen before a country). */
  breakAfter: boolean[];
  /** First word of the sentence, or right after an opening quote or bracket. */
  initial: boolean[];
  /** A sentence-initial capital that compromise does not know at all (only Noun/Singular): a name only if confirmed. */
  tentative: boolean[];
  /** The lower-case compound word glued into one token after a name ("based" of "Mo.-based"): no part of the name. */
  joinedTail: Array<string | undefined>;
  has: (i: number, tag: string) => boolean;
}

const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region', 'Organization', 'ProperNoun']);
const NOT_NAME_TAGS = ['Month', 'WeekDay', 'Value', 'Pronoun', 'Holiday'];
const CLOSED_CLASS_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'QuestionWord', 'Auxiliary', 'Modal', 'Copula'];

/** "Iran's", "Airbus'" (an apostrophe after -s); "Dunkin'" is an elision inside a name, not a possessive. */
const isPossessive = (token: Token): boolean => /['\u2019]s$/i.test(token.text) || (/s$/i.test(token.text) && /^['\u2019](?!\w)/.test(token.post));
/** A dash set off by a space ("EADS - Airbus", "Sydney- "): a break between names, unlike a hyphen inside one. */
const SPACED_DASH = /\s[\-\u2010-\u2015]|[\-\u2010-\u2015]\s/;
/** An all-capitals plural of an acronym ("ISPs", "CEOs"): a common noun. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}e?s$/u;
/** Punctuation in `post` that ends a name: anything but spaces, an abbreviation dot or a hyphen. */
const endsName = (token: Token, key: string, elided: boolean): boolean =>
  /[^\s.\-\u2010\u2011]/.test((elided ? token.post.slice(1) : token.post)) || SPACED_DASH.test(token.post) || (/\.\s*$/.test(token.post) && !/^\p{Lu}$/u.test(token.text) && !isAbbreviation(key)) || /\n/.test(token.post);

/** An organization word ends the capitalized run that starts at `from` within three words ("Pension Fund"). */
function orgHeadAhead(tokens: readonly Token[], from: number, keys: readonly string[]): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 3); j++) {
    if (!isCapitalized(tokens[j].text)) return false;
    if (WORD_LISTS.orgHeads.has(keys[j])) return true;
    if (/[^\s]/.test(tokens[j].post)) return false;
  }
  return false;
}

/** "People's Party", "Teachers' Pension Fund", "Attorney's Office": a plural possessive inside an organization name,
 * or an office holder's possessive before the name of the office. */
function isGroupPossessive(tokens: readonly Token[], i: number, has: (i: number, tag: string) => boolean, keys: readonly string[]): boolean {
  const next = tokens[i + 1];
  if (!next || !isCapitalized(tokens[i].text) || !isCapitalized(next.text) || !/^['\u2019]?s?\s+$/.test(tokens[i].post.replace(/^['\u2019]/, ''))) return false;
  if (WORD_LISTS.officeHolders.has(keys[i]) && /['\u2019]s$/i.test(tokens[i].text) && orgHeadAhead(tokens, i + 1, keys)) return true;
  // "People's Republic of Bangladesh": a possessive opening a gazetteer name.
  for (let j = i + 3; j <= Math.min(tokens.length, i + 6); j++) if (lookupName(keys.slice(i, j))) return true;
  const plural = has(i, 'Plural') || /s['\u2019]?$/i.test(tokens[i].text.replace(/['\u2019]s$/, '')) || /(?:men|people|children)['\u2019]s$/i.test(tokens[i].text);
  return plural && !has(i, 'Person') && lookupName([keys[i]]) === undefined && orgHeadAhead(tokens, i + 1, keys);
}

const NAME_PART_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Expression']);
/** A lower-case word that may end a hyphenated given name: unknown to the lexicon or a name syllable ("yul", "yong", "hee"). */
const nameLikeTail = (key: string): boolean => !WORD_LISTS.compoundTails.has(key) && (lexiconTags(key) ?? ['FirstName']).every((tag) => NAME_PART_TAGS.has(tag));

export function makeTokenView(tokens: readonly Token[]): TokenView {
  const keys = tokens.map((t) => tokenKey(withoutPrefix(t.text)) || (t.text === '&' ? '&' : ''));
  const has = (i: number, tag: string): boolean => tokens[i]?.tags.includes(tag) ?? false;
  // An apostrophe after a plural ("Governors' Association") closes a possessive, it opens no quote.
  const pluralPossessive = (i: number): boolean => i >= 0 && /s$/i.test(tokens[i].text) && /^['\u2019]\s/.test(tokens[i].post);
  // "WASHINGTON (Harbor Wire) - Lawmakers ...", "DAYTON - Jurors ...": the first word after a dateline's dash opens the sentence.
  const afterDateline = (i: number): boolean => {
    const post = tokens[i - 1].post;
    if (post.length < 3) return false;
    return /\)\s*[\-\u2013\u2014]\s+$/.test(post) || (/^\s+[\-\u2013\u2014]\s+$/.test(post) && /^\p{Lu}{2,}$/u.test(tokens[i - 1].text));
  };
  // A country on either side of "&", unless the pair is itself a country's name ("Trinidad & Tobago").
  const besideCountry = (i: number): boolean =>
    [keys[i - 1], keys[i + 1]].some((k) => lookupName([k])?.kind === 'country') && !lookupName([keys[i - 1], 'and', keys[i + 1]]);
  // A straight quote written right after a word closes a quotation ('"vilifying" ex-White House'); one after a space opens one.
  const opensAfter = (post: string): boolean => /(?:[“‘`(\[:—_]|[\s,;]["'])\s*$/.test(post);
  const initial = tokens.map((t, i) => i === 0 || (opensAfter(tokens[i - 1].post) && !pluralPossessive(i - 1)) || /[“"‘`(\[_]\s*$/.test(t.pre) || afterDateline(i));
  // Unknown to compromise in context (only Noun/Singular) and not a common word of its lexicon ("Growth", "Interest").
  const unknownWord = (i: number): boolean => {
    // "Asante-Darko held talks": a hyphened part is as unknown as a plain word.
    if (!tokens[i].tags.every((tag) => tag === 'Noun' || tag === 'Singular' || tag === 'Possessive' || tag === 'Hyphenated')) return false;
    const known = isPossessive(tokens[i]) ? undefined : lexiconTags(keys[i]);
    return !known || known.some((tag) => NAME_TAGS.has(tag));
  };
  const nickname = markNicknames(tokens, has);
  const elided = markElisions(tokens);
  const joinedTail = tokens.map((t) => joinedTailOf(t.text));
  for (let i = 0; i < tokens.length; i++) {
    // Not a quote: the closing mark of a nickname ("LA" Reid) or an elided "g" (Dunkin' Donuts).
    if (nickname[i] || (i > 0 && (nickname[i - 1] || elided[i - 1]))) initial[i] = false;
  }
  const cap = tokens.map((token, i) => {
    const t = { ...token, text: withoutPrefix(token.text) };
    // "Côte d'Ivoire", "L'Aquila": an elided article before a capital continues the name before it.
    if (/^[dl]['\u2019]\p{Lu}/u.test(t.text)) return i > 0 && isCapitalized(tokens[i - 1].text) && /^\s+$/.test(tokens[i - 1].post);
    // "Marsh & Finch" is one name; "Iran & Hezbollah" (an "&amp;" of a page, decoded) lists a country and another actor.
    if (t.text === '&') return i > 0 && i + 1 < tokens.length && isCapitalized(tokens[i - 1].text) && isCapitalized(tokens[i + 1].text) && !besideCountry(i);
    // "G8", "G20": a word with digits is a name only when the gazetteer knows it.
    if (!isCapitalized(t.text) || !/\p{L}/u.test(t.text) || (/\d/.test(t.text) && !lookupName([keys[i]]))) return false;
    if (WORD_LISTS.postnominals.has(keys[i]) || PLURAL_ACRONYM.test(t.text)) return false;
    // "MCI", "DMX": an all-capitals word compromise reads as a Roman numeral is an acronym name.
    const acronymNumeral = has(i, 'RomanNumeral') && /^\p{Lu}{3,}$/u.test(t.text);
    if (NOT_NAME_TAGS.some((tag) => has(i, tag)) && !has(i, 'Person') && !has(i, 'ProperNoun') && !acronymNumeral) return false;
    // "Jan Jensen", "April Ryan": a month compromise reads as a person's name right before a surname is a given name.
    // Not a date ("18 January Senator X", "April Jakarta"): no number before it, a surname (no title, no place) after it.
    const surnameNext = (has(i + 1, 'LastName') || has(i + 1, 'Person')) && !has(i + 1, 'Place') && !has(i + 1, 'Honorific') && !isTitleWord(keys[i + 1] ?? '');
    const givenName = has(i, 'Person') && /^\s+$/.test(t.post) && surnameNext && !/\d/.test(tokens[i - 1]?.text ?? '');
    if (WORD_LISTS.calendarWords.has(keys[i]) && !has(i, 'FirstName') && !givenName) return false;
    // "Redmond-based": a capitalized word hyphened to a place compound word is a name even when it opens the sentence.
    if (/^[\-\u2010\u2011]$/.test(t.post) && WORD_LISTS.placeCompounds.has(keys[i + 1] ?? '')) return true;
    if (!initial[i]) return !(WORD_LISTS.functionWords.has(keys[i]) && /^\p{Lu}{2,}$/u.test(t.text));
    if (/^\p{Lu}$/u.test(t.text) && t.post.startsWith('.') && tokens[i + 1] && isCapitalized(tokens[i + 1].text)) return true;
    if (WORD_LISTS.functionWords.has(keys[i])) return false;
    if (/^\p{Lu}{2,}$/u.test(t.text)) return true;
    const next = tokens[i + 1];
    const headWord = WORD_LISTS.locationPrefixes.has(keys[i]) || WORD_LISTS.orgOfHeads.has(keys[i]) || WORD_LISTS.locationOfHeads.has(keys[i]);
    if (headWord && next && isCapitalized(next.text) && !/[^\s]/.test(t.post)) return true;
    // "Liberal Democrat leader X", "New Labour": the first word of a longer gazetteer name opens it.
    if (next && isCapitalized(next.text) && !/[^\s]/.test(t.post) && (lookupName(keys.slice(i, i + 2)) || lookupName(keys.slice(i, i + 3)))) return true;
    // "Grupo Modelo", "Petróleos de Venezuela": an organization word of another language opens a name at a sentence start.
    const connectorThenCap = next !== undefined && WORD_LISTS.connectors.has(keys[i + 1]) && isCapitalized(tokens[i + 2]?.text ?? '');
    if (WORD_LISTS.orgOpeners.has(keys[i]) && next && (isCapitalized(next.text) || connectorThenCap) && !/[^\s]/.test(t.post)) return true;
    // Sentence-initial capitals: a name only when compromise or our lists know it as one.
    if ((matchTitle(keys, i)?.end ?? 0) > i + 1) return true;
    if (CLOSED_CLASS_TAGS.some((tag) => has(i, tag)) && !has(i, 'Person') && !has(i, 'Place')) return false;
    return has(i, 'ProperNoun') || has(i, 'Place') || has(i, 'Person') || has(i, 'Organization') || isTitleWord(keys[i]) || lookupName([keys[i]]) !== undefined || /^\p{Lu}[\p{Lu}.&]+$/u.test(t.text.replace(/['\u2019]s$/, '')) || unknownWord(i);
  });
  // "Cho Tae-yul", "Lee Jae-myung": a lower-case part unknown to the lexicon, hyphened to a name word after another name word.
  const nameTail = tokens.map((tok, i) => i >= 2 && /^\p{Ll}+$/u.test(tok.text) && /^[\-\u2010\u2011]$/.test(tokens[i - 1].post) && cap[i - 1] && cap[i - 2] && /^\s+$/.test(tokens[i - 2].post) && nameLikeTail(keys[i]));
  for (let i = 0; i < tokens.length; i++) if (nameTail[i]) cap[i] = true;
  const tentative = tokens.map((_, i) => initial[i] && cap[i] && unknownWord(i) && !isTitleWord(keys[i]) && lookupName([keys[i]]) === undefined);
  const breakAfter = tokens.map((t, i) => {
    if (nickname[i + 1] || nickname[i] || nameTail[i + 1]) return false;
    if (isPossessive(t) && isGroupPossessive(tokens, i, has, keys)) return false;
    if (isPossessive(t) || endsName(t, keys[i], elided[i]) || joinedTail[i]) return true;
    if (/^[\-\u2010\u2011]/.test(t.post)) {
      // "Israel-Hamas", "U.S.-Iran", "Iranian-backed" split; "ITAR-TASS", "Ros-Lehtinen" join.
      const next = tokens[i + 1];
      // "Asia-Pacific Economic Cooperation": two places hyphened inside a longer capitalized name stay in it.
      const placePairInName = lookupName([keys[i + 1] ?? ''])?.type === 'Location' && /^\s+$/.test(next?.post ?? '') && isCapitalized(tokens[i + 2]?.text ?? '') && !/[^\s]/.test(tokens[i + 2]?.pre ?? '');
      if (placePairInName && lookupName([keys[i]])?.type === 'Location') return false;
      // "Bosnia-Herzegovina": two parts of one country's name ("Bosnia and Herzegovina").
      if (lookupName([keys[i], 'and', keys[i + 1] ?? ''])) return false;
      return !next || !isCapitalized(next.text) || lookupName([keys[i]]) !== undefined || (WORD_LISTS.neverNames.has(keys[i]) && keys[i].length > 1);
    }
    return false;
  });
  return { tokens, keys, cap, breakAfter, initial, tentative, has, joinedTail };
}
