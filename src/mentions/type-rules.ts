// Typing rules as data: the first row whose conditions all hold gives a candidate name its type.
// Conditions read the name's tokens, the words around it and the gazetteer; the engine that
// interprets them is match-type-rules.ts.
import type { GazetteerKind } from './gazetteer';
import type { ActorType } from './mention';
import type { PhraseListName, WordListName } from './word-lists';

export type Condition =
  /** The whole name is a gazetteer entry of one of these kinds. */
  | { gazetteer: GazetteerKind[] }
  /** A title/honorific was written before the name. */
  | { role: true }
  /** A token of the name (first, last, any) is in a word list or has a compromise tag. */
  | { at: 'first' | 'last' | 'any'; list?: WordListName; tag?: string; notTag?: string }
  /** The last word ends with one of the place-name endings ("-ville", "-burg") or compound organization endings ("-museum"). */
  | { endsWith: 'placeEndings' | 'orgEndings' }
  /** The word right before the name (before its role) / right after it. */
  | { at: 'before' | 'after'; list?: WordListName; tag?: string }
  /** An appositive after the name: "X, a city in ..." → head noun in the list. */
  | { appositive: WordListName }
  /** ", owner of", ", chairman of" right after the name: a role noun without an article. */
  | { roleAppositive: true }
  /** The name is hyphen-joined to a country ("Israel-Hamas war"): the other party of a conflict or pair. */
  | { hyphenedWithCountry: true }
  /** A possessive name comes right before and a lower-case noun right after ("Whitfield's Larkspan service"). */
  | { ownedThing: true }
  /** A word of the list is followed by "of"/"for" inside the name ("John F. Kennedy School of Government"). */
  | { ofPhrase: 'orgOfHeads' | 'locationOfHeads' }
  /** The word before the name is not in the list. */
  | { notAfter: WordListName }
  /** Right after the name comes ", " and a gazetteer place of these kinds ("Petaluma, Calif."). */
  | { commaThen: GazetteerKind[] }
  /** "of X" after a company suffix, an age or a person's name ("Co. of Folsom", "Sullivan, 30, of Boothbay"). */
  | { ofAfterOwner: true }
  /** A verb follows and no determiner or "of" precedes, and the word is not a plural ("Booth thought"). */
  | { subjectOfVerb: true }
  /** "<noun> of X" with the noun in the list ("suburb of X", "north of X"). */
  | { ofAfter: WordListName }
  /** Joined by "and"/"or" to a gazetteer place ("Umbria and Lazio"). */
  | { coordinatedWithPlace: true }
  /** A word of the name is a gazetteer place or a capitalized non-name adjective ("Democratic", "Hindu"). */
  | { placeInside: true }
  /** ", 70," (an age) or ", who" right after the name. */
  | { ageOrWhoAfter: true }
  /** ", where" right after the name. */
  | { whereAfter: true }
  /** The name alone in parentheses. */
  | { inParentheses: true }
  /** A job noun and "for"/"at" come right before ("a spokeswoman for X", "an analyst at X"), or a group role and "of" ("the leader of X"). */
  | { employerAfterRole: true }
  /** The name is joined by a hyphen to a word of the list ("Redmond-based", "Ohio-born"). */
  | { hyphenAfter: WordListName }
  /** The first word is a given name in compromise's lexicon, whatever its tag in this sentence ("Helen Marsh"). */
  | { lexiconGivenName: true }
  /** Two words: an unknown word, then a known city ("Aliyah Boston"): a given name and a surname that is also a city. */
  | { unknownBeforeCity: true }
  /** Nothing but spaces between the name and the next word ("X said", not "of X, said"). */
  | { closeAfter: true }
  /** The name alone in parentheses right after a dateline ("WOODSIDE, California (Pacific Wire) -"): a news agency. */
  | { datelineAgency: true }
  /** The name is a gazetteer place with one word before it (`first`: "Alto Paraná") or after it (`last`: "Mozambique Channel"). */
  | { placeWithout: 'first' | 'last' }
  /** The first word is an organization word (English or another language's) and "de", "du", "di", "do" follows it. */
  | { foreignOf: true }
  /** "Munich-based X": a place hyphened to "based" right before the name. */
  | { basedBefore: true }
  /** The word right before the name is "a" or "an". */
  | { afterArticle: true }
  /** A phrase of the list ends right before the name, past articles and place qualifiers ("a stake in France's X"). */
  | { phraseBefore: PhraseListName }
  /** A phrase of the list follows the name; `possessive`: the name is written "X's" ("X's chief executive"). */
  | { phraseAfter: PhraseListName; possessive: boolean }
  /** "X was founded in", "X, founded in 1982": the name is what was founded, floated, renamed. */
  | { foundedAfter: true }
  /** "X, which" or "X, in which": a relative clause for a thing. */
  | { whichAfter: true }
  /** Not a name of two or more words opening on a word compromise tags as a (first) name ("Henry Ford"). */
  | { notPersonName: true }
  /** The name is not written as a possessive ("X's"). */
  | { notPossessive: true }
  /** A lower-case noun of the list follows, after at most one other lower-case noun ("the X bloc", "the X car company"). */
  | { nounAfter: WordListName }
  /** The name is not a gazetteer entry. */
  | { notInGazetteer: true }
  /** A lower-case noun of the list and a comma right before a name opening with a given name: "a British lecturer, X". */
  | { nounCommaBefore: WordListName }
  /** A newspaper's title word alone after "the" (span-conditions.ts: "told the Times"). */
  | { newspaperName: true }
  /** Ends in a country or region after words that are no place, adjective or given name ("Lycos Europe"). */
  | { companyRegion: true }
  /** The name has at least this many letters. */
  | { minLetters: number }
  /** Token count bounds. */
  | { minTokens?: number; maxTokens?: number }
  /** "in the X" closing the phrase, with nothing of writing or work before it (span-conditions.ts). */
  | { regionAfterInThe: true }
  /** Shape of the name's text. */
  | { shape: Shape };

export type Shape = 'particleOpened' | 'allCaps' | 'notAllCaps' | 'middleInitial' | 'camelCase' | 'endsInNumber' | 'webAddress' | 'lowerInitial' | 'ampersand';

export interface TypeRule {
  id: string;
  when: Condition[];
  type: ActorType;
  confidence: number;
  reason: string;
  /** The rule names an actor with a word that is never a name alone ("Conservative leader"): the never-alone filter yields. */
  keepsNonName?: boolean;
}

export const TYPE_RULES: readonly TypeRule[] = [
  { id: 'gazetteer-place', when: [{ gazetteer: ['country', 'state', 'place'] }], type: 'Location', confidence: 0.95, reason: 'a country, US state or well-known region' },
  { id: 'gazetteer-organization', when: [{ gazetteer: ['organization'] }], type: 'Organization', confidence: 0.95, reason: 'a well-known organization' },
  { id: 'ampersand-name', when: [{ shape: 'ampersand' }], type: 'Organization', confidence: 0.85, reason: '"Marsh & Finch", "AT&T": firms are named with "&"' },
  { id: 'lower-initial-brand', when: [{ shape: 'lowerInitial' }], type: 'Organization', confidence: 0.8, reason: '"iPod", "eBay": a brand written with a lower-case first letter' },
  { id: 'newspaper-name', when: [{ newspaperName: true }], type: 'Organization', confidence: 0.8, reason: '"told the Times", "The Economist magazine": a newspaper named by its title word' },
  { id: 'party-adjective', when: [{ maxTokens: 1 }, { at: 'first', list: 'partyAdjectives' }, { at: 'after', list: 'partyRoleNouns' }], type: 'Organization', confidence: 0.7, keepsNonName: true, reason: '"the Conservative leader", "a Labour government": the party named by its adjective' },
  { id: 'team-phrase-before', when: [{ maxTokens: 3 }, { notInGazetteer: true }, { phraseBefore: 'teamBefore' }], type: 'Organization', confidence: 0.7, reason: '"coached the X", "a guard for the X": a team' },
  { id: 'dateline-agency', when: [{ notInGazetteer: true }, { maxTokens: 5 }, { datelineAgency: true }], type: 'Organization', confidence: 0.8, reason: '"LONDON (Harbor Wire) -": the agency in a dateline' },
  { id: 'place-compound', when: [{ maxTokens: 3 }, { hyphenAfter: 'placeCompounds' }], type: 'Location', confidence: 0.8, reason: '"Redmond-based", "Ohio-born": a place joined to "based"/"born"' },
  { id: 'qualified-place', when: [{ minTokens: 2 }, { at: 'first', list: 'regionQualifiers' }, { placeWithout: 'first' }], type: 'Location', confidence: 0.85, reason: '"Upper Egypt", "Alto Paraná", "Greater Accra": a part of a known place' },
  { id: 'place-water', when: [{ minTokens: 2 }, { maxTokens: 4 }, { at: 'last', list: 'waterAfterPlace' }, { placeWithout: 'last' }], type: 'Location', confidence: 0.85, reason: '"Mozambique Channel", "Bristol Channel": a sea passage named for a place' },
  { id: 'title-before-name', when: [{ role: true }], type: 'Person', confidence: 0.9, reason: 'a title or honorific precedes it ("Sen. X", "Foreign Minister X")' },
  { id: 'org-head', when: [{ at: 'last', list: 'orgHeads' }, { minTokens: 2 }], type: 'Organization', confidence: 0.85, reason: 'ends in an organization word (Party, Inc, University, Times)' },
  { id: 'org-opener-word', when: [{ at: 'first', list: 'orgOpeners' }, { minTokens: 2 }, { notInGazetteer: true }], type: 'Organization', confidence: 0.85, reason: '"Grupo Modelo", "Banco Macro", "Universidad de Chile": an organization word of another language opens the name' },
  { id: 'foreign-org-word', when: [{ minTokens: 3 }, { notInGazetteer: true }, { at: 'any', list: 'foreignOrgWords' }], type: 'Organization', confidence: 0.8, reason: '"Médecins Sans Frontières", "Ärzte Ohne Grenzen": a capitalized preposition of another language inside a name marks an organization' },
  { id: 'org-word-then-de', when: [{ minTokens: 3 }, { notInGazetteer: true }, { foreignOf: true }], type: 'Organization', confidence: 0.85, reason: '"Journal de Montréal", "Caisse de Dépôt", "Club de Regatas": an organization word, then "de"/"du"/"di": the name of a body in another language' },
  { id: 'place-before-state', when: [{ commaThen: ['state', 'country'] }, { maxTokens: 3 }], type: 'Location', confidence: 0.85, reason: '"Petaluma, Calif.": a place qualified by its state or country' },
  { id: 'broadcaster-number', when: [{ at: 'first', list: 'broadcastWords' }, { shape: 'endsInNumber' }], type: 'Organization', confidence: 0.85, reason: '"Channel 4", "Radio 1": a broadcaster and its number' },
  { id: 'location-of-head', when: [{ ofPhrase: 'locationOfHeads' }], type: 'Location', confidence: 0.85, reason: '"Gulf of ...", "Republic of ..."' },
  { id: 'org-of-head', when: [{ ofPhrase: 'orgOfHeads' }], type: 'Organization', confidence: 0.85, reason: '"Bank of ...", "University of ...", "School of ..."' },
  { id: 'person-noun-appositive', when: [{ minTokens: 2 }, { maxTokens: 4 }, { nounCommaBefore: 'personNouns' }], type: 'Person', confidence: 0.85, reason: '"a Scottish lecturer, Rowan Tetley,": a given name named after a noun for a person' },
  { id: 'location-head', when: [{ at: 'last', list: 'locationHeads' }, { minTokens: 2 }], type: 'Location', confidence: 0.85, reason: 'ends in a place word (Province, County, River)' },
  { id: 'place-noun-after', when: [{ maxTokens: 3 }, { notInGazetteer: true }, { closeAfter: true }, { at: 'after', list: 'placeNounsAfter' }, { at: 'last', notTag: 'Person' }], type: 'Location', confidence: 0.8, reason: '"the Mekong delta", "the Vaupes department": a geographic or administrative noun follows' },
  { id: 'constituency', when: [{ notInGazetteer: true }, { maxTokens: 3 }, { phraseBefore: 'constituency' }], type: 'Location', confidence: 0.88, reason: '"MP for Hollowmere", "the seat of X": an electoral district (a surer cue than a given name: "MP for Kessing North")' },
  { id: 'constituency-noun-after', when: [{ notInGazetteer: true }, { maxTokens: 3 }, { closeAfter: true }, { notPossessive: true }, { at: 'after', list: 'constituencyNouns' }], type: 'Location', confidence: 0.88, reason: '"the Kessing North seat": an electoral district' },
  { id: 'lone-org-head', when: [{ maxTokens: 1 }, { at: 'last', list: 'orgHeads' }], type: 'Organization', confidence: 0.5, reason: 'a lone organization word ("the Times") stands for a longer name' },
  { id: 'org-compound-ending', when: [{ maxTokens: 1 }, { notInGazetteer: true }, { endsWith: 'orgEndings' }, { shape: 'notAllCaps' }], type: 'Organization', confidence: 0.75, reason: '"Rijksmuseum", "Bundesbank": a one-word compound ending in an organization word' },
  { id: 'region-after-in-the', when: [{ maxTokens: 1 }, { notInGazetteer: true }, { regionAfterInThe: true }], type: 'Location', confidence: 0.75, reason: '"logging in the Sahel.": a lone name after "in the" closing the phrase is a region' },
  { id: 'business-phrase-before', when: [{ notInGazetteer: true }, { maxTokens: 5 }, { phraseBefore: 'businessBefore' }], type: 'Organization', confidence: 0.8, reason: '"shares in X", "a stake in X", "chief executive of X": only a company fits' },
  { id: 'business-possessive', when: [{ notInGazetteer: true }, { phraseAfter: 'ownedByBusiness', possessive: true }], type: 'Organization', confidence: 0.8, reason: '"X\'s chief executive", "X\'s shareholders": what only a business has' },
  { id: 'business-noun-after', when: [{ notInGazetteer: true }, { maxTokens: 3 }, { phraseAfter: 'businessAfter', possessive: false }], type: 'Organization', confidence: 0.75, reason: '"Renault chief executive", "X shares rose": a company\'s officer or stock' },
  { id: 'firm-plural-before', when: [{ notInGazetteer: true }, { phraseBefore: 'firmPlurals' }], type: 'Organization', confidence: 0.8, reason: '"auditors X", "administrators X": a firm of a profession' },
  { id: 'founded-after', when: [{ notInGazetteer: true }, { maxTokens: 5 }, { foundedAfter: true }], type: 'Organization', confidence: 0.75, reason: '"X was founded in", "X, founded in 1982": a founded body' },
  { id: 'first-name', when: [{ at: 'first', tag: 'FirstName' }, { minTokens: 2 }, { maxTokens: 5 }], type: 'Person', confidence: 0.85, reason: 'starts with a known first name' },
  { id: 'place-based-firm', when: [{ maxTokens: 3 }, { notInGazetteer: true }, { basedBefore: true }, { at: 'first', notTag: 'FirstName' }], type: 'Organization', confidence: 0.75, reason: '"Munich-based X": a firm is described by where it is based; a person is given a noun ("a Munich-based lawyer")' },
  { id: 'lexicon-first-name', when: [{ minTokens: 2 }, { maxTokens: 3 }, { notInGazetteer: true }, { lexiconGivenName: true }, { at: 'last', notTag: 'Organization' }], type: 'Person', confidence: 0.8, reason: 'starts with a given name of the lexicon, even where the sentence tags it a place ("Helen Marsh")' },
  { id: 'middle-initial', when: [{ shape: 'middleInitial' }], type: 'Person', confidence: 0.85, reason: 'has a middle initial ("Grant B. Cooper")' },
  { id: 'appositive-place', when: [{ appositive: 'locationNouns' }], type: 'Location', confidence: 0.85, reason: '"X, a city ..."' },
  { id: 'appositive-organization', when: [{ appositive: 'orgNouns' }], type: 'Organization', confidence: 0.8, reason: '"X, a company ..."' },
  { id: 'appositive-person', when: [{ appositive: 'personNouns' }], type: 'Person', confidence: 0.8, reason: '"X, a senior fellow ..."' },
  { id: 'role-appositive', when: [{ roleAppositive: true }, { maxTokens: 4 }], type: 'Person', confidence: 0.8, reason: '"X, owner of ...", "X, chairman of ...": a role without an article' },
  { id: 'city-after-preposition', when: [{ gazetteer: ['city'] }, { at: 'before', list: 'placePrepositions' }], type: 'Location', confidence: 0.9, reason: '"in London": a known city after a place preposition' },
  { id: 'person-name-not-city', when: [{ gazetteer: ['city'] }, { maxTokens: 1 }, { at: 'last', tag: 'LastName' }, { notAfter: 'placePrepositions' }], type: 'Person', confidence: 0.7, reason: 'a known first name or surname that is also a city, not after "in"' },
  { id: 'person-noun-not-city', when: [{ gazetteer: ['city'] }, { maxTokens: 1 }, { at: 'before', list: 'personNouns' }, { at: 'last', tag: 'Person' }], type: 'Person', confidence: 0.75, reason: '"his sister Mary": a role noun before a first name that is also a city' },
  { id: 'gazetteer-city', when: [{ gazetteer: ['city'] }], type: 'Location', confidence: 0.8, reason: 'a city from the city gazetteer' },
  { id: 'acquisition-object', when: [{ notInGazetteer: true }, { maxTokens: 4 }, { notPossessive: true }, { phraseBefore: 'acquisitionVerbs' }], type: 'Organization', confidence: 0.7, reason: '"bought X", "acquired by X": what is bought or buys is most often a company' },
  { id: 'location-prefix', when: [{ at: 'first', list: 'locationPrefixes' }, { minTokens: 2 }], type: 'Location', confidence: 0.7, reason: '"Mount X", "Fort X", "Lake X"' },
  { id: 'org-noun-before', when: [{ at: 'before', list: 'orgNouns' }, { notPersonName: true }, { notAfter: 'personOrOrgNouns' }], type: 'Organization', confidence: 0.7, reason: '"groups like X", "the newspaper X"' },
  { id: 'org-noun-before-one-word', when: [{ maxTokens: 1 }, { at: 'before', list: 'personOrOrgNouns' }], type: 'Organization', confidence: 0.6, reason: '"games developer X", "oil producer X": a one-word name after a noun for a person or a firm' },
  { id: 'org-noun-after', when: [{ maxTokens: 2 }, { nounAfter: 'orgNouns' }, { at: 'last', notTag: 'Person' }], type: 'Organization', confidence: 0.6, reason: '"the Mercosur bloc", "the Minox company"' },
  { id: 'long-acronym', when: [{ shape: 'allCaps' }, { maxTokens: 1 }, { minLetters: 4 }], type: 'Organization', confidence: 0.8, reason: 'an all-capitals word of four letters or more ("ODPM") is an organization, whatever noun precedes it' },
  { id: 'person-noun-before', when: [{ at: 'before', list: 'personNouns' }], type: 'Person', confidence: 0.75, reason: 'a role noun precedes it ("spokesman X", "composer X")' },
  { id: 'leader-before-administration', when: [{ maxTokens: 2 }, { at: 'after', list: 'leaderNouns' }], type: 'Person', confidence: 0.7, reason: '"the Biden administration": a leader\'s name' },
  { id: 'acronym', when: [{ shape: 'allCaps' }], type: 'Organization', confidence: 0.8, reason: 'an all-capitals word or acronym' },
  { id: 'employer-after-role', when: [{ employerAfterRole: true }], type: 'Organization', confidence: 0.6, reason: '"a spokeswoman for X", "an analyst at X", "the leader of X": the employer or group' },
  { id: 'employer-in-phrase', when: [{ maxTokens: 2 }, { afterArticle: true }, { at: 'after', list: 'employeeNouns' }], type: 'Organization', confidence: 0.7, reason: '"an Emery employee", "a Pepco executive"' },
  { id: 'employer-before-role', when: [{ maxTokens: 2 }, { at: 'after', list: 'employeeNouns' }, { at: 'last', notTag: 'Person' }], type: 'Organization', confidence: 0.6, reason: '"Emery employee", "Pepco executive": the employer of the role that follows' },
  { id: 'group-member-after', when: [{ maxTokens: 4 }, { notInGazetteer: true }, { closeAfter: true }, { at: 'after', list: 'groupMemberNouns' }, { at: 'last', notTag: 'Place' }], type: 'Organization', confidence: 0.7, reason: '"X fighters", "X militants": the armed group its members are named for (not a people or region: "Basque militants")' },
  { id: 'which-clause', when: [{ whichAfter: true }, { at: 'last', notTag: 'Place' }, { notInGazetteer: true }], type: 'Organization', confidence: 0.72, reason: '"X, which ..." or "X, in which ...": a thing, not a person' },
  { id: 'given-name-before-city', when: [{ minTokens: 2 }, { maxTokens: 2 }, { notInGazetteer: true }, { unknownBeforeCity: true }, { at: 'last', notTag: 'Organization' }], type: 'Person', confidence: 0.6, reason: '"Aliyah Boston": an unknown word before a city is a given name before a surname' },
  { id: 'direction-before', when: [{ notInGazetteer: true }, { maxTokens: 3 }, { phraseBefore: 'placeDirection' }, { at: 'last', notTag: 'Organization' }, { notPersonName: true }], type: 'Location', confidence: 0.6, reason: '"in suburban X", "near northern X": a direction word after a place preposition' },
  { id: 'site-at-place', when: [{ notInGazetteer: true }, { maxTokens: 3 }, { phraseBefore: 'siteAt' }, { at: 'last', notTag: 'Organization' }, { notPersonName: true }], type: 'Location', confidence: 0.6, reason: '"the plant at X", "a base at X": where a site is' },
  { id: 'particle-opened-name', when: [{ shape: 'particleOpened' }, { notAfter: 'speechVerbs' }, { notAfter: 'personObjectVerbs' }], type: 'Organization', confidence: 0.6, reason: '"al-Shabaab": an article particle and one word name a group; a person so named is first named in full ("Hadi al-Zubaidi"), and the surname rule then wins; not after "said" or "killed", where a person is meant' },
  { id: 'where-clause', when: [{ maxTokens: 4 }, { notInGazetteer: true }, { whereAfter: true }, { at: 'last', notTag: 'Organization' }], type: 'Location', confidence: 0.6, reason: '"X, where he was born": a where-clause follows a place' },
  { id: 'compromise-person', when: [{ at: 'last', tag: 'Person' }], type: 'Person', confidence: 0.7, reason: 'compromise tags it as a person' },
  { id: 'company-region', when: [{ minTokens: 2 }, { maxTokens: 3 }, { companyRegion: true }], type: 'Organization', confidence: 0.6, reason: '"Lycos Europe", "Acme Asia": a company name and the region it serves' },
  { id: 'age-apposition', when: [{ maxTokens: 4 }, { ageOrWhoAfter: true }, { at: 'last', notTag: 'Organization' }], type: 'Person', confidence: 0.7, reason: '"Warner, 70, ..." or "X, who ...": an age or a who-clause follows a person' },
  { id: 'person-verb-after', when: [{ notInGazetteer: true }, { closeAfter: true }, { at: 'after', list: 'personSubjectVerbs' }, { at: 'last', notTag: 'Organization' }], type: 'Person', confidence: 0.55, reason: '"X taught at", "X retired": a verb only a person is the subject of' },
  { id: 'speech-verb-after', when: [{ notInGazetteer: true }, { closeAfter: true }, { at: 'after', list: 'speechVerbs' }, { at: 'last', notTag: 'Organization' }], type: 'Person', confidence: 0.55, reason: '"X said"' },
  { id: 'compromise-place', when: [{ at: 'last', tag: 'Place' }], type: 'Location', confidence: 0.65, reason: 'compromise tags it as a place' },
  { id: 'compromise-organization', when: [{ at: 'any', tag: 'Organization' }], type: 'Organization', confidence: 0.65, reason: 'compromise tags it as an organization' },
  { id: 'web-address', when: [{ shape: 'webAddress' }], type: 'Organization', confidence: 0.7, reason: '"Nfox.com", "PowerPage.org": a website' },
  { id: 'camel-case', when: [{ shape: 'camelCase' }], type: 'Organization', confidence: 0.6, reason: 'inner capitals ("IntelliNews") mark brand names' },
  { id: 'place-noun-of', when: [{ ofAfter: 'placeOfNouns' }, { maxTokens: 3 }], type: 'Location', confidence: 0.6, reason: '"a suburb of X", "north of X"' },
  { id: 'coordinated-with-place', when: [{ coordinatedWithPlace: true }, { maxTokens: 1 }, { at: 'last', notTag: 'Person' }], type: 'Location', confidence: 0.55, reason: '"Umbria and Lazio": joined to a known place' },
  { id: 'of-after-owner', when: [{ ofAfterOwner: true }, { maxTokens: 3 }], type: 'Location', confidence: 0.6, reason: '"Avis Co. of Folsom", "Daniel Sullivan, 30, of Boothbay"' },
  { id: 'place-preposition', when: [{ at: 'before', list: 'placePrepositions' }], type: 'Location', confidence: 0.55, reason: '"in X", "near X"' },
  { id: 'origin-preposition', when: [{ at: 'before', list: 'originPrepositions' }, { maxTokens: 1 }], type: 'Location', confidence: 0.5, reason: '"from X" with a one-word name' },
  { id: 'object-of-person-verb', when: [{ at: 'before', list: 'personObjectVerbs' }], type: 'Person', confidence: 0.55, reason: '"killed X", "met X"' },
  { id: 'hyphen-partner-of-country', when: [{ maxTokens: 1 }, { hyphenedWithCountry: true }], type: 'Organization', confidence: 0.5, reason: 'paired with a country in a compound ("Israel-Hamas war"): a non-state party' },
  { id: 'owned-brand', when: [{ maxTokens: 1 }, { ownedThing: true }], type: 'Organization', confidence: 0.5, reason: '"Whitfield\'s Larkspan service": a possessed brand or company' },
  { id: 'parenthesized-speaker', when: [{ maxTokens: 2 }, { inParentheses: true }, { shape: 'notAllCaps' }], type: 'Person', confidence: 0.5, reason: '"(Minoli) Do you think ...": an interview speaker label' },
  { id: 'after-speech-verb', when: [{ at: 'before', list: 'speechVerbs' }, { maxTokens: 3 }], type: 'Person', confidence: 0.55, reason: '"said X"' },
  { id: 'subject-of-verb', when: [{ maxTokens: 1 }, { subjectOfVerb: true }], type: 'Person', confidence: 0.45, reason: 'a lone name as the subject of a verb ("Booth thought", "Sirhan shot")' },
  { id: 'place-name-ending', when: [{ maxTokens: 1 }, { endsWith: 'placeEndings' }], type: 'Location', confidence: 0.5, reason: 'ends like a place name (-ville, -burg, -stan)' },
  { id: 'single-word', when: [{ maxTokens: 1 }], type: 'Person', confidence: 0.35, reason: 'a lone unknown capitalized word is most often a surname' },
  { id: 'plural-name', when: [{ minTokens: 2 }, { at: 'last', tag: 'Plural' }], type: 'Organization', confidence: 0.45, reason: 'a capitalized name ending in a plural ("Democratic Socialists") names a group' },
  { id: 'place-inside-name', when: [{ minTokens: 2 }, { maxTokens: 4 }, { placeInside: true }], type: 'Organization', confidence: 0.45, reason: 'a place or adjective inside a name ("Southern California Edison") marks an organization' },
  { id: 'two-or-three-words', when: [{ minTokens: 2 }, { maxTokens: 3 }], type: 'Person', confidence: 0.4, reason: 'short capitalized sequences are most often people' },
  { id: 'fallback', when: [], type: 'Organization', confidence: 0.3, reason: 'capitalized name with no other evidence' },
];
