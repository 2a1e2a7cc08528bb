import { LANGUAGE_WORDS } from './countries';
import { HONORIFICS } from './role-words';

// Named word lists used in the relation patterns as @name. Inflected forms are listed, because
// the patterns compare the tokens' normal forms (no lemmatizer: one parse, no re-parsing).

export const WORD_LISTS: Readonly<Record<string, readonly string[]>> = {
  det: ['a', 'an', 'the', 'another', 'its', 'their'],
  be: ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"],
  have: ['has', 'have', 'had'],
  prep: ['of', 'at', 'for', 'with', 'in'],
  coord: ['and', 'or'],
  // meetings
  met: ['met', 'meets'],
  talks: ['talks', 'meeting', 'meetings', 'discussions', 'conversation', 'conversations', 'negotiations', 'summit'],
  held: ['held', 'holds', 'hold', 'had', 'has', 'conducted'],
  // advice and alliance
  adviser: ['adviser', 'advisor', 'advisers', 'advisors', 'confidant', 'confidante', 'counselor', 'aide'],
  advise: ['advise', 'advises', 'advised', 'counsel'],
  chosen: ['tapped', 'named', 'chosen', 'picked', 'appointed', 'asked', 'hired', 'selected'],
  ally: ['ally', 'allies'],
  // appointments
  appoint: ['named', 'appointed', 'nominated', 'tapped', 'picked', 'chose', 'selected', 'designated', 'installed', 'hired', 'names', 'appoints', 'nominates', 'taps', 'picks'],
  as: ['as', 'to'],
  // criticism and support
  criticize: ['criticized', 'criticised', 'criticizes', 'criticises', 'condemned', 'condemns', 'slammed', 'slams', 'denounced', 'denounces', 'rebuked', 'rebukes', 'blasted', 'blasts', 'censured', 'berated', 'assailed', 'decried', 'lambasted', 'castigated', 'chastised'],
  critic: ['critic', 'critics', 'opponent', 'opponents'],
  support: ['backs', 'backed', 'supports', 'supported', 'endorsed', 'endorses', 'funds', 'funded', 'arms', 'armed', 'sponsors', 'sponsored'],
  backed: ['backed', 'supported', 'sponsored', 'funded', 'armed'],
  group: ['group', 'groups', 'militia', 'militias', 'forces', 'fighters', 'rebels', 'proxies', 'proxy', 'movement', 'movements', 'organizations', 'organisations', 'factions'],
  like: ['like', 'including', 'such'],
  // killing
  killed: ['killed', 'assassinated', 'murdered', 'shot', 'slew', 'stabbed', 'strangled', 'executed', 'kills', 'murders', 'shoots', 'assassinates', 'slain', 'gunned', 'beheaded', 'poisoned'],
  killing: ['killing', 'murdering', 'shooting', 'assassinating', 'slaying', 'stabbing', 'strangling'],
  kill: ['kill', 'murder', 'shoot', 'assassinate', 'slay', 'stab'],
  killnoun: ['assassination', 'killing', 'slaying', 'slayings', 'murder', 'murders', 'killings', 'shooting', 'death', 'execution', 'stabbing'],
  killer: ['assassin', 'killer', 'murderer', 'slayer', 'gunman'],
  convicted: ['convicted', 'accused', 'charged', 'indicted', 'sentenced', 'tried', 'guilty', 'suspected', 'suspect', 'arrested', 'captured', 'jailed', 'imprisoned', 'executed', 'responsible', 'serving', 'conviction', 'convictions'],
  ordered: ['ordered', 'orders', 'order', 'authorized', 'approved', 'directed'],
  // ownership and location
  own: ['owns', 'owned', 'acquired', 'bought', 'purchased', 'controls', 'controlled'],
  based: ['based', 'headquartered'],
  headquarters: ['headquarters', 'offices', 'office', 'bureau', 'branch', 'plant', 'factory', 'studios', 'campus'],
  placenoun: ['city', 'town', 'village', 'province', 'region', 'district', 'county', 'state', 'capital', 'port', 'suburb', 'area', 'island', 'neighborhood', 'neighbourhood', 'municipality', 'prefecture', 'territory', 'enclave', 'resort', 'community', 'hamlet'],
  direction: ['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'rural', 'suburban', 'downtown', 'coastal', 'upstate', 'nearby', 'neighboring', 'neighbouring'],
  born: ['born'],
  live: ['lives', 'lived', 'living', 'resides', 'resided', 'residing', 'settled', 'grew'],
  native: ['native', 'resident', 'residents', 'natives', 'citizen', 'mayor'],
  from: ['from'],
  // speech
  speech: ['said', 'says', 'say', 'told', 'tells', 'noted', 'notes', 'added', 'adds', 'wrote', 'writes', 'writing', 'argued', 'argues', 'explained', 'explains', 'remarked', 'stated', 'states', 'declared', 'insisted', 'warned', 'warns', 'asked', 'replied', 'commented', 'continued', 'recalled', 'observed', 'acknowledged', 'admitted', 'claimed', 'announced', 'tweeted', 'posted', 'concluded', 'conceded', 'predicted', 'cautioned', 'stressed', 'emphasized', 'emphasised', 'suggested', 'countered', 'contended', 'responded', 'saying', 'adding'],
  // relative pronouns and apposition helpers
  which: ['which', 'that', 'who', 'whom'],
  language: LANGUAGE_WORDS,
  honorific: HONORIFICS,
};

/** Words that stop a gap: what follows them is denied, refused, planned or hypothetical. */
export const BLOCKERS: readonly string[] = [
  'not', 'never', 'no', 'nor', 'refused', 'refuses', 'declined', 'declines', 'denied', 'denies', 'failed', 'fails',
  'attempt', 'attempted', 'attempts', 'attempting', 'tried', 'tries', 'trying', 'plot', 'plotted', 'plots', 'plotting',
  'plan', 'plans', 'planned', 'planning', 'aim', 'aimed', 'aims', 'aiming', 'intend', 'intends', 'intended', 'want',
  'wants', 'wanted', 'would', 'will', 'could', 'should', 'might', 'may', 'threatened', 'threatens', 'hopes', 'hoped',
  'seek', 'seeks', 'sought', 'if', 'whether', 'unless', 'cannot', "won't", 'rumored', 'rumoured', 'vowed', 'vows',
  'vow', 'swore', 'promised', 'pledged', 'urged', 'urges', 'demanded', 'demands', 'wished', 'considered', 'considering',
];

/** Words that end a clause: a gap does not run across them. */
export const CLAUSE_BREAKS: readonly string[] = ['but', 'while', 'although', 'though', 'because', 'whereas', 'however'];

/** Pronouns that a `~` slot may resolve to a preceding person. */
export const PERSON_PRONOUNS: readonly string[] = ['he', 'she', 'him', 'her', 'his'];

/** Nouns for a pair of people, after "both" ("Both figures are critics of X"). */
export const PAIR_NOUNS: readonly string[] = ['figures', 'men', 'women', 'leaders', 'officials', 'politicians', 'candidates', 'nominees', 'picks', 'senators', 'lawmakers'];

export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
