// Which countries an article is about: the countries it names, scored by how often they (or
// their demonyms) are mentioned, and a wire dateline ("RIGA 2003-04-07", "LONDON (Reuters)")
// counts for the country it is in or the capital of. A country known only by a demonym is not
// named (SPEC: a demonym is not an alias), so it is no candidate.
import type { Mention } from '../mentions/mention';
import { countryCodeOf, countryOfCapital } from './lexicon/countries';

export interface CountryScore {
  /** LocalActor key of the named country (the most mentioned actor of that country). */
  actor: string;
  /** ISO alpha-2 code. */
  code: string;
  score: number;
}

const DATELINE_WEIGHT = 3;
const DATELINE_SENTENCES = 3;

/** A place written in capitals opening one of the first sentences: a wire dateline. */
function datelineCode(mentions: readonly Mention[]): string | undefined {
  const first = mentions.find((m) => m.sentence < DATELINE_SENTENCES && m.tokenStart === 0 && m.type === 'Location' && m.text === m.text.toUpperCase() && /\p{Lu}{3}/u.test(m.text));
  return first && (countryCodeOf(first.canonical ?? first.text) ?? countryOfCapital(first.text));
}

/** The named countries of the article (quotations included), best first. */
export function scoreCountries(mentions: readonly Mention[], actorOf: Readonly<Record<string, string>>): CountryScore[] {
  const byCode = new Map<string, { score: number; named: Map<string, number> }>();
  for (const m of mentions) {
    const actor = actorOf[m.id];
    const code = m.type === 'Location' ? countryCodeOf(m.canonical ?? m.text) : undefined;
    if (!actor || !code) continue;
    const c = byCode.get(code) ?? { score: 0, named: new Map<string, number>() };
    c.score++;
    if (!m.linkOnly) c.named.set(actor, (c.named.get(actor) ?? 0) + 1);
    byCode.set(code, c);
  }
  const dateline = datelineCode(mentions);
  const out: CountryScore[] = [];
  for (const [code, c] of byCode) {
    const [actor] = [...c.named].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    if (actor) out.push({ actor, code, score: c.score + (code === dateline ? DATELINE_WEIGHT : 0) });
  }
  return out.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
}
