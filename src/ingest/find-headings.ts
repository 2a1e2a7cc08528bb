// Finds the headline and section headings of a plain-text article: short stand-alone lines in
// title case without sentence punctuation ("Behind Closed Doors", "Tensions at a Boiling Point").
// They are marked so that later stages do not read them as running prose.
import type { TextSpan } from './article';

const MAX_WORDS = 16;
const MAX_CHARS = 160;
/** Small words that stay lower-case in title case. */
const MINOR_WORDS = new Set(
  'a an and as at but by for from in into nor of on or over per the to up via vs with amid after before about against'.split(' '),
);

function isTitleCase(words: string[]): boolean {
  const major = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  if (major.length === 0) return false;
  const capitalized = major.filter((w) => /^[\p{Lu}\p{N}"'(]/u.test(w)).length;
  return capitalized / major.length >= 0.75;
}

/** True when a single line reads as a headline rather than a sentence. */
export function looksLikeHeadline(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > MAX_CHARS) return false;
  if (/[.,;:!"']$/.test(trimmed) && !/\b[A-Z]\.$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > MAX_WORDS) return false;
  if (!/^[\p{Lu}\p{N}"'(]/u.test(words[0])) return false;
  return isTitleCase(words);
}

/** A wire dateline line: a place in capitals and a date ("MOSCOW 1996-08-30", "LONDON, Aug 30"). */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu} .,'\-]{2,}\s+\d/u;

/** A first line standing alone like a news headline in sentence case ("Pernod takeover talk lifts Domecq"); a wire story
 * closes it with a full stop ("Top official resigns over leak - agency.") when a dateline follows within two lines. */
function looksLikeSentenceCaseTitle(line: string, next: readonly string[]): boolean {
  const trimmed = line.trim();
  const words = trimmed.split(/\s+/);
  const stop = /\.$/.test(trimmed) && next.some((l) => WIRE_DATELINE.test(l.trim()));
  return trimmed.length > 0 && trimmed.length <= MAX_CHARS && words.length <= MAX_WORDS && /^[\p{Lu}\p{N}"'(]/u.test(trimmed) && (stop || !/[.,;:!?]$/.test(trimmed));
}

export interface Structure {
  title?: string;
  headings: TextSpan[];
}

/**
 * Title: the first line when it reads as a headline and more text follows. Headings: later lines
 * that read as headlines and stand alone (a paragraph of their own).
 */
export function findHeadings(text: string): Structure {
  const headings: TextSpan[] = [];
  let title: string | undefined;
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const start = offset;
    offset += line.length + 1;
    const alone = (i === 0 || lines[i - 1] === '') && (i === lines.length - 1 || lines[i + 1] === '');
    if (i === 0 && lines[1] === '' && lines.length > 2 && looksLikeSentenceCaseTitle(line, lines.slice(2, 4))) {
      title = line.trim();
      headings.push({ start, end: start + line.length });
      return;
    }
    if (!looksLikeHeadline(line)) return;
    if (i === 0 && lines.length > 1) {
      title = line.trim();
      headings.push({ start, end: start + line.length });
    } else if (alone && i < lines.length - 1) {
      headings.push({ start, end: start + line.length });
    } else if (i > 0 && lines[i - 1] !== '' && lines[i + 1] !== undefined && /^\p{Lu}/u.test(lines[i + 1] ?? '')) {
      // A heading line squeezed between paragraphs without blank lines.
      if (line.trim().split(/\s+/).length <= 8) headings.push({ start, end: start + line.length });
    }
  });
  return { title, headings };
}
