// Rules that join a short form to the one longer name it abbreviates, within an article:
// a surname to the full name ("Musk" → "Elon Musk"), a name's tail to the name ("Times" →
// "New York Times"), an acronym to its expansion ("CIP" → "Centre for International Policy").
// Each rule only fires when exactly one candidate exists.
import type { ActorType } from '../mentions/mention';
import { compactKey, initialsOf, nameKey } from '../text/normalize-name';
import { WORD_LISTS } from '../mentions/word-lists';

export interface NameGroup {
  type: ActorType;
  /** Name words as keys ("elon", "musk"). */
  words: string[];
  name: string;
}

export interface ShortFormRule {
  id: string;
  reason: string;
  /** Whether `short` may stand for `long`. */
  fits: (short: NameGroup, long: NameGroup) => boolean;
}

const personWords = (g: NameGroup): string[] => g.words.filter((w) => !WORD_LISTS.nameSuffixes.has(w));
const isAcronym = (name: string): boolean => /^(?:\p{Lu}\.?){2,6}$/u.test(name.replace(/\s/g, '')) || /^\p{Lu}[\p{Lu}&]{1,5}$/u.test(name);

export const SHORT_FORM_RULES: readonly ShortFormRule[] = [
  {
    id: 'surname',
    reason: 'a lone surname stands for the one person of that surname named in full',
    fits: (s, l) => s.type === 'Person' && l.type === 'Person' && s.words.length === 1 && personWords(l).length >= 2 && personWords(l).at(-1) === s.words[0],
  },
  {
    id: 'name-part',
    reason: '"Lula" stands for "Luiz Inacio Lula da Silva": a lone word inside one long name',
    fits: (s, l) => s.type === 'Person' && l.type === 'Person' && s.words.length === 1 && personWords(l).length >= 3 && personWords(l).slice(1).includes(s.words[0]),
  },
  {
    id: 'first-and-last',
    reason: '"Amir Iravani" stands for "Amir Saeed Iravani"',
    fits: (s, l) =>
      s.type === 'Person' && l.type === 'Person' && s.words.length >= 2 && l.words.length > s.words.length && s.words[0] === l.words[0] && s.words.at(-1) === l.words.at(-1),
  },
  {
    id: 'name-tail',
    reason: '"the Times" stands for "The New York Times"',
    fits: (s, l) => s.type === 'Organization' && l.type === 'Organization' && l.words.length > s.words.length && l.words.slice(-s.words.length).join(' ') === s.words.join(' '),
  },
  {
    id: 'name-head',
    reason: '"the Globe" stands for "The Globe and Mail": the first word of one organization name',
    fits: (s, l) => s.type === 'Organization' && l.type === 'Organization' && s.words.length === 1 && l.words.length > 1 && l.words[0] === s.words[0],
  },
  {
    id: 'acronym',
    reason: 'an acronym stands for the name whose initials it spells',
    fits: (s, l) => l.type !== 'Person' && l.words.length >= 2 && isAcronym(s.name) && compactKey(s.name) === initialsOf(l.name),
  },
];

export const groupOf = (type: ActorType, name: string): NameGroup => ({ type, name, words: nameKey(name).split(' ').filter(Boolean) });
