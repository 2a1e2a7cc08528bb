// Capitalized words that are not actors: honours after a name, common-noun acronyms, the words
// that make a capitalized run a law or a title of a work.

/** Honours and degrees written after a name ("Simon Hale CBE"): never a name or part of one. */
export const POSTNOMINALS: readonly string[] = ['OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'GBE', 'QC', 'KC', 'FRS', 'PhD', 'MBA', 'Esq'];

/** Acronyms of common nouns (English vocabulary, not names): "PR strategies", "an IPO", "the CEO". */
export const COMMON_ACRONYMS: readonly string[] = [
  'PR', 'HR', 'AI', 'IPO', 'CEO', 'CFO', 'COO', 'CTO', 'PC', 'DVD', 'CD', 'SMS', 'ATM', 'DNA', 'HIV', 'SUV', 'VAT', 'FAQ',
  'URL', 'PIN', 'VIP', 'IOU', 'LCD', 'GPS', 'MRI', 'ID', 'IQ', 'ISP', 'HQ', 'PLC', 'AGM', 'R&D', 'M&A', 'UFO',
  // Units written with capitals.
  'Mbps', 'Kbps', 'Gbps', 'MHz', 'GHz', 'KB', 'MB', 'GB', 'TB', 'kWh', 'MW', 'GW',
];

/** Last words of names of laws and legal texts, which are not actors ("First Amendment", "Patriot Act"). */
export const LAW_WORDS: readonly string[] = ['Amendment', 'Amendments', 'Act', 'Treaty', 'Accord', 'Accords', 'Constitution', 'Directive', 'Protocol', 'Chapter', 'Clause', 'Statute', 'Ordinance', 'Convention', 'Charter'];

/** Last words of names of events and awards, which are not actors ("Academy Awards", "Nobel Peace Prize", "World War"). */
export const EVENT_WORDS: readonly string[] = ['Award', 'Awards', 'Prize', 'Prizes', 'War', 'Wars', 'Crisis', 'Olympics', 'Festival', 'Championship', 'Championships', 'Expo', 'Summit', 'Show'];

/** First words of names of storms, which are events, not actors ("Cyclone Idai", "Hurricane Katrina", "Storm Ciara"). */
export const STORM_WORDS: readonly string[] = ['Cyclone', 'Hurricane', 'Typhoon', 'Storm', 'Tropical', 'Superstorm', 'Tornado'];

/** Pronouns that, capitalized inside a capitalized run, mark the title of a work ("Dirt Off Your Shoulder"). */
export const TITLE_PRONOUNS: readonly string[] = ['I', 'Me', 'My', 'You', 'Your', 'We', 'Our', 'Us', 'He', 'She', 'His', 'Her', 'Him', 'They', 'Their', 'Them'];

/** Lower-case words hyphened to a name that make a compound, not a longer name ("Bush-era", "Kremlin-backed"). */
export const COMPOUND_TAILS: readonly string[] = [
  'era', 'esque', 'ish', 'like', 'type', 'style', 'wide', 'led', 'based', 'backed', 'owned', 'run', 'controlled', 'made', 'born',
  'funded', 'linked', 'allied', 'aligned', 'leaning', 'friendly', 'held', 'occupied', 'bound', 'centric', 'inspired', 'sponsored',
];

/** Function words that open a name when capitalized inside a sentence ("Just Eat", "First Air", "One Nation"). */
export const NAME_OPENERS: readonly string[] = ['just', 'first', 'one', 'all', 'next'];
