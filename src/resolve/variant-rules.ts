// Guards for merging actors across articles. A spelling variant is the same type, the same
// surname, the same number of words, the same first initial, and every other word within one
// edit of its counterpart (words of four letters or more): "Arvid Tolsen Karro" = "Arvid Tolson
// Karro"; "Bill Clinton" ≠ "Hillary Clinton".
import { WORD_LISTS } from '../mentions/word-lists';
import { compactKey, editDistance, initialsOf } from '../text/normalize-name';

const words = (name: string): string[] => compactKey(name).split(' ').filter((w) => w && !WORD_LISTS.nameSuffixes.has(w));

export function surnameOf(name: string): string | undefined {
  const w = words(name);
  return w.length >= 2 ? w[w.length - 1] : undefined;
}

export function isSpellingVariant(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length < 2 || wa.length !== wb.length || wa.join(' ') === wb.join(' ')) return false;
  if (wa[wa.length - 1] !== wb[wb.length - 1] || wa[0][0] !== wb[0][0]) return false;
  return wa.slice(0, -1).every((w, i) => w === wb[i] || (Math.min(w.length, wb[i].length) >= 4 && editDistance(w, wb[i]) <= 1));
}

/** A lone surname ("Whitfield") that may join a full name ("Elena Whitfield"). */
export function isSurnameOf(short: string, full: string): boolean {
  const s = words(short);
  return s.length === 1 && surnameOf(full) === s[0];
}

/** An acronym ("CIP", "U.N.") that spells the initials of a multi-word name. */
export function isAcronymOf(short: string, full: string): boolean {
  const compact = short.replace(/[.\s]/g, '');
  return /^\p{Lu}{2,6}$/u.test(compact) && words(full).length >= 2 && compact.toLowerCase() === initialsOf(full);
}
