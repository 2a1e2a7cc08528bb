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

const DEMONYMS: ReadonlyMap<string, string> = new Map(
  countries.flatMap((c) => Object.values(c.demonyms ?? {}).flatMap((d) => [d.f, d.m]).filter(Boolean).map((d) => [compactKey(d), c.name.common] as const)),
);

/** The country a demonym names ("Iranian" → "Iran"), if it is one. */
export function countryOfDemonym(word: string): string | undefined {
  return DEMONYMS.get(compactKey(word));
}

/** English language names (for wire-service headers like "Moscow ITAR-TASS in Russian"). */
export const LANGUAGE_WORDS: readonly string[] = [
  ...new Set(countries.flatMap((c) => Object.values(c.languages ?? {})).flatMap((l) => l.toLowerCase().split(/\s+/))),
];
