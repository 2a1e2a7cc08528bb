// Context words around a name that hint at its type.

/** Verbs of saying/acting that follow a person (or organization) as subject: "X said". */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'added', 'asked', 'noted', 'wrote', 'explained', 'argued', 'claimed', 'stated', 'insisted',
  'recalled', 'remarked', 'testified', 'replied', 'warned', 'announced', 'acknowledged', 'admitted', 'declared', 'denied',
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
  'woman', 'boy', 'girl', 'outlaw', 'hero', 'friend', 'partner', 'colleague', 'mp', 'cousin', 'nephew', 'niece', 'grandson',
];

/** Verbs after which a name is the person acted on ("killed X", "shot X"). */
export const PERSON_OBJECT_VERBS: readonly string[] = ['killed', 'shot', 'assassinated', 'murdered', 'wounded', 'married', 'interviewed', 'met', 'kill', 'shoot', 'assassinate'];

/** Capitalized words that are never names on their own (pronoun I, interjections, generic headings). */
export const NEVER_NAMES: readonly string[] = [
  'i', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gen', 'gov', 'president', 'minister', 'martyr', 'god', 'oh', 'ok', 'okay', 'yes',
  'no', 'please', 'thanks', 'hello', 'text', 'passage', 'omitted', 'excerpt', 'update', 'updated', 'breaking', 'live', 'photo',
  'video', 'watch', 'read', 'more', 'related', 'advertisement', 'editor', 'note', 'correction', 'am', 'pm', 'gmt', 'edt', 'est',
];

/** Connector words allowed inside a capitalized name ("Bank of America", "Centre for International Policy"). */
export const NAME_CONNECTORS: readonly string[] = ['of', 'for', 'and', '&', 'the', 'on', 'de', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y'];

/** Connectors that only join parts of a person's name ("Ludwig van Beethoven", "Osama bin Laden"). */
export const PERSON_PARTICLES: readonly string[] = ['de', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'du', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'y'];

/** Name suffixes that belong to a person's name ("Jr.", "III"). */
export const NAME_SUFFIXES: readonly string[] = ['jr', 'sr', 'ii', 'iii', 'iv'];
