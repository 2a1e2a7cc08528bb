// A synthetic corpus for scale runs: copy N of a base article with its proper names replaced by
// made-up ones, so a corpus of 50,000 articles built from 1,697 texts has distinct ids and tens of
// thousands of distinct actors (resolution has real work). Pure and deterministic: the same record
// and copy number always give the same text. Copy 0 is the article unchanged.

export interface CorpusRecord {
  id: string;
  title?: string;
  text: string;
  date?: string;
}

/** Copies that share a name variant: the same made-up name recurs across this many copies. */
const VARIANTS = 40;

/** Words that keep their spelling: calendar words anchor dates, and a few function words. */
const KEEP = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'But', 'And', 'This', 'That',
]);

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vel', 'dor', 'bri', 'an', 'sel', 'mar', 'to', 'li', 'ne', 'gor', 'us', 'pe', 'rad', 'os', 'vin'];

/** FNV-1a: a small, stable string hash (no crypto needed for a load generator). */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A made-up name of about the word's length, the same for the same word and variant. */
export function inventName(word: string, variant: number): string {
  let h = hashText(`${word}:${variant}`);
  let name = '';
  while (name.length < Math.max(4, word.length - 1)) {
    name += SYLLABLES[h % SYLLABLES.length];
    h = Math.imul(h, 0x9e3779b1) >>> 0 || 1;
  }
  return name[0].toUpperCase() + name.slice(1);
}

/** One letter changed: a spelling variant that resolution's edit-distance guard may merge. */
function misspell(name: string): string {
  const i = name.length - 2;
  const next = name[i] === 'e' ? 'a' : 'e';
  return name.slice(0, i) + next + name.slice(i + 1);
}

/** Capitalized words seen after a lowercase word or a comma: names, not sentence openers. */
function properWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<=[a-z,] )\p{Lu}\p{Ll}{2,}\b/gu)) if (!KEEP.has(m[0])) words.add(m[0]);
  return words;
}

export function varyArticle(record: CorpusRecord, copy: number): CorpusRecord {
  if (copy === 0) return record;
  const variant = copy % VARIANTS;
  const renames = new Map<string, string>();
  for (const word of properWords(record.text)) {
    const h = hashText(`${record.id}:${copy}:${word}`);
    if (h % 4 === 0) continue; // some names stay: actors shared with the original texts
    const name = inventName(word, variant);
    renames.set(word, h % 16 === 1 ? misspell(name) : name);
  }
  const rename = (s: string): string => s.replace(/\b\p{Lu}\p{Ll}{2,}\b/gu, (w) => renames.get(w) ?? w);
  const day = 1 + (hashText(`${record.id}:${copy}`) % 28);
  const month = 1 + (copy % 12);
  const out: CorpusRecord = { id: `${record.id}-${copy}`, text: rename(record.text), date: `2005-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  if (record.title) out.title = rename(record.title);
  return out;
}
