// A national office written without its country ("Prime Minister X", "Foreign Secretary X",
// "President X") works for the country the article establishes (article-country.ts): the best
// scored named country that has such an office (a monarchy has no president; a "Foreign
// Secretary" is British), clearly ahead of any other that has it. The relation is an inference:
// its own rule id (office-country) and a lower confidence. A person whose title is written with a
// country or body anywhere in the article ("Italian Prime Minister X", "UKIP leader X"), or who
// already works for a country there, gets nothing.
import type { Mention } from '../mentions/mention';
import type { Item, MentionItem } from './items';
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

/** A titled person's mention item, and whether a place or organization is written in its title ("Italian Prime Minister X"). */
function titled(items: readonly Item[], i: number): { item: MentionItem; qualified: boolean } | undefined {
  const it = items[i];
  if (it.kind !== 'mention' || it.type !== 'Person' || !it.mention.role || it.mention.roleTokenStart === undefined) return undefined;
  return { item: it, qualified: items[i - 1]?.kind === 'mention' };
}

export function inferOfficeCountries(items: readonly Item[][], mentions: readonly Mention[], actorOf: Readonly<Record<string, string>>, relations: readonly Relation[], evidence: (sentence: number) => string): Relation[] {
  const countries = scoreCountries(mentions, actorOf);
  if (!countries.length) return [];
  const titles = items.flatMap((sentenceItems, sentence) => sentenceItems.flatMap((_, i) => {
    const t = titled(sentenceItems, i);
    const person = t && actorOf[t.item.mention.id];
    return t && person ? [{ ...t, person, sentence }] : [];
  }));
  const countryActors = new Set(countries.map((c) => c.actor));
  // a person whose title names a country or body anywhere in the article, or who already works for a country, is placed
  const placed = new Set([...titles.filter((t) => t.qualified).map((t) => t.person), ...relations.filter((r) => r.type === 'WORKS_FOR' && countryActors.has(r.object)).map((r) => r.subject)]);
  const out: Relation[] = [];
  for (const { item, person, sentence } of titles) {
    const row = officeOf(item.mention.role ?? '');
    const country = row && !placed.has(person) ? chooseCountry(row, countries) : undefined;
    if (!country) continue;
    placed.add(person);
    out.push(officeRelation(item, person, country, sentence, evidence(sentence)));
  }
  return out;
}

function officeRelation(it: MentionItem, subject: string, object: string, sentence: number, evidence: string): Relation {
  return { type: 'WORKS_FOR', subject, object, rule: OFFICE_COUNTRY_RULE, confidence: CONFIDENCE, sentence, evidence, start: it.start, end: it.end, role: it.mention.role ?? '' };
}
