// An organization named after its place is based there: "the Nevada Department of Mines"
// (Nevada), "the Lisbon Opera" (Lisbon), "the Peruvian Fisheries Board" (Peru, by the
// demonym). The relation is read from the name, so it holds only for a place the article names as
// an actor of its own, and it is an inference: rule `org-name-place`, a lower confidence, the
// sentence where the organization's name is written as evidence. A mission abroad ("the Brazilian
// Embassy", "the Russian delegation") is not based in the country it represents.
import type { Mention } from '../mentions/mention';
import type { LocalActor } from '../resolve/actor';
import { compactKey } from '../text/normalize-name';
import { countryCodeOf, countryOfDemonym } from './lexicon/countries';
import type { Relation } from './relation';

export const ORG_NAME_PLACE_RULE = 'org-name-place';
const CONFIDENCE = 0.6;
const ABROAD = /\b(?:embassy|embassies|consulate|mission|delegation|legation|high commission)\b/i;
const MAX_PLACE_WORDS = 3;

/** The place an organization's name opens with: the longest leading words that name a place actor, or a demonym. */
function placeOfName(name: string, placeByKey: ReadonlyMap<string, string>): string | undefined {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  for (let n = Math.min(MAX_PLACE_WORDS, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n).join(' ');
    const place = placeByKey.get(compactKey(lead)) ?? placeByKey.get(`country:${countryCodeOf(countryOfDemonym(lead) ?? '') ?? ''}`);
    if (place) return place;
  }
  return undefined;
}

/** BASED_IN for each organization whose name opens with a place the article names. */
export function inferNameBases(actors: readonly LocalActor[], mentions: readonly Mention[], relations: readonly Relation[], evidence: (sentence: number) => string): Relation[] {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const placeByKey = new Map<string, string>();
  for (const a of actors) {
    // a place known only through a demonym ("Croatian") is not named
    if (a.type !== 'Location' || !a.mentionIds.some((id) => { const m = byId.get(id); return m !== undefined && !m.linkOnly; })) continue;
    for (const f of [a.name, ...a.forms]) placeByKey.set(compactKey(f), a.key);
    const code = countryCodeOf(a.name);
    if (code) placeByKey.set(`country:${code}`, a.key);
  }
  const based = new Set(relations.filter((r) => r.type === 'BASED_IN').map((r) => `${r.subject}|${r.object}`));
  const out: Relation[] = [];
  for (const a of actors) {
    if (a.type !== 'Organization' || ABROAD.test(a.name)) continue;
    const place = placeOfName(a.name, placeByKey);
    const first = a.mentionIds.map((id) => byId.get(id)).find((m) => m && m.text === a.name);
    if (!place || !first || based.has(`${a.key}|${place}`)) continue;
    out.push({ type: 'BASED_IN', subject: a.key, object: place, rule: ORG_NAME_PLACE_RULE, confidence: CONFIDENCE, sentence: first.sentence, evidence: evidence(first.sentence), start: first.start, end: first.end });
  }
  return out;
}
