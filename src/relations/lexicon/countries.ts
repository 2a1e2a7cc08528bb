// Sovereign countries by every name world-countries knows (common, official, alternative
// spellings, 3-letter codes), compared through compactKey so "U.S.", "US" and "USA" agree.
import countries from 'world-countries';
import { compactKey } from '../../text/normalize-name';

const COUNTRY_KEYS: ReadonlySet<string> = new Set(
  countries.flatMap((c) => [c.name.common, c.name.official, c.cca3, ...c.altSpellings].filter((n) => n.length > 1).map(compactKey)),
);

export function isCountryName(name: string): boolean {
  return COUNTRY_KEYS.has(compactKey(name));
}

/** Short names news uses for a country beside those world-countries lists. */
const USUAL_NAMES: ReadonlyArray<readonly [string, string]> = [['America', 'US'], ['Britain', 'GB'], ['Holland', 'NL']];

/** Every name of a country → its ISO 3166 alpha-2 code ("Britain", "UK" → "GB"). */
const CODES: ReadonlyMap<string, string> = new Map([
  ...countries.flatMap((c) => [c.name.common, c.name.official, c.cca3, ...c.altSpellings].filter((n) => n.length > 1).map((n) => [compactKey(n), c.cca2] as const)),
  ...USUAL_NAMES.map(([n, code]) => [compactKey(n), code] as const),
]);

/** The ISO alpha-2 code of a country name, if it is one. */
export function countryCodeOf(name: string): string | undefined {
  return CODES.get(compactKey(name));
}

const CAPITALS: ReadonlyMap<string, string> = new Map(countries.flatMap((c) => (c.capital ?? []).map((cap) => [compactKey(cap), c.cca2] as const)));

/** The ISO alpha-2 code of the country whose capital this is ("Minsk" → "BY"). */
export function countryOfCapital(name: string): string | undefined {
  return CAPITALS.get(compactKey(name));
}

/** Demonym → country; a demonym shared by several ("Norwegian": Norway, Svalbard) goes to the UN member. */
const DEMONYMS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, { name: string; member: boolean }>();
  for (const c of countries) {
    for (const d of Object.values(c.demonyms ?? {}).flatMap((x) => [x.f, x.m]).filter(Boolean)) {
      const seen = out.get(compactKey(d));
      if (!seen || (!seen.member && c.unMember)) out.set(compactKey(d), { name: c.name.common, member: c.unMember });
    }
  }
  return new Map([...out].map(([k, v]) => [k, v.name]));
})();

/** The country a demonym names ("Iranian" → "Iran"), if it is one. */
export function countryOfDemonym(word: string): string | undefined {
  return DEMONYMS.get(compactKey(word));
}

/** English language names (for wire-service headers like "Moscow ITAR-TASS in Russian"). */
export const LANGUAGE_WORDS: readonly string[] = [
  ...new Set(countries.flatMap((c) => Object.values(c.languages ?? {})).flatMap((l) => l.toLowerCase().split(/\s+/))),
];
