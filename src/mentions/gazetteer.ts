// The gazetteer: known place and organization names, keyed by their joined token keys
// ("united states", "ny", "kurdistan"). Countries, demonyms and capitals come from
// `world-countries`, US states and their AP abbreviations from `us-states-normalize`, world
// cities from `city-timezones`; well-known organizations and extra places from src/data.
// Built once per process; lookups are Map gets over a span's token keys.
import cities from 'city-timezones/data/cityMap.json';
import countries from 'world-countries';
import states from 'us-states-normalize/jsons/states.json';
import territories from 'us-states-normalize/jsons/territories.json';
import { COUNTRY_ACRONYMS, COUNTRY_SHORT_NAMES, EXTRA_DEMONYMS, EXTRA_PLACES, SHORT_PLACE_NAMES } from '../data/location-words';
import { KNOWN_ORGANIZATIONS } from '../data/organizations';
import { PARTY_NAMES } from '../data/parties';
import { nameTokenKeys } from '../text/normalize-name';
import type { ActorType } from './mention';

export type GazetteerKind = 'country' | 'state' | 'city' | 'place' | 'organization';

export interface GazetteerEntry {
  /** Canonical name the entry stands for ("United States" for "U.S."). */
  name: string;
  type: ActorType;
  kind: GazetteerKind;
}

interface StateRecord {
  name: string;
  AP?: string;
  other?: string[];
}

/** Smallest city population kept: smaller towns are found from context instead. */
const MIN_CITY_POPULATION = 15000;
/** Kinds in order of preference when one name has several entries. */
const KIND_ORDER: readonly GazetteerKind[] = ['organization', 'country', 'state', 'place', 'city'];

interface Gazetteer {
  names: Map<string, GazetteerEntry>;
  demonyms: Map<string, string>;
  /** Names written with a comma ("Washington, D.C."): "washington|dc" → name. */
  commaNames: Map<string, string>;
  maxTokens: number;
}

/** "Republic of Turkey" → Turkey, "United States of America" → America: a formal name's part after its form of state is a
 * short name of the country (world-countries writes some countries only by a newer or formal name). Parts that two
 * countries share ("Korea", "Congo") and parts with brackets are left out. */
const STATE_FORM = /^(?:[\p{L}'\u2019-]+ )*?(?:Republic|Kingdom|States|State|Federation|Commonwealth|Principality|Emirate|Sultanate|Union|Confederation|Duchy|Territory) of (?:the )?(.+)$/u;

function stateFormShortNames(): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const c of countries) {
    for (const formal of [c.name.official, ...c.altSpellings]) {
      const short = STATE_FORM.exec(formal)?.[1];
      if (short && !/[()]/.test(short)) owners.set(short, (owners.get(short) ?? new Set()).add(c.name.common));
    }
  }
  const shortNames = new Map<string, string>();
  for (const [short, names] of owners) if (names.size === 1) shortNames.set(short, [...names][0]);
  return shortNames;
}

function buildGazetteer(): Gazetteer {
  const names = new Map<string, GazetteerEntry>();
  let maxTokens = 1;
  const add = (form: string, name: string, type: ActorType, kind: GazetteerKind): void => {
    const keys = nameTokenKeys(form);
    if (keys.length === 0) return;
    if (keys.length > 1 && keys[0] === 'the') keys.shift();
    const key = keys.join(' ');
    const old = names.get(key);
    if (old && KIND_ORDER.indexOf(old.kind) <= KIND_ORDER.indexOf(kind)) return;
    names.set(key, { name, type, kind });
    maxTokens = Math.max(maxTokens, keys.length);
  };
  const demonyms = new Map<string, string>();
  // A demonym shared by a UN member and a territory ("Indian") goes to the member; one shared by two
  // members ("Congolese") is ambiguous and links to neither.
  const demonymOwners = new Map<string, string[]>();
  for (const c of [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember))) {
    const eng = c.demonyms?.eng;
    // ("Bosnian, Herzegovinian": the package lists two demonyms in one string.)
    for (const d of eng ? new Set([eng.m, eng.f].flatMap((form) => form.split(/\s*,\s*/))) : []) {
      const key = nameTokenKeys(d).join(' ');
      if (!key) continue; // some territories list an empty demonym
      const owners = demonymOwners.get(key) ?? [];
      if (owners.length === 0 || c.unMember) owners.push(c.name.common);
      demonymOwners.set(key, owners);
    }
  }
  for (const [key, owners] of demonymOwners) if (owners.length === 1) demonyms.set(key, owners[0]);
  for (const c of countries) {
    const name = c.name.common;
    add(name, name, 'Location', 'country');
    add(c.name.official, name, 'Location', 'country');
    // "Bosnia and Herzegovina", "Trinidad and Tobago": each part is a place named on its own.
    if (/ and /.test(name)) for (const part of name.split(' and ')) add(part, part, 'Location', 'place');
    for (const alt of c.altSpellings) {
      if (alt.length > 3 && !/^[A-Z]+$/.test(alt) && !demonyms.has(nameTokenKeys(alt).join(' '))) add(alt, name, 'Location', 'country');
    }
    for (const capital of c.capital) add(capital.replace(/,.*$/, ''), capital.replace(/,.*$/, ''), 'Location', 'city');
  }
  for (const [short, name] of stateFormShortNames()) add(short, name, 'Location', 'country');
  for (const [acronym, name] of Object.entries(COUNTRY_ACRONYMS)) add(acronym, name, 'Location', 'country');
  for (const [short, name] of Object.entries(COUNTRY_SHORT_NAMES)) add(short, name, 'Location', 'country');
  for (const [short, name] of Object.entries(SHORT_PLACE_NAMES)) add(short, name, 'Location', 'place');
  for (const [demonym, name] of Object.entries(EXTRA_DEMONYMS)) demonyms.set(nameTokenKeys(demonym).join(' '), name);
  // Capitals without a district written after them ("Washington D.C." → "Washington").
  const capitals = new Set(countries.flatMap((c) => c.capital.map((capital) => capital.replace(/,.*$/, '').replace(/\s+(?:\p{Lu}\.){2}$/u, ''))));
  for (const record of [...Object.values(states as Record<string, StateRecord>), ...Object.values(territories as Record<string, StateRecord>)]) {
    const name = record.name.replace(/\bOf\b/, 'of');
    add(name, name, 'Location', 'state');
    // A state named like a national capital is written "X State" or abbreviated ("Wash.") to keep it apart from the capital.
    const formal = capitals.has(name) ? `${name} State` : name;
    if (formal !== name) add(formal, formal, 'Location', 'state');
    for (const form of [record.AP, ...(record.other ?? [])]) if (form && /\./.test(form)) add(form, formal, 'Location', 'state');
  }
  for (const place of EXTRA_PLACES) add(place, place, 'Location', 'place');
  const commaNames = new Map<string, string>();
  for (const city of cities) {
    if (city.pop < MIN_CITY_POPULATION) continue;
    const [head, tail] = city.city.split(/,\s*/);
    if (tail) commaNames.set(`${nameTokenKeys(head).join(' ')}|${nameTokenKeys(tail).join(' ')}`, city.city);
    const name = city.city.replace(/,.*$/, '');
    add(name, name, 'Location', 'city');
  }
  for (const org of KNOWN_ORGANIZATIONS) {
    add(org.name, org.name, 'Organization', 'organization');
    for (const acronym of org.acronyms) add(acronym, org.name, 'Organization', 'organization');
  }
  for (const party of PARTY_NAMES) for (const form of [party.name, ...party.forms]) add(form, party.name, 'Organization', 'organization');
  return { names, demonyms, commaNames, maxTokens };
}

const GAZETTEER = buildGazetteer();

/** The entry for a name given as its token keys, if any. */
export function lookupName(keys: readonly string[]): GazetteerEntry | undefined {
  const from = keys.length > 1 && keys[0] === 'the' ? 1 : 0;
  return keys.length - from <= GAZETTEER.maxTokens ? GAZETTEER.names.get(keys.slice(from).join(' ')) : undefined;
}

/** The full name when "<head>, <tail>" is one place written with a comma ("Washington, D.C."). */
export function lookupCommaName(head: readonly string[], tail: readonly string[]): string | undefined {
  return GAZETTEER.commaNames.get(`${head.join(' ')}|${tail.join(' ')}`);
}

/** The country a demonym or adjective stands for ("iranian" → "Iran"). */
export function lookupDemonym(key: string): string | undefined {
  return GAZETTEER.demonyms.get(key) ?? (key.endsWith('s') ? GAZETTEER.demonyms.get(key.slice(0, -1)) ?? PEOPLE_NOUNS.get(key.slice(0, -1)) : undefined) ?? stateDemonym(key);
}

/** "Serbs", "Croats", "Finns", "Scots": a plural people noun whose singular is one country's demonym without its adjective
 * ending ("Serb-ian", "Finn-ish", "Scot-tish") and no word of its own in the gazetteer. Built from the demonyms, so no list
 * of peoples is typed. */
const PEOPLE_NOUNS: ReadonlyMap<string, string> = (() => {
  const owners = new Map<string, Set<string>>();
  for (const [demonym, country] of GAZETTEER.demonyms) {
    const stem = /^([a-z]{4,}?)(?:ian|tish|ish|ic)$/.exec(demonym)?.[1];
    if (stem) owners.set(stem, (owners.get(stem) ?? new Set()).add(country));
  }
  const stems = new Map<string, string>();
  for (const [stem, countries] of owners) if (countries.size === 1 && !GAZETTEER.names.has(stem) && !GAZETTEER.demonyms.has(stem)) stems.set(stem, [...countries][0]);
  return stems;
})();

/** "Californian", "Virginians": a US state's name with "-n" (no package lists state demonyms). */
function stateDemonym(key: string): string | undefined {
  const stem = key.replace(/ns?$/, '');
  if (stem === key || stem.length < 4) return undefined;
  const entry = GAZETTEER.names.get(stem);
  return entry?.kind === 'state' && nameTokenKeys(entry.name).join(' ') === stem ? entry.name : undefined;
}
