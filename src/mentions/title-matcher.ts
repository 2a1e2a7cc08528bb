// Matches titles and honorifics (src/data/titles.ts) over token keys, longest first.
import { TITLES, TITLE_MODIFIERS, type TitleEntry } from '../data/titles';
import { nameTokenKeys, tokenKey } from '../text/normalize-name';

const byKey = new Map<string, TitleEntry>();
let maxLength = 1;
for (const title of TITLES) {
  const keys = nameTokenKeys(title.text);
  byKey.set(keys.join(' '), title);
  maxLength = Math.max(maxLength, keys.length);
}
const modifiers = new Set(TITLE_MODIFIERS.map(tokenKey));

export interface TitleMatch {
  end: number;
  title: TitleEntry;
}

/** The longest title starting at `from` in `keys` (optionally after modifiers like "Deputy"). */
export function matchTitle(keys: readonly string[], from: number, limit = keys.length): TitleMatch | undefined {
  let start = from;
  while (start < limit - 1 && modifiers.has(keys[start]) && !byKey.has(keys[start])) start++;
  for (let len = Math.min(maxLength, limit - start); len >= 1; len--) {
    const title = byKey.get(keys.slice(start, start + len).join(' '));
    if (title) return { end: start + len, title };
  }
  return undefined;
}

/** True for words that qualify a title ("deputy", "former") without being one. */
export const isModifier = (key: string): boolean => modifiers.has(key) && !byKey.has(key);

/** True when the key is a one-word title or honorific ("president", "mr"). */
export function isTitleWord(key: string): boolean {
  return byKey.has(key);
}
