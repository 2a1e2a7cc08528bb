// Words of job titles and roles, for the {role} phrase of the relation patterns ("senior
// fellow", "campaign communications director", "UN Ambassador", "Secretary of State"). A role
// phrase ends with a ROLE_HEADS word; HONORIFICS may follow it before the name ("Supreme Leader
// Ayatollah X") and are not part of the role.

export const ROLE_HEADS: readonly string[] = [
  // government and diplomacy
  'ambassador', 'envoy', 'diplomat', 'consul', 'minister', 'secretary', 'president', 'vice-president', 'premier',
  'chancellor', 'leader', 'governor', 'gov', 'mayor', 'senator', 'congressman', 'congresswoman', 'representative',
  'lawmaker', 'legislator', 'deputy', 'mp', 'delegate', 'commissioner', 'official', 'officials', 'spokesman',
  'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'attache', 'king', 'queen', 'prince', 'emperor',
  'monarch', 'dictator', 'ruler', 'prime', 'speaker', 'whip', 'quaestor', 'treasurer', 'auditor', 'inspector',
  'administrator', 'ombudsman', 'registrar', 'supervisor', 'superintendent', 'sheriff', 'marshal', 'clerk',
  // military and police
  'general', 'commander', 'admiral', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'officer', 'chief',
  'marshal', 'detective', 'agent', 'trooper', 'constable', 'patrolman',
  // law
  'judge', 'justice', 'prosecutor', 'attorney', 'lawyer', 'counsel', 'solicitor', 'barrister',
  // business and organizations
  'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'manager', 'executive', 'ceo', 'cfo', 'coo',
  'cto', 'head', 'founder', 'co-founder', 'owner', 'partner', 'employee', 'worker', 'staffer', 'member',
  'members', 'trustee', 'secretary-general', 'vice-chairman', 'boss', 'principal', 'associate', 'consultant',
  'strategist', 'analyst', 'economist', 'banker', 'trader', 'broker', 'accountant', 'engineer', 'shearer',
  'candidate', 'nominee', 'organizer', 'coordinator', 'activist', 'volunteer', 'negotiator', 'operator', 'pilot',
  // media
  'correspondent', 'reporter', 'journalist', 'editor', 'publisher', 'columnist', 'anchor', 'anchorman',
  'anchorwoman', 'commentator', 'writer', 'photographer', 'producer', 'newsman', 'critic',
  // academia and research
  'professor', 'lecturer', 'researcher', 'scientist', 'fellow', 'scholar', 'dean', 'provost', 'physician',
  'surgeon', 'doctor', 'nurse', 'physiologist', 'ecologist', 'entomologist', 'biologist', 'chemist',
  'physicist', 'geologist', 'historian', 'expert', 'specialist', 'architect', 'teacher', 'coach', 'player',
  // sport positions ("a guard for the X", "the team's striker")
  'guard', 'forward', 'striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback', 'pitcher', 'shortstop', 'winger',
  // sciences and professions ("a paleontologist at the X")
  'paleontologist', 'palaeontologist', 'archaeologist', 'anthropologist', 'geneticist', 'epidemiologist', 'virologist',
  'astronomer', 'astrophysicist', 'mathematician', 'psychologist', 'sociologist', 'climatologist', 'meteorologist',
  'oceanographer', 'zoologist', 'botanist', 'linguist', 'statistician', 'pharmacist', 'veterinarian', 'curator',
  'librarian', 'pollster', 'demographer', 'seismologist', 'volcanologist', 'hydrologist', 'neuroscientist',
  'student', 'vice', 'assistant', 'lobbyist', 'counterpart', 'deputies', 'ministers', 'advisers', 'advisors',
  'directors', 'executives', 'secretaries', 'ambassadors', 'envoys', 'judges', 'coaches', 'managers', 'star', 'actor', 'actress', 'spokesmen', 'chiefs', 'aides', 'employees',
];

/** Titles written before a name that are not the role itself ("Sen.", "Ayatollah", "Mr"). */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'professor', 'sir', 'dame', 'lord', 'lady', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt',
  'cmdr', 'adm', 'sgt', 'maj', 'prof', 'rev', 'fr', 'hon', 'ayatollah', 'sheikh', 'imam', 'rabbi', 'pope',
  'cardinal', 'bishop', 'father', 'brother', 'sister', 'judge', 'justice', 'president', 'prime', 'minister',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'emperor', 'datuk', 'sri', 'officer', 'martyr',
];

/** Nouns for a part or delegation of an actor ("Iran's UN mission"): the possessor does not own them. */
export const UNIT_NOUNS: readonly string[] = [
  'mission', 'team', 'delegation', 'embassy', 'consulate', 'office', 'bureau', 'branch', 'unit', 'division',
  'department', 'ministry', 'government', 'administration', 'campaign', 'transition', 'staff', 'representative',
  'representatives', 'envoy', 'envoys', 'agency', 'service', 'headquarters', 'campus', 'policy', 'policies',
];

/**
 * Role heads of a public office of a state, province or city ("New York Attorney General X",
 * "Ohio's governor"): the officeholder works for that place (and need not live there: for those
 * who must, see RESIDENT_OFFICE_HEADS).
 */
export const LOCAL_OFFICE_HEADS: readonly string[] = [
  'governor', 'gov', 'lieutenant-governor', 'mayor', 'attorney', 'senator', 'sen', 'representative', 'rep',
  'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'legislator', 'lawmaker', 'sheriff', 'comptroller',
  'treasurer', 'premier', 'minister', 'secretary', 'commissioner', 'councilman', 'councilwoman', 'councillor',
  'alderman', 'prosecutor',
];

/** Role heads whose holder resides in the state, city or county served (elected or appointed from its residents): WORKS_FOR such a place by one of them also gives LIVES_IN (infer-office-residence.ts). */
export const RESIDENT_OFFICE_HEADS: readonly string[] = [
  'governor', 'gov', 'lieutenant-governor', 'premier', 'mayor', 'deputy-mayor', 'supervisor', 'commissioner',
  'sheriff', 'alderman', 'councilman', 'councilwoman', 'councillor', 'councilor', 'assemblyman', 'assemblywoman',
  'legislator', 'senator', 'sen', 'judge', 'superintendent', 'selectman', 'freeholder',
];

/** Role heads of a public office held for a country: such a title makes WORKS_FOR the country. */
export const OFFICE_HEADS: readonly string[] = [
  'ambassador', 'envoy', 'diplomat', 'consul', 'minister', 'secretary', 'president', 'vice-president', 'premier',
  'chancellor', 'leader', 'king', 'queen', 'prince', 'emperor', 'monarch', 'dictator', 'ruler', 'prime', 'mp',
  'lawmaker', 'legislator', 'representative', 'negotiator', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'officials', 'attache', 'delegate', 'commander', 'general', 'admiral',
  // "Egypt's intelligence chief", "Pakistan's army chief" (an organization word in the title still blocks it)
  'chief',
];
