// Dates of meetings as the sentence writes them ("November 11", "Monday", "Dec. 8, 1980"),
// resolved to YYYY-MM-DD when the article has a date to anchor them: a month and day take the
// article's year (the year before when that would put them after the article), a weekday the
// latest such day on or before the article date. Without an anchor the written form is kept.
import { MONTHS, WEEKDAYS } from './lexicon/cue-words';

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** 0-11 for a month name or abbreviation ("Nov.", "Sept"), -1 otherwise. */
function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (!MONTHS.includes(w)) return -1;
  return MONTHS.slice(0, 12).findIndex((m) => m.startsWith(w.slice(0, 3)));
}

export function resolveDate(written: string, articleDate?: string): string {
  const anchor = articleDate && /^\d{4}-\d{2}-\d{2}$/.test(articleDate) ? new Date(`${articleDate}T00:00:00Z`) : undefined;
  const words = written.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  const weekday = WEEKDAYS.indexOf(words[0]?.toLowerCase() ?? '');
  if (weekday >= 0 && words.length === 1) {
    if (!anchor) return written;
    const back = (anchor.getUTCDay() - ((weekday + 1) % 7) + 7) % 7;
    return iso(new Date(anchor.getTime() - back * 86400000));
  }
  const mi = words.findIndex((w) => monthIndex(w) >= 0);
  const day = words.map((w) => /^(\d{1,2})(st|nd|rd|th)?$/.exec(w)).find(Boolean);
  const year = words.find((w) => /^\d{4}$/.test(w));
  if (mi < 0 || !day) return written;
  const month = monthIndex(words[mi]);
  if (year) return `${year}-${pad(month + 1)}-${pad(Number(day[1]))}`;
  if (!anchor) return written;
  let y = anchor.getUTCFullYear();
  if (Date.UTC(y, month, Number(day[1])) > anchor.getTime()) y--;
  return `${y}-${pad(month + 1)}-${pad(Number(day[1]))}`;
}
