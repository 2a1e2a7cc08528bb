// Candidate long forms for a short form, from an index instead of a scan of every name group:
// every short-form rule needs the short form's last word inside the long name (a surname, the
// tail of "the Times", the words before "of"), or its plural, or (an acronym) a word of the long
// name that starts with the acronym's first letter, so only groups that hold one of those keys
// are tried. Resolution then grows with the groups that share a word, not
// with the square of all groups.
import { compactKey, initialsOf } from '../text/normalize-name';
import { WORD_LISTS } from '../mentions/word-lists';
import type { NameGroup } from './short-forms';

const lastOf = (words: readonly string[]): string | undefined => words[words.length - 1];

/** First letters of a name's words, split as acronym-spelling.ts splits them. */
const initialLetters = (name: string): string[] => name.split(/[\s\-\u2010\u2011]+/).map((w) => w.replace(/[^\p{L}&]/gu, '').slice(0, 1).toLowerCase()).filter(Boolean);

/** Keys under which a group may be found as a long form. */
function indexKeys(g: NameGroup): string[] {
  const compact = compactKey(g.name);
  return [...g.words.map((w) => `w:${w}`), ...compact.split(' ').map((w) => `c:${w}`), `i:${initialsOf(g.name)}`, ...initialLetters(g.name).map((c) => `a:${c}`)];
}

/** Keys a short form looks up: a superset of the long forms any rule in short-forms.ts can accept. */
function lookupKeys(g: NameGroup): string[] {
  const keys: string[] = [];
  const last = lastOf(g.words);
  if (last !== undefined) keys.push(`w:${last}`, `w:${g.words[0]}s`);
  const lastPersonWord = lastOf(g.words.filter((w) => !WORD_LISTS.nameSuffixes.has(w)));
  if (lastPersonWord !== undefined) keys.push(`w:${lastPersonWord}`);
  const compact = compactKey(g.name);
  keys.push(`c:${lastOf(compact.split(' '))}`, `i:${compact}`);
  const letters = g.name.replace(/[\s.]/g, '');
  if (/^\p{Lu}/u.test(letters)) keys.push(`a:${letters[0].toLowerCase()}`);
  return keys;
}

/** For each group, the other groups that may be its long form, in the order of `groups`. */
export function makeCandidateFinder<G extends NameGroup>(groups: readonly G[]): (short: G) => G[] {
  const position = new Map<G, number>();
  const index = new Map<string, G[]>();
  groups.forEach((g, i) => {
    position.set(g, i);
    for (const key of new Set(indexKeys(g))) {
      const list = index.get(key);
      if (list) list.push(g);
      else index.set(key, [g]);
    }
  });
  return (short) => {
    const found = new Set<G>();
    for (const key of lookupKeys(short)) for (const g of index.get(key) ?? []) if (g !== short) found.add(g);
    return [...found].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  };
}
