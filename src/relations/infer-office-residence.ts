// A local office holder lives where they hold office: "Ohio Gov. X", "the mayor of Y, X",
// "X, elections supervisor for Z County". Governors, mayors, county officials, state legislators
// and judges are elected or appointed from among the residents of their state, city or county, so
// WORKS_FOR such a place by one of these titles also gives LIVES_IN that place. The relation is an
// inference: rule id `<rule>+residence`, a lower confidence, no role. Never for a country (a
// minister, an ambassador or a president of a country is not said to live there by the title) and
// never for other titles (an owner, a spokesman or an employee of a place-named body).
import type { LocalActor } from '../resolve/actor';
import { isCountryName } from './lexicon/countries';
import { RESIDENT_OFFICE_HEADS } from './lexicon/role-words';
import { titleWords } from './pattern/captures';
import type { Relation } from './relation';

const RESIDENT_OFFICES: ReadonlySet<string> = new Set(RESIDENT_OFFICE_HEADS);
const FACTOR = 0.8;

const residentOffice = (role: string | undefined): boolean => role !== undefined && titleWords(role).some((w) => RESIDENT_OFFICES.has(w));

/** LIVES_IN for each WORKS_FOR a sub-national place by a resident office, unless the sentence already says so. */
export function inferOfficeResidence(relations: readonly Relation[], actors: readonly LocalActor[]): Relation[] {
  const place = new Set(actors.filter((a) => a.type === 'Location' && !isCountryName(a.name)).map((a) => a.key));
  const key = (r: Relation): string => `${r.sentence}|${r.subject}|${r.object}`;
  const lives = new Set(relations.filter((r) => r.type === 'LIVES_IN').map(key));
  const out: Relation[] = [];
  for (const r of relations) {
    if (r.type !== 'WORKS_FOR' || !place.has(r.object) || !residentOffice(r.role) || lives.has(key(r))) continue;
    lives.add(key(r));
    const { role: _role, ...fact } = r;
    out.push({ ...fact, type: 'LIVES_IN', rule: `${r.rule}+residence`, confidence: Math.round(r.confidence * FACTOR * 100) / 100 });
  }
  return out;
}
