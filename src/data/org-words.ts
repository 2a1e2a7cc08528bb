// Words that make a capitalized sequence an organization.

/** Last word of an organization name ("Bank of America" is covered by ORG_OF_HEADS). */
export const ORG_HEADS: readonly string[] = [
  'Inc', 'Incorporated', 'Corp', 'Corporation', 'Co', 'Company', 'Companies', 'Ltd', 'Limited', 'LLC', 'PLC', 'AG', 'GmbH', 'SA',
  'Group', 'Holdings', 'Industries', 'Enterprises', 'Partners', 'Associates', 'Bros', 'Brothers', 'Motors', 'Airlines', 'Airways',
  'Bank', 'Fund', 'Trust', 'Foundation', 'Institute', 'Institution', 'University', 'College', 'Academy', 'School', 'Seminary',
  'Party', 'Front', 'Movement', 'Alliance', 'League', 'Union', 'Federation', 'Confederation', 'Coalition', 'Congress', 'Parliament',
  'Council', 'Committee', 'Subcommittee', 'Commission', 'Board', 'Authority', 'Agency', 'Administration', 'Service', 'Services',
  'Bureau', 'Office', 'Ministry', 'Department', 'Directorate', 'Secretariat', 'Assembly', 'Senate', 'Court', 'Tribunal', 'Cabinet',
  'Army', 'Navy', 'Force', 'Forces', 'Guard', 'Guards', 'Corps', 'Police', 'Militia', 'Brigade', 'Brigades', 'Command', 'Regiment', 'Battalion',
  'Association', 'Society', 'Club', 'Organization', 'Organisation', 'Network', 'Centre', 'Center', 'Laboratory', 'Laboratories',
  'Hospital', 'Church', 'Motel', 'Theater', 'Theatre', 'Site', 'Mission', 'Team', 'Orchestra', 'Band', 'Project', 'Program', 'Programme', 'Initiative', 'Exchange',
  'Times', 'Post', 'Journal', 'News', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Telegraph', 'Guardian', 'Observer',
  'Independent', 'Express', 'Mirror', 'Mail', 'Star', 'Sun', 'Daily', 'Weekly', 'Magazine', 'Review', 'Press', 'Radio', 'Television', 'TV',
  'Broadcasting', 'Channel', 'Agency', 'Wire', 'Post-Dispatch', 'Herald-Press', 'Monitor', 'Register', 'Record', 'Examiner', 'Inquirer',
  'Bulletin', 'Courier', 'Dispatch', 'Globe', 'Sentinel', 'Standard', 'Today', 'Tech', 'Fleet', 'Embassy', 'Newswire', 'Wires',
  'Government', 'Firm', 'Plastics', 'Chemicals', 'Foods', 'Systems', 'Technologies', 'Electronics', 'Pharmaceuticals', 'Communications',
  'Products', 'Stores', 'Mills', 'Works', 'Steel', 'Oil', 'Energy', 'Capital', 'Securities', 'Insurance', 'Media', 'Labs',
  'Entertainment', 'Management', 'Forum', 'Unit', 'Patrol', 'Registry', 'Wireless', 'Networks', 'Telecom', 'Telecoms',
  'Telecommunications', 'Pharmaceutical', 'Petroleum', 'Publishing', 'Ventures', 'Investments', 'Logistics', 'Lab', 'Studio', 'Software', 'Railroad', 'Railway', 'Railways', 'Lines', 'Consulate', 'Legislature', 'Hotel', 'Depository', 'Museum',
  'System', 'Centers', 'Centres', 'Institutes', 'Guild', 'Maritime', 'Syndicate', 'Cooperative', 'Collective', 'Opera', 'Ballet', 'Symphony', 'Philharmonic', 'Quartet', 'Choir', 'Prison', 'Studios', 'Records', 'Pictures',
];

/** Title words of newspapers and magazines, which name the paper alone after "the" ("told the Times", "The Economist magazine"). */
export const NEWSPAPER_HEADS: readonly string[] = [
  'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Telegraph', 'Guardian', 'Observer', 'Independent', 'Express',
  'Mirror', 'Mail', 'Star', 'Sun', 'Examiner', 'Inquirer', 'Globe', 'Courier', 'Spectator', 'Economist', 'Scotsman', 'Standard',
];

/** Lower-case nouns that may follow a newspaper's title word ("The Times newspaper"). */
export const NEWSPAPER_NOUNS: readonly string[] = ['newspaper', 'paper', 'magazine', 'daily', 'weekly', 'tabloid', 'broadsheet'];

/** Heads of organizations whose name ends in the country they belong to: "Communist Party of China", "Atomic Energy
 * Organization of Iran", "Central Bank of Kenya" are one name (a court or agency "of" a country, or anything "of" a city, splits). */
export const NATIONAL_BODY_HEADS: readonly string[] = [
  'Party', 'Organization', 'Organisation', 'Movement', 'Front', 'Forces', 'Alliance', 'League', 'Congress', 'Bank', 'Federation', 'Association',
  'Council', 'Union', 'Authority', 'Commission', 'Agency', 'Institute', 'Corporation', 'Academy',
];

/** Office holders whose singular possessive opens the name of their office or body ("U.S. Attorney's Office",
 * "Sheriff's Department", "Queen's Marston Regiment", "King's College"): the possessive stays inside the organization name. */
export const OFFICE_HOLDERS: readonly string[] = [
  'Attorney', 'Prosecutor', 'Sheriff', 'Coroner', 'Marshal', 'Comptroller', 'Controller', 'Treasurer', 'Auditor', 'Clerk',
  'Governor', 'Mayor', 'Assessor', 'Recorder', 'Solicitor', 'Inspector', 'Commissioner', 'Registrar', 'Defender', 'Examiner',
  'Queen', 'King', 'Prince', 'Princess',
];

/** Capitalized ideology adjectives ("the Socialist leader"): alone they are never names, but before a word of
 * PARTY_ROLE_NOUNS they name the party. Words that name one party wherever they are written ("Tory", "Labour") are
 * gazetteer organizations (data/parties.ts). */
export const PARTY_ADJECTIVES: readonly string[] = ['Liberal', 'Socialist', 'Communist'];

/** Lower-case nouns after a party adjective that make it the party: "Conservative leader", "Labour government". */
export const PARTY_ROLE_NOUNS: readonly string[] = [
  'leader', 'leaders', 'leadership', 'government', 'governments', 'mp', 'mps', 'candidate', 'candidates', 'nomination', 'lawmaker',
  'lawmakers', 'senator', 'senators', 'congressman', 'congresswoman', 'chairman', 'chairwoman', 'peer', 'peers', 'backbencher',
  'backbenchers', 'side', 'majority', 'minority', 'whip', 'councillor', 'councillors', 'activists', 'voters', 'manifesto',
  'chair', 'spokesman', 'spokeswoman', 'spokesperson', 'sources', 'ministers', 'frontbencher', 'frontbenchers', 'deputy',
];

/** Phrases before a team's name ("coached the X", "played for the X"): the name is a club or team. */
export const TEAM_PHRASES_BEFORE: readonly string[] = [
  'coached', 'coach of', 'coaches', 'played for', 'plays for', 'playing for', 'signed with', 'drafted by', 'traded to',
  'guard for', 'forward for', 'center for', 'pitcher for', 'striker for', 'midfielder for', 'quarterback for', 'goalkeeper for',
];

/** A word naming a tier of a competition, followed by its number ("Division I", "Tier 2"): not part of an organization's name. */
export const COMPETITION_TIERS: readonly string[] = ['Division', 'Tier', 'Class', 'Flight'];

/** Company-form suffixes: they end a name ("Pacific Marine Inc. of Houston" is a company and a place). */
export const CORPORATE_SUFFIXES: readonly string[] = ['Inc', 'Incorporated', 'Corp', 'Co', 'Ltd', 'LLC', 'PLC', 'AG', 'GmbH', 'SA', 'NV', 'BV'];

/** First word of "X of Y" organization names ("Bank of America", "University of Texas"). */
export const ORG_OF_HEADS: readonly string[] = [
  'Bank', 'University', 'Ministry', 'Department', 'Institute', 'Council', 'Committee', 'Commission', 'Academy', 'College',
  'Association', 'Society', 'Federation', 'Union', 'League', 'Church', 'Court', 'Office', 'Bureau', 'Board', 'Party', 'Centre',
  'Center', 'School', 'Museum', 'Order', 'Friends', 'Organization', 'Organisation', 'House', 'Chamber', 'Agency', 'Administration',
  'Army', 'Navy', 'Embassy', 'Court', 'Federation', 'Conference', 'Congress', 'Institution', 'Corporation', 'Company', 'Group',
  'Authority', 'Foundation', 'Fund', 'Service',
];

/** Fields an organization serves, joined by "and" after its "of"/"for" ("Chamber of Commerce and Industry",
 * "Institute for Disaster Management and Reduction", "Ministry of Trade and Industry"): the "and" stays inside the name. */
export const FIELD_WORDS: readonly string[] = [
  'Industry', 'Industries', 'Commerce', 'Trade', 'Development', 'Reduction', 'Research', 'Technology', 'Science', 'Sciences', 'Culture',
  'Sport', 'Sports', 'Tourism', 'Health', 'Education', 'Training', 'Welfare', 'Environment', 'Planning', 'Security', 'Justice',
  'Finance', 'Energy', 'Agriculture', 'Fisheries', 'Innovation', 'Communications', 'Recovery', 'Reconstruction', 'Management',
  'Prevention', 'Relief', 'Rehabilitation', 'Resettlement', 'Services', 'Affairs', 'Arts', 'Heritage', 'Forestry', 'Mines',
  'Transport', 'Infrastructure', 'Investment', 'Enterprise', 'Labour', 'Labor', 'Employment', 'Housing', 'Cooperation', 'Peace',
];

/** Lower-case nouns that, as an appositive head or right before a name, make it an organization. */
export const ORG_NOUNS: readonly string[] = [
  'company', 'firm', 'group', 'organization', 'organisation', 'agency', 'newspaper', 'daily', 'weekly', 'magazine', 'network',
  'party', 'bank', 'maker', 'manufacturer', 'producer', 'retailer', 'airline', 'carrier', 'broadcaster', 'station', 'channel',
  'union', 'association', 'institute', 'university', 'college', 'ministry', 'department', 'militia', 'movement', 'faction',
  'bloc', 'alliance', 'coalition', 'consortium', 'cartel', 'subsidiary', 'unit', 'conglomerate', 'chain', 'developer', 'startup', 'publisher', 'club', 'team', 'charity', 'council',
];

/** First words of broadcaster names, which datelines put right after a city ("Havana Radio Rebelde"). */
export const BROADCAST_WORDS: readonly string[] = ['Radio', 'Television', 'TV', 'Voice', 'Channel'];

/** Abbreviated words of organization names and their full forms: "News Corp" is "News Corporation". */
export const ORG_ABBREVIATIONS: Readonly<Record<string, string>> = {
  corp: 'corporation', co: 'company', inc: 'incorporated', ltd: 'limited', bros: 'brothers', intl: 'international',
  mfg: 'manufacturing', assn: 'association', dept: 'department', univ: 'university', natl: 'national', grp: 'group',
};

/** Nouns before a name that describe a person as often as a firm ("film producer X", "games developer X"). */
export const PERSON_OR_ORG_NOUNS: readonly string[] = ['producer', 'producers', 'publisher', 'publishers', 'developer', 'developers', 'maker', 'makers', 'founder', 'owner', 'partner', 'distributor', 'supplier', 'operator', 'broker', 'carrier'];

/** Endings of one-word compound organization names in other languages ("Rijksmuseum", "Bundesbank", "Bundesbahn"). */
export const COMPOUND_ORG_ENDINGS: readonly string[] = [
  'museum', 'bahn', 'werke', 'verlag', 'gruppe', 'zeitung', 'hochschule', 'versicherung', 'stiftung', 'kasse', 'bibliotheek',
  // German federal offices and parliaments: "Kartellamt", "Bundesamt", "Bundestag", "Landtag".
  'amt', 'tag', 'agentur', 'anstalt', 'kammer', 'gericht', 'ministerium', 'verband',
];

/** First words of organization names in other languages, written before the name ("Grupo Modelo", "Banco Macro",
 * "Universidad de Chile", "Partido Verde"). */
export const ORG_OPENERS: readonly string[] = [
  'Grupo', 'Gruppo', 'Groupe', 'Banco', 'Banca', 'Banque', 'Compañía', 'Compania', 'Companhia', 'Compagnie', 'Société', 'Societe',
  'Sociedad', 'Fundación', 'Fundacion', 'Fundação', 'Fondation', 'Universidad', 'Universidade', 'Università', 'Universität',
  'Université', 'Universite', 'Instituto', 'Institut', 'Museo', 'Musée', 'Museu', 'Partido', 'Parti', 'Partei', 'Partij',
  'Minera', 'Petróleos', 'Petroleos', 'Aerolíneas', 'Aerolineas', 'Corporación', 'Corporacion', 'Industrias', 'Constructora',
  'Inversiones', 'Empresas', 'Cervecería', 'Cerveceria', 'Movimiento', 'Ejército', 'Ejercito', 'Armée', 'Hochschule',
  'Guardia', 'Policía', 'Policia', 'Polícia', 'Polizia', 'Carabineros', 'Gendarmería', 'Gendarmerie', 'Fuerzas', 'Fuerza', 'Armada',
  'Corte', 'Consejo', 'Conselho', 'Conseil', 'Comisión', 'Comissão', 'Ministerio', 'Ministério', 'Ministère', 'Secretaría',
  'Agencia', 'Agência', 'Autoridad', 'Confederación', 'Federación', 'Sindicato', 'Asociación', 'Cámara', 'Congreso', 'Senado',
  'Asamblea', 'Assemblée', 'Bundesamt', 'Bundesanstalt', 'Caixa', 'Caisse', 'Cassa', 'Crédit', 'Credito', 'Crédito', 'Journal',
  'Courrier', 'Diario', 'Diário', 'Jornal', 'Gazzetta', 'Corriere', 'Clube', 'Club', 'Real', 'Sporting', 'Atlético', 'Atletico',
];

/** Words of other languages inside an organization's name that English prose and people's names do not use
 * ("Médecins Sans Frontières", "Reporters Sans Frontières", "Ärzte Ohne Grenzen", "Banco Para el Desarrollo"). */
export const FOREIGN_ORG_WORDS: readonly string[] = ['Sans', 'Sin', 'Sem', 'Senza', 'Ohne', 'Pour', 'Para', 'Für', 'Und', 'Et', 'Voor', 'Avec', 'Contre', 'Contra'];

/** Last words of organization names in other languages ("Brenner Beteiligungen", "Axel Springer Verlag"). */
export const FOREIGN_ORG_HEADS: readonly string[] = [
  'Beteiligungen', 'Holding', 'Gesellschaft', 'Verlag', 'Werke', 'Stiftung', 'Versicherung', 'Versicherungen', 'KGaA', 'SpA', 'SRL',
  'Ltda', 'SARL', 'Oyj', 'Bancorp', 'Fracht', 'Logistik', 'Spedition', 'Handel', 'Technik', 'Werft', 'Rederi', 'Energie', 'Chemie',
  'Pharma',
];
