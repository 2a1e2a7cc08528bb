// Context words around a name that hint at its type.

/** Verbs of saying/acting that follow a person (or organization) as subject: "X said". */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'added', 'asked', 'noted', 'wrote', 'explained', 'argued', 'claimed', 'stated', 'insisted',
  'recalled', 'remarked', 'testified', 'replied', 'warned', 'announced', 'acknowledged', 'admitted', 'declared', 'denied',
];

/** Verbs whose subject is a person, never a place or a body: "X taught at Y", "X retired". */
export const PERSON_SUBJECT_VERBS: readonly string[] = [
  'taught', 'teaches', 'lectured', 'studied', 'graduated', 'married', 'resigned', 'retired', 'died',
];

/** Lower-case nouns for people, used as appositive heads ("X, a senior fellow at Y") and before names. */
export const PERSON_NOUNS: readonly string[] = [
  'fellow', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'minister', 'leader', 'president', 'chairman', 'director',
  'executive', 'officer', 'expert', 'analyst', 'professor', 'researcher', 'scientist', 'lawyer', 'attorney', 'judge', 'senator',
  'governor', 'mayor', 'ambassador', 'envoy', 'diplomat', 'adviser', 'advisor', 'aide', 'member', 'founder', 'owner', 'author',
  'writer', 'reporter', 'correspondent', 'journalist', 'editor', 'columnist', 'actor', 'actress', 'singer', 'composer',
  'musician', 'artist', 'poet', 'novelist', 'player', 'coach', 'manager', 'assassin', 'gunman', 'killer', 'suspect', 'victim',
  'soldier', 'general', 'commander', 'colonel', 'captain', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father',
  'mother', 'widow', 'native', 'resident', 'candidate', 'secretary', 'head', 'chief', 'critic', 'activist', 'student', 'teacher',
  'doctor', 'surgeon', 'physician', 'priest', 'cleric', 'preacher', 'bishop', 'pastor', 'legend', 'star', 'comedian',
  'humorist', 'pioneer', 'inventor', 'businessman', 'businesswoman', 'tycoon', 'billionaire', 'entrepreneur', 'economist',
  'historian', 'philosopher', 'politician', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'deputy', 'boss', 'man',
  'woman', 'boy', 'girl', 'outlaw', 'hero', 'friend', 'ally', 'partner', 'colleague', 'mp', 'cousin', 'nephew', 'niece', 'grandson',
  'clerk', 'lecturer', 'forward', 'guard', 'midfielder', 'striker', 'defender', 'goalkeeper', 'quarterback', 'pitcher', 'shortstop', 'winger', 'teammate',
];

/** Job nouns after an employer's name ("Emery employee", "Burlington spokesman"). */
export const EMPLOYEE_NOUNS: readonly string[] = [
  'employee', 'employees', 'executive', 'executives', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials',
  'president', 'chairman', 'manager', 'director', 'engineer', 'engineers', 'worker', 'workers', 'attorney', 'lawyer', 'analyst',
  'researcher', 'researchers', 'scientist', 'scientists', 'staff', 'staffer', 'board', 'shareholders', 'artist-in-residence',
  'historian', 'professor', 'lecturer', 'economist', 'fellow', 'curator', 'physicist', 'chemist', 'biologist', 'sociologist',
  'strategist', 'editor', 'correspondent', 'columnist', 'archivist', 'surgeon', 'physician', 'nurse', 'dean', 'coach', 'clerk',
  // Plurals: "analysts at X", "economists at X" name the employer as well.
  'analysts', 'economists', 'strategists', 'traders', 'brokers', 'lawyers', 'managers', 'directors', 'editors', 'doctors',
];

/** Roles "of" a group: "the leader of X", "a commander of X" name X as the group (not a person's kin: no "son", "wife"). */
export const GROUP_ROLE_NOUNS: readonly string[] = [
  'leader', 'leaders', 'head', 'founder', 'co-founder', 'commander', 'commanders', 'spokesman', 'spokeswoman', 'spokesperson',
  'fighters', 'militants', 'chairman', 'chairwoman',
];

/** Members of an armed group written after its name: "X fighters", "X militants". */
export const GROUP_MEMBER_NOUNS: readonly string[] = ['fighters', 'militants', 'gunmen', 'insurgents', 'guerrillas', 'rebels', 'jihadists', 'operatives'];

/** Nouns a leader's name modifies ("the Biden administration", "the Obama era"): the name is a person. */
export const LEADER_NOUNS: readonly string[] = ['administration', 'presidency', 'era', 'campaign', 'cabinet', 'doctrine'];

/** Verbs after which a name is the person acted on ("killed X", "shot X"). */
export const PERSON_OBJECT_VERBS: readonly string[] = [
  'killed', 'shot', 'assassinated', 'murdered', 'wounded', 'married', 'interviewed', 'met', 'kill', 'shoot', 'assassinate',
  'killing', 'shooting', 'executing', 'assassinating', 'murdering', 'slaying', 'defeated', 'succeeded', 'replaced', 'fired',
];

/** Capitalized words that are never names on their own (pronoun I, interjections, generic headings). */
export const NEVER_NAMES: readonly string[] = [
  'i', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gen', 'gov', 'president', 'minister', 'martyr', 'god', 'oh', 'ok', 'okay', 'yes',
  'no', 'please', 'thanks', 'hello', 'text', 'passage', 'omitted', 'excerpt', 'update', 'updated', 'breaking', 'live', 'photo',
  'video', 'watch', 'read', 'more', 'related', 'advertisement', 'editor', 'note', 'correction', 'am', 'pm', 'gmt', 'edt', 'est',
  'cdt', 'cst', 'pdt', 'pst', 'mdt', 'mst', 'utc', 'bst', 'cet', 'gdp', 'gnp', 'cpi', 'lcb', 'rcb', 'lrb', 'rrb', 'lsb', 'rsb', 'tv',
];

/** Connector words allowed inside a capitalized name ("Bank of America", "Centre for International Policy"). */
export const NAME_CONNECTORS: readonly string[] = ['of', 'for', 'and', '&', 'the', 'on', 'de', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'ul', 'bin', 'ibn', 'y'];

/** Connectors that only join parts of a person's name ("Ludwig van Beethoven", "Osama bin Laden"). */
export const PERSON_PARTICLES: readonly string[] = ['de', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'du', 'van', 'von', 'der', 'den', 'al', 'el', 'ul', 'bin', 'ibn', 'la', 'le', 'y'];

/** Arabic article particles written lower case and hyphen-joined to the name they open ("al-Shabaab", "el-Sisi"). */
export const HYPHEN_PARTICLES: readonly string[] = ['al', 'el', 'ul'];

/** Name suffixes that belong to a person's name ("Jr.", "III"). */
export const NAME_SUFFIXES: readonly string[] = ['jr', 'sr', 'ii', 'iii', 'iv'];

/** Function words and sentence adverbs: never a name on their own, even when capitalized. */
export const FUNCTION_WORDS: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'by', 'for', 'from', 'of', 'to', 'with', 'without', 'into',
  'after', 'before', 'during', 'since', 'until', 'while', 'when', 'where', 'why', 'how', 'what', 'who', 'which', 'if', 'as', 'but',
  'and', 'or', 'nor', 'so', 'yet', 'because', 'although', 'though', 'unless', 'despite', 'according', 'however', 'still', 'meanwhile',
  'moreover', 'furthermore', 'additionally', 'therefore', 'thus', 'instead', 'also', 'then', 'now', 'here', 'there', 'today',
  'yesterday', 'tomorrow', 'we', 'you', 'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'do', 'does',
  'did', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'no', 'yes', 'all', 'some', 'many', 'most', 'both',
  'each', 'every', 'any', 'one', 'two', 'three', 'first', 'last', 'next', 'other', 'another', 'such', 'only', 'even', 'just',
  'about', 'above', 'across', 'against', 'among', 'around', 'behind', 'below', 'beside', 'between', 'beyond', 'over', 'under',
  'through', 'throughout', 'toward', 'towards', 'upon', 'within', 'via', 'per', 'amid', 'following', 'recent', 'recently', 'earlier',
  'later', 'once', 'again', 'born', 'perhaps',
  // Indefinite pronouns open sentences capitalized ("Nobody told us"): never a name.
  'nobody', 'somebody', 'everybody', 'anybody', 'someone', 'everyone', 'anyone', 'nothing', 'something', 'everything', 'anything', 'none', 'maybe', 'indeed', 'overall', 'finally', 'ultimately', 'nevertheless', 'nonetheless',
];

/** Month and weekday names: dates, not actors. */
export const CALENDAR_WORDS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

/** Faiths and churches as adjectives or members ("a Catholic group", "Sunni Muslims"): not actors. */
export const FAITH_WORDS: readonly string[] = [
  'christian', 'christians', 'muslim', 'muslims', 'moslem', 'moslems', 'jewish', 'jew', 'jews', 'catholic', 'catholics', 'protestant',
  'protestants', 'orthodox', 'anglican', 'anglicans', 'evangelical', 'evangelicals', 'lutheran', 'presbyterian', 'methodist', 'baptist',
  'mormon', 'islamic', 'sunni', 'sunnis', 'shiite', 'shiites', 'shia', 'sikh', 'sikhs', 'hindu', 'hindus', 'buddhist', 'buddhists',
];

/** Faith adjectives that are no name even after a qualifier ("Roman Catholic", "Greek Orthodox"; unlike "Shia", also a surname). */
export const FAITH_ADJECTIVES: readonly string[] = ['catholic', 'jewish', 'orthodox', 'protestant', 'islamic', 'evangelical', 'anglican', 'lutheran', 'presbyterian', 'methodist'];

/** Adjectives and nouns written capitalized that are not actors on their own (languages, parties as adjectives). */
export const CAPITALIZED_NON_NAMES: readonly string[] = [
  'english', 'french', 'spanish', 'arabic', 'russian', 'chinese', 'german', 'hindi', 'urdu', 'farsi', 'persian', 'hebrew',
  'japanese', 'korean', 'portuguese', 'italian', 'turkish', 'latin', 'greek', 'swahili', 'serbo-croatian', 'serbo croatian',
  'democratic', 'republican', 'confederate', 'communist', 'socialist', 'conservative', 'liberal', 'western', 'eastern', 'northern', 'southern',
  'african', 'asian', 'european', 'latino', 'hispanic', 'southerner', 'northerner', 'americans', 'whites', 'blacks',
  'north', 'south', 'east', 'west', 'arab', 'arabs', 'kurdish', 'kurds', 'palestinian', 'palestinians', 'internet', 'web', 'online', 'government', 'administration', 'state', 'city',
  ...FAITH_WORDS,
  // Peoples named without a country of their own (a country's people are demonyms from world-countries).
  'hutu', 'hutus', 'tutsi', 'tutsis', 'pashtun', 'pashtuns', 'baluch', 'druze', 'yazidi', 'yazidis', 'berber', 'berbers', 'kurd',
];

/** Abbreviations written with a dot inside names ("St. Louis", "Co.", "Jr."); titles and state abbreviations are added from their own lists. */
export const NAME_ABBREVIATIONS: readonly string[] = ['st', 'mt', 'ft', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'bros', 'dept', 'univ', 'assn', 'no', 'vs', 'ave', 'blvd', 'rd', 'hwy', 'pt'];

/** Words between two names that say the second is another name of the first ("X, real name Y", "X, to be renamed Y"). */
export const ALIAS_CUES: readonly string[] = [
  'real name', 'whose real name is', 'born', 'formerly', 'formerly known as', 'now known as', 'also known as', 'better known as',
  'known as', 'renamed', 'to be renamed', 'which is to be renamed', 'which will be renamed', 'which was renamed', 'now renamed',
  'now called', 'formerly called', 'also called', 'aka', 'formally known as', 'officially known as', 'formally called', 'officially called',
];
