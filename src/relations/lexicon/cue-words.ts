import { LANGUAGE_WORDS } from './countries';
import { HONORIFICS, OFFICE_HEADS, ROLE_HEADS } from './role-words';
import { PLACE_DIRECTIONS } from '../../data/location-words';

/** Role words that name no post held for the noun after them ("his counterpart", "a candidate for", "a critic of"). */
const NOT_POSTS = new Set(['counterpart', 'candidate', 'nominee', 'critic', 'activist', 'volunteer', 'star', 'actor', 'actress', 'vice']);

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
  // business posts
  run: ['run', 'runs', 'ran', 'running', 'head', 'heads', 'headed', 'heading', 'lead', 'leads', 'led', 'leading', 'chair', 'chairs', 'chaired', 'chairing', 'manage', 'manages', 'managed', 'managing', 'oversee', 'oversees', 'oversaw', 'overseeing'],
  leave: ['stepped', 'steps', 'step', 'stepping', 'resigned', 'resigns', 'resign', 'resigning', 'quit', 'quits', 'quitting', 'retired', 'retires', 'retire', 'retiring', 'left', 'leaves', 'leave', 'leaving', 'departed', 'departs'],
  replace: ['replaced', 'replaces', 'replace', 'replacing', 'succeeded', 'succeeds', 'succeed', 'succeeding'],
  serve: ['serve', 'serves', 'served', 'serving', 'act', 'acts', 'acted', 'acting'],
  become: ['become', 'becomes', 'became', 'becoming'],
  board: ['board', 'boards'],
  /** A unit named after its leader or country: "the Trump campaign", "the Iranian government". */
  leaderunit: ['campaign', 'administration', 'government', 'team', 'transition', 'cabinet', 'camp', 'regime'],
  // appointments
  appoint: ['named', 'appointed', 'nominated', 'tapped', 'picked', 'chose', 'chosen', 'selected', 'designated', 'installed', 'hired', 'names', 'appoints', 'nominates', 'taps', 'picks', 'hires', 'chooses', 'promoted', 'promotes', 'recruited'],
  as: ['as', 'to'],
  // criticism and support
  criticize: ['criticized', 'criticised', 'criticizes', 'criticises', 'condemned', 'condemns', 'slammed', 'slams', 'denounced', 'denounces', 'rebuked', 'rebukes', 'blasted', 'blasts', 'censured', 'censures', 'censure', 'berated', 'assailed', 'decried', 'lambasted', 'castigated', 'chastised', 'chided', 'chides', 'scolded', 'derided', 'ridiculed', 'slated', 'branded', 'brands', 'sued', 'sues', 'suing'],
  /** Accusing with a complement that says what of ("accused X of lying", "blamed X for the delay"). */
  accuseof: ['accused', 'accuses', 'accusing', 'blamed', 'blames', 'blaming', 'faulted', 'faults'],
  /** Labels that make "called X's plan a NOUN" criticism. */
  fault: ['mistake', 'error', 'blunder', 'disgrace', 'failure', 'betrayal', 'disaster', 'travesty', 'scandal', 'insult', 'liar', 'fraud', 'threat', 'dictator', 'bully', 'hypocrite', 'coward', 'joke', 'outrage', 'embarrassment', 'catastrophe'],
  /** Verbs that label: "called X a liar", "branded the plan a disgrace". */
  label: ['called', 'calls', 'branded', 'brands', 'labelled', 'labeled', 'described', 'describes', 'dubbed', 'termed', 'regarded', 'regards'],
  /** Accusing (CRITICIZED when the accusation follows: "accused X of fraud"). */
  accuse: ['accused', 'accuses', 'accusing', 'blamed', 'blames', 'blaming', 'attacked', 'attacks', 'attacking', 'faulted', 'faults'],
  critic: ['critic', 'critics', 'opponent', 'opponents'],
  support: ['backs', 'backed', 'supports', 'supported', 'endorsed', 'endorses', 'funds', 'funded', 'arms', 'armed', 'sponsors', 'sponsored'],
  backed: ['backed', 'supported', 'sponsored', 'funded', 'armed'],
  group: ['group', 'groups', 'militia', 'militias', 'forces', 'fighters', 'rebels', 'proxies', 'proxy', 'movement', 'movements', 'organizations', 'organisations', 'factions'],
  like: ['like', 'including', 'such'],
  // killing
  /** Heads of academic and research institutions, where "X at B" names where X works. */
  academic: ['university', 'institute', 'college', 'school', 'academy', 'laboratory', 'laboratories', 'lab', 'observatory', 'polytechnic', 'seminary', 'conservatory'],
  killed: ['killed', 'assassinated', 'murdered', 'shot', 'slew', 'stabbed', 'strangled', 'executed', 'kills', 'murders', 'shoots', 'assassinates', 'slain', 'gunned', 'beheaded', 'poisoned'],
  killing: ['killing', 'murdering', 'shooting', 'assassinating', 'slaying', 'stabbing', 'strangling'],
  kill: ['kill', 'murder', 'shoot', 'assassinate', 'slay', 'stab'],
  killnoun: ['assassination', 'killing', 'slaying', 'slayings', 'murder', 'murders', 'killings', 'shooting', 'death', 'execution', 'stabbing'],
  killer: ['assassin', 'killer', 'murderer', 'slayer', 'gunman'],
  /** A verdict or sentence: only these make a killing stated (a charge or an arrest does not). */
  convicted: ['convicted', 'sentenced', 'guilty', 'jailed', 'imprisoned', 'executed', 'responsible', 'serving', 'conviction', 'convictions'],
  /** An accusation, charge or suspicion: a killing after these is alleged, not stated. */
  allege: ['accused', 'accuses', 'charged', 'charges', 'charging', 'indicted', 'suspected', 'suspect', 'arrested', 'alleged', 'allegedly', 'allege', 'alleges', 'tried', 'trial', 'denies', 'denied', 'detained', 'questioned', 'investigated', 'probe', 'suspicion', 'acquitted', 'acquittal', 'cleared', 'faces', 'facing', 'innocent', 'prosecuted', 'prosecutors', 'police'],
  ordered: ['ordered', 'orders', 'order', 'authorized', 'approved', 'directed'],
  // ownership and location
  own: ['owns', 'owned', 'acquired', 'acquires', 'bought', 'buys', 'purchased', 'controls', 'controlled'],
  /** Posts held for one person ("X, Y's longtime assistant"): not "co-star", "wife" or "successor". */
  staffhead: ['assistant', 'assistants', 'aide', 'aides', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'deputy', 'agent', 'manager', 'bodyguard', 'chauffeur', 'driver', 'strategist', 'envoy', 'emissary', 'speechwriter', 'solicitor', 'barrister'],
    /** Last words of a political party's name: a possessive on it is membership, not ownership. */
  party: ['party', 'parties', 'democrats', 'republicans', 'conservatives', 'government', 'administration', 'alliance', 'coalition', 'caucus', 'league', 'front', 'movement'],
  /** Prepositions that end a gap before a name: "a franchise owned by X" is not "an X-based franchise". */
  gapprep: ['by', 'of', 'for', 'with', 'to', 'from', 'at', 'in', 'on'],
    /** Common nouns for a company or public body ("the Maserati car company", "Britain's financial watchdog"). */
  orgnoun: [
    'company', 'companies', 'firm', 'group', 'corporation', 'conglomerate', 'carmaker', 'automaker', 'maker', 'manufacturer',
    'producer', 'bank', 'lender', 'insurer', 'broker', 'retailer', 'chain', 'airline', 'carrier', 'operator', 'network',
    'broadcaster', 'channel', 'studio', 'studios', 'label', 'publisher', 'newspaper', 'agency', 'regulator', 'watchdog',
    'body', 'authority', 'giant', 'business', 'startup', 'funder', 'brand', 'distiller', 'brewer', 'developer', 'supplier', 'exchange', 'fund',
    'union', 'party', 'organisation', 'organization', 'charity', 'foundation', 'institute', 'university', 'court', 'team', 'club',
    'firms', 'groups', 'carmakers', 'makers', 'manufacturers', 'producers', 'banks', 'lenders', 'insurers', 'retailers',
    'airlines', 'broadcasters', 'networks', 'publishers', 'brewers', 'distillers', 'developers', 'suppliers', 'businesses',
  ],
  /** What a person's possessive owns: "X's company Y", "whose firm Y" (not "X's party"). */
  owncompany: ['company', 'companies', 'firm', 'firms', 'business', 'businesses', 'startup', 'conglomerate', 'empire'],
  /** Verbs of a predicate after a name: "X, sharply criticized Hungarian Foreign Minister Y" is no description of X. */
  predverb: ['criticized', 'criticised', 'slammed', 'accused', 'attacked', 'rebuked', 'condemned', 'blamed', 'praised', 'thanked', 'welcomed', 'met', 'named', 'appointed', 'backed', 'endorsed', 'urged', 'warned', 'told', 'called', 'visited', 'hosted', 'replaced', 'succeeded', 'invited', 'telephoned', 'phoned', 'congratulated'],
  /** Verbs whose "in PLACE" tells where they happened, not where their object is: "met Volvo in Gothenburg". */
  meetverb: ['met', 'meets', 'meeting', 'visited', 'visits', 'hosted', 'hosts', 'joined', 'sued', 'beat', 'defeated', 'faced', 'played', 'called', 'told', 'contacted', 'toured', 'addressed', 'interviewed'],
  /** Parts of an organization or state: "the head of Norway's fraud unit". */
  unitnoun: ['unit', 'division', 'department', 'bureau', 'branch', 'directorate', 'squad', 'desk', 'service', 'office', 'agency', 'team'],
  /** A passive agent: a gap may not cross it ("was criticized by the leader, X" names the critic). */
  agentby: ['by'],
  ownedby: ['owned', 'controlled', 'acquired', 'bought', 'purchased'],
  hold: ['owns', 'owned', 'holds', 'held', 'has', 'had', 'bought', 'buys', 'acquired', 'acquires', 'took', 'takes', 'taken', 'controls', 'controlled', 'purchased'],
  /** Nouns after "A's B" that show B is not A's property: "Wenger's Bayern counterpart", "Peel's Radio 1 show". */
  notowned: ['counterpart', 'counterparts', 'club-mate', 'team-mate', 'teammate', 'colleague', 'colleagues', 'rival', 'rivals', 'show', 'shows', 'debut', 'triumph', 'victory', 'win', 'defeat', 'career', 'contract', 'days', 'spell', 'side', 'squad'],
  /** Prepositions before a name that make it no clause subject: "the head of X", "prosecutors from the office in X accused Y". */
  subjprep: ['of', 'in', 'from', 'at', 'for', 'with', 'by', 'to', 'near'],
    /** "of" before a place: the place ends an organization's name ("Bank of England governor X"). */
  of: ['of'],
  /** Possessive determiners of the owner ("sold his company"). */
  possdet: ['his', 'her', 'its', 'their'],
  /** Changing hands: "sold its stake", "bought Fiat's stake". */
  trade: ['sold', 'sells', 'sell', 'selling', 'bought', 'buys', 'buy', 'buying', 'acquired', 'acquire', 'acquires', 'offloaded', 'divested', 'reduced', 'cut', 'dumped', 'offered', 'offer'],
  stake: ['stake', 'stakes', 'holding', 'holdings', 'share', 'shares'],
  stakesize: ['majority', 'minority', 'controlling', 'large', 'small', 'big', 'significant', 'further', 'additional', 'remaining', 'main', 'biggest', 'largest', 'principal', 'sole', 'single'],
  /** Private people a place written before them describes as at home there ("a Leeds businessman", "the Ohio woman"). */
  resident: ['businessman', 'businesswoman', 'businessmen', 'man', 'woman', 'resident', 'native', 'farmer', 'housewife', 'retiree', 'pensioner', 'millionaire', 'teenager', 'boy', 'girl', 'mother', 'father', 'homeowner', 'landlord', 'grandmother', 'grandfather', 'widow', 'widower'],
  owner: ['owner', 'owners', 'parent', 'shareholder', 'shareholders', 'stakeholder'],
  subsidiary: ['subsidiary', 'subsidiaries', 'unit', 'units', 'division', 'arm', 'affiliate', 'offshoot', 'label', 'imprint'],
  based: ['based', 'headquartered'],
  headquarters: ['headquarters', 'offices', 'office', 'bureau', 'branch', 'plant', 'factory', 'studios', 'campus'],
  /** Nouns for a geographic feature or place ("Western Europe's highest peak"). */
  geonoun: ['peak', 'peaks', 'mountain', 'mountains', 'river', 'rivers', 'lake', 'lakes', 'airport', 'airports', 'port', 'ports', 'city', 'cities', 'town', 'towns', 'province', 'provinces', 'region', 'regions', 'state', 'states', 'island', 'islands', 'resort', 'resorts', 'valley', 'coast', 'bay', 'desert', 'forest', 'park', 'capital', 'producers', 'producer', 'centre', 'center', 'centres', 'centers', 'landmark', 'landmarks'],
  placenoun: ['city', 'town', 'village', 'province', 'region', 'district', 'county', 'state', 'capital', 'port', 'suburb', 'area', 'island', 'nation', 'country', 'kingdom', 'archipelago', 'peninsula', 'neighborhood', 'neighbourhood', 'municipality', 'prefecture', 'territory', 'enclave', 'resort', 'community', 'hamlet', 'borough', 'quarter', 'ward', 'governorate', 'oblast', 'canton', 'parish'],
  /** Units inside a larger place ("the Haidian district of Beijing"); not "town"/"city": "the Californian town of X" names X. */
  subunit: ['district', 'districts', 'borough', 'quarter', 'ward', 'region', 'province', 'county', 'prefecture', 'governorate', 'oblast', 'canton', 'parish', 'neighborhood', 'neighbourhood', 'suburb', 'area', 'territory', 'municipality'],
  direction: PLACE_DIRECTIONS,
  born: ['born'],
  live: ['lives', 'lived', 'living', 'resides', 'resided', 'residing', 'settled', 'grew', 'raised'],
  native: ['native', 'resident', 'residents', 'natives', 'citizen', 'mayor'],
  from: ['from'],
  // speech
  speech: ['said', 'says', 'say', 'told', 'tells', 'noted', 'notes', 'added', 'adds', 'wrote', 'writes', 'writing', 'argued', 'argues', 'explained', 'explains', 'remarked', 'stated', 'states', 'declared', 'insisted', 'warned', 'warns', 'asked', 'replied', 'commented', 'continued', 'recalled', 'observed', 'acknowledged', 'admitted', 'claimed', 'announced', 'tweeted', 'posted', 'concluded', 'conceded', 'predicted', 'cautioned', 'stressed', 'emphasized', 'emphasised', 'suggested', 'countered', 'contended', 'responded', 'saying', 'adding'],
  // relative pronouns and apposition helpers
  which: ['which', 'that', 'who', 'whom'],
  language: LANGUAGE_WORDS,
  /** Role nouns (role-words.ts ROLE_HEADS): the cue of a post in the tree rules. */
  rolehead: ROLE_HEADS.filter((w) => !NOT_POSTS.has(w)),
  /** Heads of a public office of a country (role-words.ts OFFICE_HEADS) and "PM". */
  officehead: [...OFFICE_HEADS, 'pm'],
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

/** Subject pronouns of another clause: "X said they had left Y" (a gap does not run across them). */
export const SUBJECT_PRONOUNS: readonly string[] = ['they', 'we', 'i', 'you'];

/** Words that end a clause: a gap does not run across them. */
export const CLAUSE_BREAKS: readonly string[] = ['but', 'while', 'although', 'though', 'because', 'whereas', 'however', 'whose'];

/** Pronouns that a `~` slot may resolve to a preceding person. */
export const PERSON_PRONOUNS: readonly string[] = ['he', 'she', 'him', 'her', 'his'];

/** Pronouns that a `~` slot of an organization type may resolve to a preceding organization or country. */
export const ORG_PRONOUNS: readonly string[] = ['it', 'its'];

/** Nouns that, after "the", refer back to an organization named before ("the firm", "the Paris-based group"). */
export const ORG_ANAPHOR_NOUNS: readonly string[] = [
  'company', 'firm', 'group', 'corporation', 'conglomerate', 'carmaker', 'automaker', 'bank', 'lender', 'insurer',
  'retailer', 'airline', 'broadcaster', 'network', 'studio', 'label', 'publisher', 'agency', 'regulator', 'watchdog',
  'giant', 'maker', 'manufacturer', 'operator', 'developer', 'supplier', 'organisation', 'organization', 'charity',
  'foundation', 'institute', 'university', 'chain', 'brewer', 'distiller', 'newspaper', 'paper', 'magazine', 'daily', 'weekly', 'tabloid', 'broadsheet', 'department', 'ministry',
  'fund', 'hospital', 'union', 'club', 'team', 'school', 'council', 'museum', 'carrier', 'steelmaker', 'franchise',
];

/** Title nouns that, after "the", refer back to the person who holds the title ("the prime minister", "the senator"). */
export const TITLE_NOUNS: readonly string[] = [
  'minister', 'secretary', 'president', 'premier', 'chancellor', 'senator', 'governor', 'mayor', 'ambassador', 'envoy',
  'chairman', 'chairwoman', 'commissioner', 'king', 'queen', 'prince', 'princess', 'general', 'commander', 'judge',
  'prosecutor', 'congressman', 'congresswoman', 'spokesman', 'spokeswoman', 'coach', 'manager', 'director', 'pm',
];

/** Last words of a public body's name: "the paper" or "the company" from a sentence before is not one of these. */
export const PUBLIC_BODY_HEADS: readonly string[] = [
  'office', 'ministry', 'department', 'commission', 'court', 'police', 'parliament', 'senate', 'congress', 'assembly',
  'prosecutor', 'prosecutors', 'government', 'administration', 'army', 'navy', 'guard', 'tribunal', 'inspectorate',
];
/** Anaphor nouns that may refer to a public body ("the agency", "the watchdog"). */
export const PUBLIC_ANAPHOR_NOUNS: readonly string[] = ['agency', 'regulator', 'watchdog', 'council', 'organisation', 'organization', 'institute', 'union', 'court'];

/** Nouns for a pair of people, after "both" ("Both figures are critics of X"). */
export const PAIR_NOUNS: readonly string[] = ['figures', 'men', 'women', 'leaders', 'officials', 'politicians', 'candidates', 'nominees', 'picks', 'senators', 'lawmakers'];

export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
