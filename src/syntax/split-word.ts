// Splits one compromise token's text into UD (English Web Treebank) tokens: clitics ("don't" →
// do + n't, "Iran's" → Iran + 's, "cannot" → can + not, "gonna" → gon + na), hyphens between
// words ("long-term" → long - term; prefixes such as "co-", "non-", "e-" stay attached, as the
// treebank writes them), a leading currency sign ("$5" → $ 5), a trailing percent sign or unit
// ("76%" → 76 %, "1.1bn" → 1.1 bn) and slashes between words ("and/or" → and / or).

/** A piece of a token's text: offset and length within it. */
export interface WordPiece {
  at: number;
  length: number;
}

const KEEP_PREFIX = new Set(['e', 'non', 'anti', 'mid', 'pre', 're', 'co', 'post', 'over', 'pro', 'multi', 'ex', 'semi', 'sub']);
const CLITIC = /(?:n't|'s|'re|'ll|'m|'ve|'d)$/i;
const FUSED: ReadonlyArray<[RegExp, number]> = [
  [/^can(not)$/i, 3],
  [/^(gon|wan)na$/i, 3],
  [/^gotta$/i, 3],
];
const UNIT = /^(\d[\d.,]*)(bn|mn|m|k|pm|am|km|kg|mph|ft|lbs?|cm|mm|gb|mb)$/i;

/** Where a word's last piece is split off: clitics and fused forms. */
function splitEnding(word: string): number {
  for (const [pattern, at] of FUSED) if (pattern.test(word)) return at;
  const clitic = CLITIC.exec(word);
  if (clitic && clitic.index > 0 && !word.slice(0, clitic.index).endsWith("'")) return clitic.index;
  const unit = UNIT.exec(word);
  if (unit) return unit[1].length;
  if (/\d%$/.test(word)) return word.length - 1;
  return -1;
}

function splitSimple(word: string, at: number, out: WordPiece[]): void {
  let start = 0;
  if (/^[$£€¥]\d/.test(word)) {
    out.push({ at, length: 1 });
    start = 1;
  }
  const rest = word.slice(start);
  const cut = splitEnding(rest);
  if (cut > 0 && cut < rest.length) {
    out.push({ at: at + start, length: cut }, { at: at + start + cut, length: rest.length - cut });
  } else if (rest.length) out.push({ at: at + start, length: rest.length });
}

/** True when a hyphen inside `word` separates tokens (not in numbers, codes or prefixed words). */
function splitsAtHyphens(word: string): boolean {
  if (!/[A-Za-z]-|-[A-Za-z]/.test(word) || /^[-\d]+$/.test(word)) return false;
  const first = word.slice(0, word.indexOf('-')).toLowerCase();
  return !KEEP_PREFIX.has(first) && !/[/@:]/.test(word);
}

export function splitWord(word: string): WordPiece[] {
  const out: WordPiece[] = [];
  let parts: string[] = [word];
  if (splitsAtHyphens(word)) parts = word.split(/(-+)/).filter((p) => p !== '');
  else if (/^[A-Za-z]{2,}(?:\/[A-Za-z]{2,})+$/.test(word)) parts = word.split(/(\/)/);
  let at = 0;
  for (const part of parts) {
    splitSimple(part, at, out);
    at += part.length;
  }
  return out;
}
