// The one name normalizer. Every comparison of names — resolution, aliases files, gold scoring,
// entity ids — goes through these functions, so "Iran's", "IRAN" and "Iran." compare equal.
import { ORG_ABBREVIATIONS } from '../data/org-words';

/** Removes a trailing possessive ('s or s') and surrounding punctuation; keeps inner dots (U.S.). */
export function cleanName(surface: string): string {
  return surface
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/(?<=[\p{L}\p{N}])['\u2019]s$/u, '')
    .replace(/(?<=s)['\u2019]$/u, '')
    .replace(/[^\p{L}\p{N}.)]+$/u, '')
    .replace(/(?<!\b\p{Lu})\.$/u, '')
    .trim();
}

// Keys are asked for the same few thousand names over and over (every token window, every
// comparison); a bounded memo keeps the regex work to once per name. Pure: same name, same key.
const MEMO_LIMIT = 50_000;
const memos = [new Map<string, string>(), new Map<string, string>()];

function foldKey(name: string, dropMarks: boolean): string {
  const memo = memos[dropMarks ? 1 : 0];
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    key = computeKey(name, dropMarks);
    memo.set(name, key);
  }
  return key;
}

function computeKey(name: string, dropMarks: boolean): string {
  const decomposed = name.normalize('NFKD');
  return (dropMarks ? decomposed.replace(/\p{M}/gu, '') : decomposed)
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/^\s*the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Comparison key: case-folded, accents and punctuation removed, leading "the" dropped. */
export function nameKey(name: string): string {
  return foldKey(name, true);
}

/** Key without dots or spaces inside acronyms: "U.N." → "un", "U. S." → "us". */
export function compactKey(name: string): string {
  return nameKey(name.replace(/\.(?=\s?\p{L})/gu, '').replace(/\./g, ''));
}

const ORG_WORDS = new Map(Object.entries(ORG_ABBREVIATIONS));

/** Key of an organization name: compactKey with abbreviated words written out ("News Corp" = "News Corporation"). */
export function orgKey(name: string): string {
  return compactKey(name)
    .split(' ')
    .map((w) => ORG_WORDS.get(w) ?? w)
    .join(' ');
}

/** Key under which two names of one type are the same actor: orgKey for organizations, compactKey otherwise. */
export function actorKey(type: string, name: string): string {
  return type === 'Organization' ? orgKey(name) : compactKey(name);
}

/** Slug for ids: lower-case ASCII words joined by "-". */
export function slugify(name: string): string {
  const slug = nameKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/** Key of one token for gazetteer and word-list lookups: "Iran’s" → "iran", "U.S." → "us". */
export function tokenKey(text: string): string {
  // Fast path for the common case (plain ASCII letters), equal to the full fold.
  if (/^[A-Za-z]+$/.test(text)) return text.toLowerCase();
  return compactKey(cleanName(text));
}

/** Keys of the words of a name, split on spaces and hyphens: "Bosnia-Herzegovina" → ["bosnia", "herzegovina"]. */
export function nameTokenKeys(name: string): string[] {
  return name
    .split(/[\s\-\u2010-\u2013]+/)
    .map(tokenKey)
    .filter(Boolean);
}

/** Initial letters of the capitalized words of a name: "Centre for International Policy" → "cip". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s\-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0].toLowerCase())
    .join('');
}

/** Levenshtein distance, for guarded spelling-variant merges of short name parts. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/**
 * Key for scoring against gold annotations (`kg eval`), the comparison the shared scorers
 * define: case-folded, a possessive 's dropped, every other character that is not a letter or
 * digit (accents included, after NFKD) read as a space, a leading "the" dropped.
 */
export function evalKey(name: string): string {
  return foldKey(String(name), false);
}
