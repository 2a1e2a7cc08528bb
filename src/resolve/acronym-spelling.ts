// Whether a short form spells a longer name's initials: "CIP" = "Centre for International Policy",
// "UKIP" = "UK Independence Party" (an acronym inside the name gives all its letters), "MoD" =
// "Ministry of Defence" and "DfES" = "Department for Education and Skills" (a lower-case letter
// spells a connector word; connectors may also be left out). Every capitalized word of the name
// gives at least its initial; company-form suffixes at the end may be left out ("Harbour One Corp."
// = "HOC" or "HO"), and so may a leading "The".
import { WORD_LISTS } from '../mentions/word-lists';

/** Two to seven letters, at least two capitals and no more lower-case letters than capitals ("MoD", "DfES"; not "McCain"). */
export function isAcronym(name: string): boolean {
  const compact = name.replace(/[\s.]/g, '');
  if (!/^\p{Lu}[\p{L}&]{1,6}$/u.test(compact)) return false;
  const upper = (compact.match(/\p{Lu}/gu) ?? []).length;
  return upper >= 2 && compact.length - upper <= upper;
}

interface NameWord {
  text: string;
  connector: boolean;
  optional: boolean;
}

function nameWords(full: string): NameWord[] {
  const words = full
    .replace(/['\u2019]s\b/g, '')
    .split(/[\s\-\u2010\u2011]+/)
    .map((w) => w.replace(/[^\p{L}&]/gu, ''))
    .filter(Boolean);
  let suffixFrom = words.length;
  while (suffixFrom > 1 && WORD_LISTS.corporateSuffixes.has(words[suffixFrom - 1].toLowerCase())) suffixFrom--;
  return words.map((text, i) => {
    const connector = !/^\p{Lu}/u.test(text);
    // "The New York Times" = "NYT": a leading article is left out like a connector.
    return { text, connector, optional: connector || i >= suffixFrom || (i === 0 && text === 'The') };
  });
}

function spells(letters: string, words: readonly NameWord[], i: number, j: number): boolean {
  if (j === words.length) return i === letters.length;
  const word = words[j];
  if (word.optional && spells(letters, words, i, j + 1)) return true;
  if (i >= letters.length) return false;
  const lower = word.text.toLowerCase();
  // "UK" inside "UK Independence Party" gives both its letters.
  if (/^\p{Lu}{2,}$/u.test(word.text) && letters.startsWith(lower, i) && spells(letters, words, i + lower.length, j + 1)) return true;
  return letters[i] === lower[0] && spells(letters, words, i + 1, j + 1);
}

/** `short` (an acronym) spells the initials of `full` (two words or more). */
export function spellsAcronym(short: string, full: string): boolean {
  const words = nameWords(full);
  if (!isAcronym(short) || words.filter((w) => !w.connector).length < 2) return false;
  return spells(short.replace(/[\s.]/g, '').toLowerCase(), words, 0, 0);
}
