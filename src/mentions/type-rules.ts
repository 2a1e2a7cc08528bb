// Typing rules as data: the first row whose conditions all hold gives a candidate name its type.
// Conditions read the name's tokens, the words around it and the gazetteer; the engine that
// interprets them is match-type-rules.ts.
import type { GazetteerKind } from './gazetteer';
import type { ActorType } from './mention';
import type { WordListName } from './word-lists';

export type Condition =
  /** The whole name is a gazetteer entry of one of these kinds. */
  | { gazetteer: GazetteerKind[] }
  /** A title/honorific was written before the name. */
  | { role: true }
  /** A token of the name (first, last, any) is in a word list or has a compromise tag. */
  | { at: 'first' | 'last' | 'any'; list?: WordListName; tag?: string }
  /** The word right before the name (before its role) / right after it. */
  | { at: 'before' | 'after'; list?: WordListName; tag?: string }
  /** An appositive after the name: "X, a city in ..." → head noun in the list. */
  | { appositive: WordListName }
  /** Token count bounds. */
  | { minTokens?: number; maxTokens?: number }
  /** Shape of the name's text. */
  | { shape: 'allCaps' | 'middleInitial' | 'camelCase' };

export interface TypeRule {
  id: string;
  when: Condition[];
  type: ActorType;
  confidence: number;
  reason: string;
}

export const TYPE_RULES: readonly TypeRule[] = [
  { id: 'gazetteer-place', when: [{ gazetteer: ['country', 'state', 'place'] }], type: 'Location', confidence: 0.95, reason: 'a country, US state or well-known region' },
  { id: 'gazetteer-organization', when: [{ gazetteer: ['organization'] }], type: 'Organization', confidence: 0.95, reason: 'a well-known organization' },
  { id: 'title-before-name', when: [{ role: true }], type: 'Person', confidence: 0.9, reason: 'a title or honorific precedes it ("Sen. X", "Foreign Minister X")' },
  { id: 'org-head', when: [{ at: 'last', list: 'orgHeads' }, { minTokens: 2 }], type: 'Organization', confidence: 0.85, reason: 'ends in an organization word (Party, Inc, University, Times)' },
  { id: 'org-of-head', when: [{ at: 'first', list: 'orgOfHeads' }, { at: 'any', list: 'connectors' }], type: 'Organization', confidence: 0.85, reason: '"Bank of ...", "University of ..."' },
  { id: 'location-head', when: [{ at: 'last', list: 'locationHeads' }, { minTokens: 2 }], type: 'Location', confidence: 0.85, reason: 'ends in a place word (Province, County, River)' },
  { id: 'first-name', when: [{ at: 'first', tag: 'FirstName' }, { minTokens: 2 }, { maxTokens: 5 }], type: 'Person', confidence: 0.85, reason: 'starts with a known first name' },
  { id: 'middle-initial', when: [{ shape: 'middleInitial' }], type: 'Person', confidence: 0.85, reason: 'has a middle initial ("Grant B. Cooper")' },
  { id: 'appositive-place', when: [{ appositive: 'locationNouns' }], type: 'Location', confidence: 0.85, reason: '"X, a city ..."' },
  { id: 'appositive-organization', when: [{ appositive: 'orgNouns' }], type: 'Organization', confidence: 0.8, reason: '"X, a company ..."' },
  { id: 'appositive-person', when: [{ appositive: 'personNouns' }], type: 'Person', confidence: 0.8, reason: '"X, a senior fellow ..."' },
  { id: 'gazetteer-city', when: [{ gazetteer: ['city'] }], type: 'Location', confidence: 0.8, reason: 'a city from the city gazetteer' },
  { id: 'location-prefix', when: [{ at: 'first', list: 'locationPrefixes' }, { minTokens: 2 }], type: 'Location', confidence: 0.7, reason: '"Mount X", "Fort X", "Lake X"' },
  { id: 'person-noun-before', when: [{ at: 'before', list: 'personNouns' }], type: 'Person', confidence: 0.75, reason: 'a role noun precedes it ("spokesman X", "composer X")' },
  { id: 'actor-noun-before', when: [{ at: 'before', tag: 'Actor' }], type: 'Person', confidence: 0.75, reason: 'compromise tags the word before as a role noun' },
  { id: 'compromise-person', when: [{ at: 'last', tag: 'Person' }], type: 'Person', confidence: 0.7, reason: 'compromise tags it as a person' },
  { id: 'compromise-place', when: [{ at: 'last', tag: 'Place' }], type: 'Location', confidence: 0.65, reason: 'compromise tags it as a place' },
  { id: 'compromise-organization', when: [{ at: 'any', tag: 'Organization' }], type: 'Organization', confidence: 0.65, reason: 'compromise tags it as an organization' },
  { id: 'acronym', when: [{ shape: 'allCaps' }], type: 'Organization', confidence: 0.6, reason: 'an all-capitals word or acronym' },
  { id: 'camel-case', when: [{ shape: 'camelCase' }], type: 'Organization', confidence: 0.6, reason: 'inner capitals ("IntelliNews") mark brand names' },
  { id: 'place-preposition', when: [{ at: 'before', list: 'placePrepositions' }], type: 'Location', confidence: 0.55, reason: '"in X", "near X"' },
  { id: 'speech-verb-after', when: [{ at: 'after', list: 'speechVerbs' }], type: 'Person', confidence: 0.55, reason: '"X said"' },
  { id: 'object-of-person-verb', when: [{ at: 'before', list: 'personObjectVerbs' }], type: 'Person', confidence: 0.55, reason: '"killed X", "met X"' },
  { id: 'two-or-three-words', when: [{ minTokens: 2 }, { maxTokens: 3 }], type: 'Person', confidence: 0.4, reason: 'short capitalized sequences are most often people' },
  { id: 'fallback', when: [], type: 'Organization', confidence: 0.3, reason: 'capitalized name with no other evidence' },
];
