// The word lists of src/data as key sets, built once: lookups by tokenKey.
import { CALENDAR_WORDS, CAPITALIZED_NON_NAMES, FAITH_ADJECTIVES, NAME_ABBREVIATIONS, EMPLOYEE_NOUNS, FUNCTION_WORDS, LEADER_NOUNS, NAME_CONNECTORS, NAME_SUFFIXES, NEVER_NAMES, PERSON_NOUNS, PERSON_OBJECT_VERBS, PERSON_SUBJECT_VERBS, PERSON_PARTICLES, HYPHEN_PARTICLES, SPEECH_VERBS, GROUP_ROLE_NOUNS, GROUP_MEMBER_NOUNS } from '../data/context-words';
import { LOCATION_HEADS, LOCATION_NOUNS, LOCATION_OF_HEADS, LOCATION_PREFIXES, LOWER_PLACE_SUFFIXES, ORIGIN_PREPOSITIONS, PLACE_COMPOUND_WORDS, PLACE_OF_NOUNS, PLACE_PREPOSITIONS, PLACE_DIRECTION_PHRASES, REGION_QUALIFIERS, SITE_AT_PHRASES, CONSTITUENCY_PHRASES, CONSTITUENCY_NOUNS, PLACE_NOUNS_AFTER, NOT_REGION_BEFORE, WATER_AFTER_PLACE } from '../data/location-words';
import { BROADCAST_WORDS, CORPORATE_SUFFIXES, COMPETITION_TIERS, NATIONAL_BODY_HEADS, OFFICE_HOLDERS, ORG_HEADS, ORG_NOUNS, ORG_OF_HEADS, PARTY_ADJECTIVES, PARTY_ROLE_NOUNS, PERSON_OR_ORG_NOUNS, TEAM_PHRASES_BEFORE, ORG_OPENERS, FOREIGN_ORG_HEADS, FIELD_WORDS, FOREIGN_ORG_WORDS, NEWSPAPER_HEADS, NEWSPAPER_NOUNS } from '../data/org-words';
import { ACQUISITION_VERBS, BUSINESS_NOUNS, COMPANY_HEADS, BUSINESS_NOUNS_AFTER, BUSINESS_PHRASES_BEFORE, FIRM_PLURALS, FOUNDING_VERBS, OWNED_BY_BUSINESS } from '../data/business-words';
import { COMMON_ACRONYMS, COMPOUND_TAILS, EVENT_WORDS, STORM_WORDS, LAW_WORDS, NAME_OPENERS, POSTNOMINALS, TITLE_PRONOUNS } from '../data/non-names';
import { tokenKey } from '../text/normalize-name';

const keySet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => tokenKey(w) || w.toLowerCase()));
/** Nouns with their plurals ("group" → "groups"; "city" → "cities"; "spokesman" → "spokesmen"). */
const nounSet = (words: readonly string[]): ReadonlySet<string> =>
  new Set(words.map(tokenKey).flatMap((w) => [w, `${w}s`, `${w}es`, w.replace(/y$/, 'ies'), w.replace(/man$/, 'men')]));

function phraseSet(phrases: readonly string[]): ReadonlySet<string> {
  return new Set(phrases.map((p) => p.split(' ').map(tokenKey).join(' ')));
}

export const WORD_LISTS = {
  orgHeads: keySet([...ORG_HEADS, ...COMPANY_HEADS, ...FOREIGN_ORG_HEADS]),
  orgOpeners: keySet(ORG_OPENERS),
  fieldWords: keySet(FIELD_WORDS),
  foreignOrgWords: keySet(FOREIGN_ORG_WORDS),
  companyHeads: keySet(COMPANY_HEADS),
  orgOfHeads: keySet(ORG_OF_HEADS),
  nationalBodyHeads: keySet(NATIONAL_BODY_HEADS),
  officeHolders: keySet(OFFICE_HOLDERS),
  newspaperHeads: keySet(NEWSPAPER_HEADS),
  newspaperNouns: keySet(NEWSPAPER_NOUNS),
  partyAdjectives: keySet(PARTY_ADJECTIVES),
  partyRoleNouns: keySet(PARTY_ROLE_NOUNS),
  competitionTiers: keySet(COMPETITION_TIERS),
  corporateSuffixes: keySet(CORPORATE_SUFFIXES),
  broadcastWords: keySet(BROADCAST_WORDS),
  locationOfHeads: keySet(LOCATION_OF_HEADS),
  orgNouns: nounSet([...ORG_NOUNS, ...BUSINESS_NOUNS]),
  foundingVerbs: keySet(FOUNDING_VERBS),
  personOrOrgNouns: keySet(PERSON_OR_ORG_NOUNS),
  lawWords: keySet(LAW_WORDS),
  eventWords: keySet(EVENT_WORDS),
  stormWords: keySet(STORM_WORDS),
  postnominals: keySet(POSTNOMINALS),
  locationHeads: keySet(LOCATION_HEADS),
  locationPrefixes: keySet(LOCATION_PREFIXES),
  regionQualifiers: keySet(REGION_QUALIFIERS),
  waterAfterPlace: keySet(WATER_AFTER_PLACE),
  locationNouns: nounSet(LOCATION_NOUNS),
  placePrepositions: keySet(PLACE_PREPOSITIONS),
  originPrepositions: keySet(ORIGIN_PREPOSITIONS),
  placeCompounds: keySet(PLACE_COMPOUND_WORDS),
  lowerPlaceSuffixes: keySet(LOWER_PLACE_SUFFIXES),
  placeOfNouns: keySet(PLACE_OF_NOUNS),
  placeNounsAfter: keySet(PLACE_NOUNS_AFTER),
  constituencyNouns: keySet(CONSTITUENCY_NOUNS),
  notRegionBefore: keySet(NOT_REGION_BEFORE),
  personNouns: nounSet(PERSON_NOUNS),
  personObjectVerbs: keySet(PERSON_OBJECT_VERBS),
  speechVerbs: keySet(SPEECH_VERBS),
  personSubjectVerbs: keySet(PERSON_SUBJECT_VERBS),
  leaderNouns: keySet(LEADER_NOUNS),
  employeeNouns: keySet(EMPLOYEE_NOUNS),
  groupRoleNouns: keySet(GROUP_ROLE_NOUNS),
  groupMemberNouns: keySet(GROUP_MEMBER_NOUNS),
  neverNames: keySet([...NEVER_NAMES, ...FUNCTION_WORDS, ...CALENDAR_WORDS, ...CAPITALIZED_NON_NAMES, ...COMMON_ACRONYMS, ...POSTNOMINALS]),
  functionWords: keySet(FUNCTION_WORDS),
  faithAdjectives: keySet(FAITH_ADJECTIVES),
  nameAbbreviations: keySet(NAME_ABBREVIATIONS),
  nameOpeners: keySet(NAME_OPENERS),
  calendarWords: keySet(CALENDAR_WORDS),
  connectors: keySet(NAME_CONNECTORS),
  personParticles: keySet(PERSON_PARTICLES),
  hyphenParticles: keySet(HYPHEN_PARTICLES),
  nameSuffixes: keySet(NAME_SUFFIXES),
  compoundTails: keySet(COMPOUND_TAILS),
} as const;

export type WordListName = keyof typeof WORD_LISTS;

/** Capitalized pronouns as written ("Your", "I"; not "US"), compared with a token's text. */
export const TITLE_PRONOUN_WORDS: ReadonlySet<string> = new Set(TITLE_PRONOUNS);

/** Phrase lists (one to four words), keyed by their joined token keys: "shares in", "chief executive". */
export const PHRASE_LISTS = {
  businessBefore: phraseSet(BUSINESS_PHRASES_BEFORE),
  acquisitionVerbs: phraseSet(ACQUISITION_VERBS),
  ownedByBusiness: phraseSet(OWNED_BY_BUSINESS),
  businessAfter: phraseSet(BUSINESS_NOUNS_AFTER),
  firmPlurals: phraseSet(FIRM_PLURALS),
  siteAt: phraseSet(SITE_AT_PHRASES),
  placeDirection: phraseSet(PLACE_DIRECTION_PHRASES),
  constituency: phraseSet(CONSTITUENCY_PHRASES),
  teamBefore: phraseSet(TEAM_PHRASES_BEFORE),
} as const;

export type PhraseListName = keyof typeof PHRASE_LISTS;
