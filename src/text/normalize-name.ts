// The one name normalizer. Every comparison of names — resolution, aliases files, gold scoring,
// entity ids — goes through these functions, so "Iran's", "IRAN" and "Iran." compare equal.

/** Removes a trailing possessive ('s or s') and surrounding punctuation; keeps inner dots (U.S.). */
export function cleanName(surface: string): string {
  return surface
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/(?<=\p{L})['\u2019]s$/u, '')
    .replace(/(?<=s)['\u2019]$/u, '')
    .replace(/[^\p{L}\p{N}.)]+$/u, '')
    .replace(/(?<!\b\p{Lu})\.$/u, '')
    .trim();
}

/** Comparison key: case-folded, accents and punctuation removed, leading "the" dropped. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/^\s*the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Key without dots or spaces inside acronyms: "U.N." → "un", "U. S." → "us". */
export function compactKey(name: string): string {
  return nameKey(name.replace(/\.(?=\s?\p{L})/gu, '').replace(/\./g, ''));
}

/** Slug for ids: lower-case ASCII words joined by "-". */
export function slugify(name: string): string {
  const slug = nameKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'x';
}
