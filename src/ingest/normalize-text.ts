// Normalizes article text so that every later stage sees one spelling of quotes, dashes and
// whitespace. Offsets everywhere in newsgraph refer to the text as returned here.
import { repairMojibake } from './repair-mojibake';

const REPLACEMENTS: ReadonlyArray<[RegExp, string]> = [
  [/\r\n?/g, '\n'],
  [/[\u200b-\u200d\u2060\ufeff]/g, ''],
  [/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' '],
  [/[\u2018\u2019\u201a\u201b\u2032\u02bc]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"'],
  [/[\u2010\u2011\u2012\u2013]/g, '-'],
  [/ *[\u2014\u2015] */g, ' - '],
  [/\u2026/g, '...'],
  [/ {2,}/g, ' '],
  [/ *\n */g, '\n'],
  [/\n{3,}/g, '\n\n'],
];

export function normalizeText(raw: string): string {
  // Mojibake first ("Â£" → "£", "â€™" → "’"), before the quotes it hides are normalized.
  let text = repairMojibake(raw).normalize('NFC');
  for (const [pattern, replacement] of REPLACEMENTS) text = text.replace(pattern, replacement);
  return text.trim();
}

/** Collapses all whitespace to single spaces; for names, titles and one-line values. */
export function normalizeLine(raw: string): string {
  return normalizeText(raw).replace(/\s+/g, ' ');
}
