// Per-token marks the token view needs beyond tags: capitals, nicknames in quotes, elided words
// inside names, time prefixes and compound words glued to a name in one token.
import type { Token } from '../nlp/parsed-article';
import { WORD_LISTS } from './word-lists';

export const isCapitalized = (text: string): boolean => /^\p{Lu}/u.test(text) || /^\p{Ll}+\p{Lu}/u.test(text);

/** "ex-White House", "post-Soviet": a lower-case prefix of time hyphened to a name is no part of it. ("anti-Israel",
 * "pro-Kremlin" stay one word: the prefix turns the name into a stance that the relation rules must not read as the name.) */
export const NAME_PREFIX = /^(?:ex|post|pre|then|mid)[\-\u2010\u2011](?=\p{Lu})/u;
/** "Mo.-based", "St.-born": a name and a compound word that the tokenizer kept as one token. */
export const JOINED_TAIL = /[\-\u2010\u2011](\p{Ll}+)$/u;
export const joinedTailOf = (text: string): string | undefined => {
  const tail = JOINED_TAIL.exec(text)?.[1];
  return tail && WORD_LISTS.compoundTails.has(tail) && /^\p{Lu}/u.test(text) ? tail : undefined;
};
export const withoutPrefix = (text: string): string => {
  const tail = joinedTailOf(text);
  return (tail ? text.slice(0, -tail.length - 1) : text).replace(NAME_PREFIX, '');
};

/** "Dunkin'", "Rockin'": a word whose final g is elided, written with an apostrophe inside a name. */
const isElided = (token: Token): boolean => /in$/i.test(token.text) && /^['\u2019]\s/.test(token.post);

/** Elisions inside names: "Dunkin' Donuts", and "Sant' Orsola": a short capitalized word (not a plural) with an apostrophe
 * before another capitalized word, where no single quote opened earlier in the sentence (then the apostrophe closes it). */
export function markElisions(tokens: readonly Token[]): boolean[] {
  let quoteOpen = false;
  return tokens.map((t, i) => {
    quoteOpen ||= /['\u2018]\s*$/.test(t.pre) || (i > 0 && /\s['\u2018]\s*$/.test(tokens[i - 1].post));
    if (isElided(t)) return true;
    const before = /^\p{Lu}\p{Ll}{1,4}$/u.test(t.text) && !/s$/i.test(t.text) && /^['\u2019]\s+$/.test(t.post);
    return before && !quoteOpen && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
  });
}

/** Tokens of a nickname in quotes (one or two words) between a first name and a surname: Antonio "LA" Reid. */
export function markNicknames(tokens: readonly Token[], has: (i: number, tag: string) => boolean): boolean[] {
  const marks = tokens.map(() => false);
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!has(i - 1, 'FirstName') || !/^\s*$/.test(tokens[i - 1].post) || !/^["\u201c]$/.test(tokens[i].pre.trim())) continue;
    for (let k = i; k <= i + 1 && k + 1 < tokens.length; k++) {
      const words = tokens.slice(i, k + 1);
      if (!words.every((t) => isCapitalized(t.text)) || !isCapitalized(tokens[k + 1].text)) break;
      if (/^["\u201d]\s+$/.test(tokens[k].post)) {
        for (let j = i; j <= k; j++) marks[j] = true;
        break;
      }
      if (!/^\s+$/.test(tokens[k].post)) break;
    }
  }
  return marks;
}
