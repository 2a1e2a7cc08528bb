// Rules that join a short form to the one longer name it abbreviates, within an article:
// a surname to the full name ("Whitfield" → "Elena Whitfield"), a first name ("Anil" → "Anil Ambani"), a
// name without its company word ("Fox Entertainment" → "Fox Entertainment Group"), a name's head
// or tail ("the Times" → "New York Times"), an acronym ("CIP" → "Centre for International Policy").
// A rule fires when exactly one candidate fits; a rule marked `earliest` takes, among several
// organization names, the one the article introduced first ("Reliance" → the first "Reliance ...").
import type { ActorType } from '../mentions/mention';
import { compactKey, nameKey } from '../text/normalize-name';
import { spellsAcronym } from './acronym-spelling';
import { lookupName } from '../mentions/gazetteer';
import { WORD_LISTS } from '../mentions/word-lists';
import { NICKNAMES } from '../data/nicknames';

const NICKNAME_MAP: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(NICKNAMES));

export interface NameGroup {
  type: ActorType;
  /** Name words as keys ("elena", "whitfield"). */
  words: string[];
  name: string;
  /** Offset of the first mention outside headings (Infinity when the name is only in headings). */
  first: number;
}

export interface ShortFormRule {
  id: string;
  reason: string;
  /** Whether `short` may stand for `long`. */
  fits: (short: NameGroup, long: NameGroup) => boolean;
  /** Among several candidates, take the one introduced first instead of none. */
  earliest?: boolean;
  /** Among several candidates, take the only one the article named before the short form's first use
   * ("Maria Lopez ... Lopez said ... her sister Ana Lopez"); with two named before it (two Clintons), none. */
  namedBefore?: boolean;
}

const personWords = (g: NameGroup): string[] => g.words.filter((w) => !WORD_LISTS.nameSuffixes.has(w));
const isPrefix = (s: readonly string[], l: readonly string[]): boolean => l.length > s.length && s.every((w, i) => l[i] === w);
/** "zubaidi" or "al zubaidi" for "hadi al zubaidi": the last word, alone or with the name particles before it. */
function isLoneSurname(short: readonly string[], long: readonly string[]): boolean {
  const bare = short.filter((w) => !WORD_LISTS.personParticles.has(w));
  const given = long.slice(0, long.length - short.length).filter((w) => !WORD_LISTS.personParticles.has(w));
  return bare.length === 1 && given.length >= 1 && long.slice(-short.length).join(' ') === short.join(' ') && short.at(-1) === bare[0];
}
/** "Mensah-Bonsu", "Ruiz de la Torre": two name words joined by a hyphen or by name particles. */
const isCompoundSurname = (g: NameGroup): boolean =>
  g.words.length >= 2 && !g.words.some((w) => WORD_LISTS.nameSuffixes.has(w)) && (/^\p{L}+[\-\u2010\u2011]\p{L}+$/u.test(g.name) || g.words.slice(1, -1).some((w) => WORD_LISTS.personParticles.has(w)));
/** "t shanklin" / "kp robertson" for "tom shanklin" / "kevin peter robertson". */
function isInitialsOf(s: NameGroup, long: readonly string[]): boolean {
  if (s.words.length !== 2 || long.length < 2 || s.words[1] !== long[long.length - 1] || s.words[0].length > 3 || s.words[0] === long[0]) return false;
  const initials = long.slice(0, -1).map((w) => w[0]).join('');
  return initials.startsWith(s.words[0]) && /^\p{Lu}{1,3}$/u.test(s.name.split(/\s+/)[0].replace(/\./g, ''));
}
/** compactKey of the name with a leading short country form written out: "U.S. Steel" → "united states steel". */
function withCountryWrittenOut(name: string): string | undefined {
  const words = compactKey(name).split(' ');
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const entry = lookupName(words.slice(0, k));
    if (entry?.kind === 'country' && compactKey(entry.name) !== words.slice(0, k).join(' ')) return compactKey(`${entry.name} ${words.slice(k).join(' ')}`);
  }
  return undefined;
}
/** The words after a leading country ("u s treasury department" → "treasury department"); all words when none opens it. */
function withoutCountry(words: readonly string[]): readonly string[] {
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) if (lookupName(words.slice(0, k))?.kind === 'country') return words.slice(k);
  return words;
}
const orgs = (s: NameGroup, l: NameGroup): boolean => s.type === 'Organization' && l.type === 'Organization';
// Company words of other languages count too ("Grupo Alba" for "Grupo Alba Inversiones").
const isCompanyWord = (w: string): boolean => WORD_LISTS.orgHeads.has(w) || WORD_LISTS.corporateSuffixes.has(w) || WORD_LISTS.orgOpeners.has(w);

export const SHORT_FORM_RULES: readonly ShortFormRule[] = [
  {
    id: 'surname',
    reason: 'a lone surname stands for the one person of that surname named in full',
    fits: (s, l) => s.type === 'Person' && l.type === 'Person' && isLoneSurname(s.words, personWords(l)),
    namedBefore: true,
  },
  {
    id: 'compound-surname',
    reason: '"Mensah-Bonsu" for "Yaw Mensah-Bonsu", "Ruiz de la Torre" for "Ana Ruiz de la Torre": a hyphened surname or one with name particles, written without the given names',
    fits: (s, l) => s.type === 'Person' && l.type === 'Person' && isCompoundSurname(s) && l.words.length > s.words.length && l.words.slice(-s.words.length).join(' ') === s.words.join(' '),
    namedBefore: true,
  },
  {
    id: 'name-part',
    reason: '"Lula" stands for "Luiz Inacio Lula da Silva": a lone word inside one long name',
    fits: (s, l) => s.type === 'Person' && l.type === 'Person' && s.words.length === 1 && personWords(l).length >= 3 && personWords(l).slice(1).includes(s.words[0]),
  },
  {
    id: 'first-and-last',
    reason: '"Arvid Karro" stands for "Arvid Tolsen Karro"',
    fits: (s, l) =>
      s.type === 'Person' && l.type === 'Person' && s.words.length >= 2 && l.words.length > s.words.length && s.words[0] === l.words[0] && s.words.at(-1) === l.words.at(-1),
  },
  {
    id: 'short-given-name',
    reason: '"Doug Whitman" stands for "Douglas Whitman", "Bob Lane" for "Robert Lane": the same surname after a shortened given name (three letters or more) or its nickname (data/nicknames.ts)',
    fits: (s, l) => {
      if (s.type !== 'Person' || l.type !== 'Person') return false;
      const [sw, lw] = [personWords(s), personWords(l)];
      if (sw.length < 2 || sw.length !== lw.length || sw.slice(1).join(' ') !== lw.slice(1).join(' ')) return false;
      return (sw[0].length >= 3 && sw[0].length < lw[0].length && lw[0].startsWith(sw[0])) || (NICKNAME_MAP.get(sw[0])?.includes(lw[0]) ?? false);
    },
  },
  {
    id: 'initials-and-surname',
    reason: '"T Shanklin" stands for "Tom Shanklin": initials of the given names and the surname',
    fits: (s, l) => s.type === 'Person' && l.type === 'Person' && isInitialsOf(s, personWords(l)),
  },
  {
    id: 'given-name',
    reason: '"Anil" stands for "Anil Ambani", "Lisa Marie" for "Lisa Marie Novak": the given names of one person named in full',
    fits: (s, l) => s.type === 'Person' && l.type === 'Person' && isPrefix(s.words, personWords(l)),
    namedBefore: true,
  },
  {
    id: 'without-company-word',
    reason: '"Fox Entertainment" stands for "Fox Entertainment Group": the name without its company words',
    fits: (s, l) => orgs(s, l) && isPrefix(s.words, l.words) && l.words.slice(s.words.length).every(isCompanyWord),
    earliest: true,
  },
  {
    id: 'name-before-of',
    reason: '"the Monetary Authority", "the Authority" stand for "Monetary Authority of Singapore": the name, or its last words, before its "of"/"for" part',
    fits: (s, l) => {
      const k = l.words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
      return orgs(s, l) && k >= s.words.length && l.words.slice(k - s.words.length, k).join(' ') === s.words.join(' ');
    },
    earliest: true,
  },
  {
    id: 'name-head',
    reason: '"the Globe" stands for "The Globe and Mail", "Marrow Bay" for "Marrow Bay Holdings Corp.": the first words of an organization name introduced before it',
    fits: (s, l) => orgs(s, l) && isPrefix(s.words, l.words) && l.first <= s.first,
    earliest: true,
  },
  {
    id: 'name-tail',
    reason: '"the Times" stands for "The New York Times"',
    fits: (s, l) => orgs(s, l) && l.words.length > s.words.length && l.words.slice(-s.words.length).join(' ') === s.words.join(' '),
  },
  {
    id: 'without-country-and-head',
    reason: '"Treasury" or "Treasury Department" stands for "U.S. Treasury Department": the name without the country that opens it and the organization word that closes it',
    fits: (s, l) => {
      const [sw, lw] = [compactKey(s.name).split(' '), compactKey(l.name).split(' ')];
      const core = withoutCountry(lw);
      return orgs(s, l) && core.length < lw.length && core.length >= sw.length && sw.every((w, i) => core[i] === w) && core.slice(sw.length).every(isCompanyWord);
    },
    earliest: true,
  },
  {
    id: 'group-plural',
    reason: '"Houthi" (of "the Houthi movement") and "the Houthis": a group named by its members in the plural',
    fits: (s, l) => orgs(s, l) && s.words.length === 1 && l.words.length === 1 && l.words[0] === `${s.words[0]}s`,
  },
  {
    id: 'country-short-form',
    reason: '"U.S. Steel" stands for "United States Steel": the same name with its country written short',
    fits: (s, l) => orgs(s, l) && withCountryWrittenOut(s.name) === compactKey(l.name),
  },
  {
    id: 'acronym',
    reason: 'an acronym stands for the name whose initials it spells ("UKIP", "MoD": acronym-spelling.ts)',
    fits: (s, l) => l.type !== 'Person' && spellsAcronym(s.name, l.name),
  },
];

export const groupOf = (type: ActorType, name: string, first = Infinity): NameGroup => ({ type, name, words: nameKey(name).split(' ').filter(Boolean), first });
