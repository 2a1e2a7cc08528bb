// Captures of the patterns: a role phrase ("senior fellow", "UN Ambassador", "Secretary of
// State", "campaign communications director") and a date as written ("November 11", "Monday",
// "Dec. 8, 1980"). Each returns its candidate spans, longest first.
import type { Item, WordItem } from '../items';
import { MONTHS, WEEKDAYS, WORD_LISTS } from '../lexicon/cue-words';
import { HONORIFICS, LOCAL_OFFICE_HEADS, OFFICE_HEADS, ROLE_HEADS } from '../lexicon/role-words';
import type { Capture, MatchContext } from './match-pattern';

export interface CaptureSpan {
  next: number;
  capture: Capture;
}

const HEADS = new Set(ROLE_HEADS);
const OFFICES = new Set(OFFICE_HEADS);
const LOCAL_OFFICES = new Set(LOCAL_OFFICE_HEADS);

/** A written title's words, lower case, without dots ("Lt. Gov." → lt, gov). */
export const titleWords = (role: string): string[] => role.toLowerCase().replace(/\./g, '').split(/\s+/);

/** Whether a written title ends with a local public office ("Attorney General", "Gov."). */
export function isLocalOffice(role: string): boolean {
  const words = titleWords(role);
  return words.some((w) => LOCAL_OFFICES.has(w)) && !words.includes('deputy');
}
const HONOR = new Set(HONORIFICS);
const MONTH = new Set(MONTHS);
const WEEKDAY = new Set(WEEKDAYS);
const ROLE_TAGS = ['Noun', 'Adjective', 'ProperNoun', 'Acronym', 'Ordinal', 'Honorific', 'Abbreviation'];
const NOT_ROLE_TAGS = ['Pronoun', 'Determiner', 'Preposition', 'Copula', 'Conjunction', 'Possessive', 'QuestionWord', 'Auxiliary', 'Modal', 'PastTense', 'Gerund', 'Adverb'];
const MAX_ROLE = 8;

const isWord = (item: Item | undefined): item is WordItem => item?.kind === 'word';

/** A role head, also with a prefix: "co-head", "ex-chairman", "vice-president", "acting-director". */
const ROLE_PREFIX = /^(?:co|ex|vice|deputy|acting|joint|interim|former)-/;
export function isRoleHead(normal: string, heads: ReadonlySet<string>): boolean {
  return heads.has(normal) || (ROLE_PREFIX.test(normal) && heads.has(normal.replace(ROLE_PREFIX, '')));
}

/** A lower-case word that may continue a role after "of": "head of internal accounting" (not "chief of staff last year"). */
const TIME_WORDS = new Set(['last', 'next', 'this', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);
const lowerNoun = (item: Item | undefined): boolean =>
  isWord(item) && /^\p{Ll}/u.test(item.text) && !item.poss && !TIME_WORDS.has(item.normal) && item.tags.some((t) => t === 'Noun' || t === 'Adjective') && !item.tags.some((t) => NOT_ROLE_TAGS.includes(t));
const MAX_OF_WORDS = 3;

/** Ends of "of" + up to three lower-case words closed by punctuation or a preposition: "of internal accounting,", "of staff by". */
function lowerOfEnds(items: readonly Item[], ofAt: number): number[] {
  const ends: number[] = [];
  for (let e = ofAt + 1; e <= ofAt + MAX_OF_WORDS && lowerNoun(items[e]); e++) {
    const next = items[e + 1];
    if (next === undefined || next.kind === 'punct' || (isWord(next) && ((next.tags.includes('Preposition') && next.normal !== 'of') || TIME_WORDS.has(next.normal)))) ends.push(e + 1);
  }
  return ends;
}

/** A word between hyphens is inside a compound title: "editor-in-chief", "commander-in-chief". */
const hyphen = (item: Item | undefined): boolean => item?.kind === 'punct' && item.char === '-';

function roleWordOk(item: Item | undefined): boolean {
  if (item?.kind === 'mention') return item.type !== 'Person' && !item.poss;
  if (item?.kind === 'punct') return item.char === '-';
  if (!isWord(item) || item.poss) return false;
  if (item.tags.some((t) => NOT_ROLE_TAGS.includes(t))) return false;
  return item.tags.some((t) => ROLE_TAGS.includes(t)) || isRoleHead(item.normal, HEADS) || (item.tags.includes('Verb') && /^\p{Ll}/u.test(item.text));
}

const capitalized = (item: Item | undefined): boolean => isWord(item) && /^\p{Lu}/u.test(item.text) && !item.poss;

/** Role ends: a head word, then optionally "of" + capitalized words ("Secretary of State"). */
function roleEnds(items: readonly Item[], from: number, heads: ReadonlySet<string>): number[] {
  const ends: number[] = [];
  for (let j = from; j < items.length && j < from + MAX_ROLE; j++) {
    const item = items[j];
    const inner = isWord(item) && ((item.normal === 'and' && j > from) || (hyphen(items[j - 1]) && hyphen(items[j + 1])));
    if (!inner && !roleWordOk(item)) break;
    if (!isWord(item) || !isRoleHead(item.normal, heads)) continue;
    ends.push(j + 1);
    if (isWord(items[j + 1]) && (items[j + 1] as WordItem).normal === 'of') ends.push(...lowerOfEnds(items, j + 1));
    if (isWord(items[j + 1]) && (items[j + 1] as WordItem).normal === 'of' && capitalized(items[j + 2])) {
      let e = j + 2;
      while (capitalized(items[e]) && !isRoleHead((items[e] as WordItem).normal, HEADS)) e++;
      if (e > j + 2 && (e >= items.length || items[e].kind !== 'mention')) ends.push(e);
    }
  }
  return ends.sort((a, b) => b - a);
}

/** Honorifics right after the role, before the name ("Supreme Leader Ayatollah ..."). */
export function skipHonorifics(items: readonly Item[], pos: number): number {
  let p = pos;
  while (isWord(items[p]) && HONOR.has((items[p] as WordItem).normal)) {
    p++;
    if (items[p]?.kind === 'punct' && (items[p] as { char: string }).char === '.') p++;
  }
  return p;
}

const ORG_NOUNS = new Set(WORD_LISTS.orgnoun);

/** A public office's title names no company, union or party ("trades union official" is not the state's). */
function namesOrganization(items: readonly Item[], from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (isWord(items[i]) && ORG_NOUNS.has((items[i] as WordItem).normal)) return true;
  return false;
}

export function captureRole(ctx: MatchContext, from: number, heads: 'role' | 'office' | 'localoffice' = 'role'): CaptureSpan[] {
  const { items } = ctx;
  return roleEnds(items, from, heads === 'office' ? OFFICES : heads === 'localoffice' ? LOCAL_OFFICES : HEADS)
    .filter((end) => items[end - 1].kind !== 'punct' && (heads === 'role' || !namesOrganization(items, from, end)))
    .map((end) => {
      const start = items[from].start;
      const stop = items[end - 1].end;
      const afterDot = dot(items[end]) && items[end + 1] !== undefined && items[end + 1].kind !== 'punct' ? end + 1 : end;
      return { next: skipHonorifics(items, afterDot), capture: { text: ctx.text.slice(start, stop), start, end: stop } };
    });
}

const numberWord = (item: Item | undefined): boolean => isWord(item) && /^\d{1,4}(st|nd|rd|th)?$/.test(item.text);
const dot = (item: Item | undefined): boolean => item?.kind === 'punct' && item.char === '.';
const comma = (item: Item | undefined): boolean => item?.kind === 'punct' && item.char === ',';
const year = (item: Item | undefined): boolean => isWord(item) && /^\d{4}$/.test(item.text);

export function captureDate(ctx: MatchContext, from: number): CaptureSpan[] {
  const { items } = ctx;
  const first = items[from];
  if (!isWord(first)) return [];
  let end: number;
  if (WEEKDAY.has(first.normal)) end = from + 1;
  else if (MONTH.has(first.normal.replace(/\.$/, '')) && /^\p{Lu}/u.test(first.text)) {
    end = from + 1;
    if (dot(items[end])) end++;
    if (numberWord(items[end])) end++;
    if (comma(items[end]) && year(items[end + 1])) end += 2;
    else if (year(items[end])) end++;
  } else if (numberWord(first) && isWord(items[from + 1]) && MONTH.has((items[from + 1] as WordItem).normal)) {
    end = from + 2;
    if (year(items[end])) end++;
  } else return [];
  const last = items[end - 1];
  const start = first.start;
  const stop = last.kind === 'punct' ? items[end - 2].end : last.end;
  return [{ next: end, capture: { text: ctx.text.slice(start, stop), start, end: stop } }];
}
