// A national office written without its country ("Prime Minister X", "Foreign Secretary X",
// "President X") works for the country the article establishes (article-country.ts): the best
// scored named country that has such an office (a monarchy has no president; a "Foreign
// Secretary" is British), clearly ahead of any other that has it. The relation is an inference:
// its own rule id (office-country) and a lower confidence. A person whose title is written with a
// country or body anywhere in the article ("Italian Prime Minister X", "UKIP leader X"), or who
// already works for a country there, gets nothing.
import type { Mention } from '../mentions/mention';
import type { Item } from './items';
import { scoreCountries, type CountryScore } from './article-country';
import { NATIONAL_OFFICES, type OfficeRow } from './lexicon/office-countries';
import type { Relation } from './relation';

export const OFFICE_COUNTRY_RULE = 'office-country';
const CONFIDENCE = 0.6;
const NOT_NATIONAL = /\b(?:shadow|party|deputy party|general)\b/;

/** The office a title ends with, the longest that fits ("Deputy Prime Minister" → prime minister). */
export function officeOf(role: string): OfficeRow | undefined {
  const title = role.toLowerCase().replace(/\./g, '').replace(/^(?:ex-|former\s+)/, '').trim();
  if (NOT_NATIONAL.test(title)) return undefined;
  let best: OfficeRow | undefined;
  for (const row of NATIONAL_OFFICES) {
    if ((title === row.office || title.endsWith(` ${row.office}`) || title.endsWith(`-${row.office}`)) && (!best || row.office.length > best.office.length)) best = row;
  }
  return best;
}

const fits = (row: OfficeRow, code: string): boolean => (row.only ? row.only.includes(code) : !(row.not ?? []).includes(code));
const LEAD = 1.5;

/**
 * The country with that office the article is about: the best scored that has it, scored at
 * least twice and half again as much as the next that has it; once is enough for an office only
 * a few countries have when no other of them is named.
 */
function chooseCountry(row: OfficeRow, countries: readonly CountryScore[]): string | undefined {
  const [top, next] = countries.filter((c) => fits(row, c.code));
  if (!top) return undefined;
  if (!next && row.only) return top.actor;
  return top.score >= 2 && top.score >= LEAD * (next?.score ?? 0) ? top.actor : undefined;
}

/** A title written with a person: where, and whether a place or body is written in it. */
export interface PersonTitle {
  mention: Mention;
  title: string;
  sentence: number;
  start: number;
  end: number;
  /** A country or organization is written in the title ("Italian Prime Minister X"). */
  qualified: boolean;
}

const MAX_TITLE_WORDS = 3;
const NOT_TITLE_TAGS = ['Determiner', 'Preposition', 'Verb', 'Pronoun', 'Conjunction', 'Possessive', 'Value', 'Date'];

/** Plain words right before item i that may open a title ("prime minister" X, "ex-Foreign" Secretary X). */
function wordsBefore(items: readonly Item[], i: number): string[] {
  const words: string[] = [];
  for (let k = i - 1; k >= 0 && words.length < MAX_TITLE_WORDS; k--) {
    const it = items[k];
    if (it.kind !== 'word' || it.poss || it.tags.some((t) => NOT_TITLE_TAGS.includes(t))) break;
    words.unshift(it.text);
  }
  return words;
}

/** Titles written before people's names: the mention's own title with the plain words before it, or those words alone. */
function writtenTitles(items: readonly Item[][]): PersonTitle[] {
  return items.flatMap((sentenceItems, sentence) => sentenceItems.flatMap((it, i) => {
    if (it.kind !== 'mention' || it.type !== 'Person') return [];
    const before = wordsBefore(sentenceItems, i);
    const title = [...before, it.mention.roleTokenStart !== undefined ? it.mention.role ?? '' : ''].join(' ').trim();
    if (!title) return [];
    return [{ mention: it.mention, title, sentence, start: it.start, end: it.end, qualified: sentenceItems[i - 1 - before.length]?.kind === 'mention' }];
  }));
}

/** `extra`: titles read elsewhere (tree/tree-titles.ts: "X is a great chancellor", "X, the prime minister,"). */
export function inferOfficeCountries(items: readonly Item[][], mentions: readonly Mention[], actorOf: Readonly<Record<string, string>>, relations: readonly Relation[], evidence: (sentence: number) => string, extra: readonly PersonTitle[] = []): Relation[] {
  const countries = scoreCountries(mentions, actorOf);
  if (!countries.length) return [];
  const titles = [...writtenTitles(items), ...extra].flatMap((t) => {
    const person = actorOf[t.mention.id];
    return person ? [{ ...t, person }] : [];
  });
  const countryActors = new Set(countries.map((c) => c.actor));
  // a person whose title names a country or body anywhere in the article, or who already works for a country, is placed
  const placed = new Set([...titles.filter((t) => t.qualified).map((t) => t.person), ...relations.filter((r) => r.type === 'WORKS_FOR' && countryActors.has(r.object)).map((r) => r.subject)]);
  const out: Relation[] = [];
  for (const t of titles) {
    const row = officeOf(t.title);
    const country = row && !placed.has(t.person) ? chooseCountry(row, countries) : undefined;
    if (!country) continue;
    placed.add(t.person);
    out.push({ type: 'WORKS_FOR', subject: t.person, object: country, rule: OFFICE_COUNTRY_RULE, confidence: CONFIDENCE, sentence: t.sentence, evidence: evidence(t.sentence), start: t.start, end: t.end, role: t.title });
  }
  return out;
}
