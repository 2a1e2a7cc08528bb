// Per-sentence view over the tokens with the few features the mention rules read. Computed once
// per sentence in a linear pass.
import { lexiconTags } from '../nlp/compromise-instance';
import type { Token } from '../nlp/parsed-article';
import { tokenKey } from '../text/normalize-name';
import { lookupName } from './gazetteer';
import { isAbbreviation } from './abbreviations';
import { isTitleWord, matchTitle } from './title-matcher';
import { WORD_LISTS } from './word-lists';

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
  has: (i: number, tag: string) => boolean;
}

const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'Country', 'City', 'Region', 'Organization', 'ProperNoun']);
const NOT_NAME_TAGS = ['Month', 'WeekDay', 'Value', 'Pronoun', 'Holiday'];
const CLOSED_CLASS_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'QuestionWord', 'Auxiliary', 'Modal', 'Copula'];

const isCapitalized = (text: string): boolean => /^\p{Lu}/u.test(text) || /^\p{Ll}+\p{Lu}/u.test(text);
const isPossessive = (token: Token): boolean => /['\u2019]s$/i.test(token.text) || /^['\u2019](?!\w)/.test(token.post);
/** Punctuation in `post` that ends a name: anything but spaces, an abbreviation dot or a hyphen. */
const endsName = (token: Token, key: string): boolean =>
  /[^\s.\-\u2010\u2011]/.test(token.post) || (/\.\s*$/.test(token.post) && !/^\p{Lu}$/u.test(token.text) && !isAbbreviation(key)) || /\n/.test(token.post);

export function makeTokenView(tokens: readonly Token[]): TokenView {
  const keys = tokens.map((t) => tokenKey(t.text));
  const tagSets = tokens.map((t) => new Set(t.tags));
  const has = (i: number, tag: string): boolean => tagSets[i]?.has(tag) ?? false;
  const initial = tokens.map((t, i) => i === 0 || /[“"'‘`(\[:—_]\s*$/.test(tokens[i - 1].post) || /[“"‘`(\[_]\s*$/.test(t.pre));
  // Unknown to compromise in context (only Noun/Singular) and not a common word of its lexicon ("Growth", "Interest").
  const unknownWord = (i: number): boolean => {
    if (!tokens[i].tags.every((tag) => tag === 'Noun' || tag === 'Singular' || tag === 'Possessive')) return false;
    const known = isPossessive(tokens[i]) ? undefined : lexiconTags(keys[i]);
    return !known || known.some((tag) => NAME_TAGS.has(tag));
  };
  const cap = tokens.map((t, i) => {
    if (!isCapitalized(t.text) || !/\p{L}/u.test(t.text) || /\d/.test(t.text)) return false;
    if (NOT_NAME_TAGS.some((tag) => has(i, tag)) && !has(i, 'Person') && !has(i, 'ProperNoun')) return false;
    if (WORD_LISTS.calendarWords.has(keys[i]) && !has(i, 'FirstName')) return false;
    if (!initial[i]) return !(WORD_LISTS.functionWords.has(keys[i]) && /^\p{Lu}{2,}$/u.test(t.text));
    if (/^\p{Lu}$/u.test(t.text) && t.post.startsWith('.') && tokens[i + 1] && isCapitalized(tokens[i + 1].text)) return true;
    if (WORD_LISTS.functionWords.has(keys[i])) return false;
    if (/^\p{Lu}{2,}$/u.test(t.text)) return true;
    const next = tokens[i + 1];
    const headWord = WORD_LISTS.locationPrefixes.has(keys[i]) || WORD_LISTS.orgOfHeads.has(keys[i]) || WORD_LISTS.locationOfHeads.has(keys[i]);
    if (headWord && next && isCapitalized(next.text) && !/[^\s]/.test(t.post)) return true;
    // Sentence-initial capitals: a name only when compromise or our lists know it as one.
    if ((matchTitle(keys, i)?.end ?? 0) > i + 1) return true;
    if (CLOSED_CLASS_TAGS.some((tag) => has(i, tag)) && !has(i, 'Person') && !has(i, 'Place')) return false;
    return has(i, 'ProperNoun') || has(i, 'Place') || has(i, 'Person') || has(i, 'Organization') || isTitleWord(keys[i]) || lookupName([keys[i]]) !== undefined || /^\p{Lu}[\p{Lu}.&]+$/u.test(t.text.replace(/['\u2019]s$/, '')) || unknownWord(i);
  });
  const tentative = tokens.map((_, i) => initial[i] && cap[i] && unknownWord(i) && !isTitleWord(keys[i]) && lookupName([keys[i]]) === undefined);
  const breakAfter = tokens.map((t, i) => {
    if (isPossessive(t) || endsName(t, keys[i])) return true;
    if (/^[\-\u2010\u2011]/.test(t.post)) {
      // "Israel-Hamas", "U.S.-Iran", "Iranian-backed" split; "ITAR-TASS", "Ros-Lehtinen" join.
      const next = tokens[i + 1];
      return !next || !isCapitalized(next.text) || lookupName([keys[i]]) !== undefined || WORD_LISTS.neverNames.has(keys[i]);
    }
    return false;
  });
  return { tokens, keys, cap, breakAfter, initial, tentative, has };
}
