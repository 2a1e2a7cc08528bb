// Words that make a capitalized sequence a place.

/** Last word of a place name ("Kurdistan Province", "Darke County"). */
export const LOCATION_HEADS: readonly string[] = [
  'Province', 'County', 'District', 'Region', 'Prefecture', 'Territory', 'Territories', 'State', 'Oblast', 'Governorate',
  'Republic', 'Kingdom', 'Emirate', 'Municipality', 'Township', 'Parish', 'Borough', 'Village', 'City', 'Town', 'Valley',
  'River', 'Lake', 'Sea', 'Ocean', 'Gulf', 'Bay', 'Strait', 'Straits', 'Channel', 'Island', 'Islands', 'Peninsula', 'Coast',
  'Mountain', 'Mountains', 'Mount', 'Hill', 'Hills', 'Desert', 'Plain', 'Plains', 'Heights', 'Highlands', 'Basin', 'Delta',
  'Square', 'Street', 'St', 'Avenue', 'Ave', 'Boulevard', 'Road', 'Highway', 'Bridge', 'Park', 'Forest', 'Canyon', 'Falls',
  'Base', 'Airport', 'Harbor', 'Harbour', 'Port', 'Beach', 'Springs', 'Seashore', 'Zone', 'Strip', 'Bank', 'Wells', 'Flats',
  'Yards', 'Pass', 'Point', 'Creek', 'Ridge', 'Isle', 'Depot', 'Shipyard', 'Stadium', 'Farm', 'Tower', 'Building', 'Palace',
  'Memorial', 'Cemetery', 'Observatory', 'Arena', 'Plaza', 'Mall', 'Station', 'Reservoir', 'Dam', 'Canal', 'Glacier', 'Volcano', 'Reef',
];

/** First word of place names ("Mount Everest", "Fort Worth", "Gulf of Mexico"). */
export const LOCATION_PREFIXES: readonly string[] = ['Mount', 'Mt', 'Lake', 'Fort', 'Ft', 'Port', 'Gulf', 'Cape', 'Isle', 'Strait', 'Sea', 'Bay', 'Lake', 'Camp', 'San', 'Santa', 'Los', 'Las', 'Saint', 'St', 'North', 'South', 'East', 'West', 'Upper', 'Lower'];

/** First word of "X of Y" place names ("Gulf of Mexico", "Republic of Macedonia", "Isle of Man"). */
export const LOCATION_OF_HEADS: readonly string[] = ['Palace', 'Gulf', 'Bay', 'Republic', 'Kingdom', 'Isle', 'Island', 'Islands', 'Strait', 'Sea', 'Cape', 'Lake', 'Province', 'State', 'District', 'City', 'Sultanate', 'Emirate', 'Principality', 'Duchy', 'Commonwealth'];

/** Lower-case nouns that, as an appositive head ("Baneh, a city in ..."), make a name a place. */
export const LOCATION_NOUNS: readonly string[] = [
  'city', 'town', 'village', 'capital', 'country', 'nation', 'state', 'province', 'region', 'county', 'district', 'island',
  'port', 'suburb', 'neighborhood', 'neighbourhood', 'area', 'community', 'municipality', 'hamlet', 'resort', 'enclave',
];

/** Prepositions after which an otherwise untyped name is most likely a place. */
export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'near', 'outside', 'across', 'throughout', 'around', 'toward', 'towards', 'into'];

/** Direction and setting words before a place ("in suburban X", "northern Y"); also read by the relation rules. */
export const PLACE_DIRECTIONS: readonly string[] = [
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast',
  'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'rural', 'suburban', 'downtown', 'coastal', 'upstate',
  'nearby', 'neighboring', 'neighbouring', 'extreme', 'far',
];

/** "in suburban", "near northern": every place preposition before every direction word. */
export const PLACE_DIRECTION_PHRASES: readonly string[] = PLACE_PREPOSITIONS.flatMap((p) => PLACE_DIRECTIONS.map((d) => `${p} ${d}`));

/** Words joined by a hyphen after a place name ("Redmond-based", "Ohio-born"): the name before them is a place. */
export const PLACE_COMPOUND_WORDS: readonly string[] = ['based', 'born', 'bred', 'raised', 'headquartered'];

/** Lower-case administrative words written after a place name that are part of it ("Isfahan province", "the Kursk region"). */
export const LOWER_PLACE_SUFFIXES: readonly string[] = ['province', 'region', 'prefecture', 'oblast', 'governorate', 'district', 'krai'];

/** Phrases before a constituency's name: the member or the seat it elects ("MP for Hollowmere", "the seat of X"). */
export const CONSTITUENCY_PHRASES: readonly string[] = [
  'mp for', 'mps for', 'msp for', 'mep for', 'member for', 'member of parliament for', 'seat of', 'constituency of', 'candidate in', 'elected for',
];

/** Phrases for a site right before "at" and a name: the name is where the site is ("a plant at X", "the base at X"). */
export const SITE_AT_PHRASES: readonly string[] = [
  'plant at', 'site at', 'facility at', 'facilities at', 'factory at', 'base at', 'mine at', 'reactor at', 'camp at',
  'complex at', 'refinery at', 'port at', 'airport at', 'airbase at', 'air base at', 'naval base at', 'border crossing at', 'crossing at',
];

/** Weaker place prepositions, trusted only before a one-word name ("from Hollister"). */
export const ORIGIN_PREPOSITIONS: readonly string[] = ['from'];

/** Country abbreviations worth matching (two-letter ISO codes are mostly ordinary words). */
export const COUNTRY_ACRONYMS: Readonly<Record<string, string>> = {
  US: 'United States', USA: 'United States', UK: 'United Kingdom', UAE: 'United Arab Emirates', PRC: 'China',
  DPRK: 'North Korea', ROK: 'South Korea', DRC: 'DR Congo', USSR: 'Soviet Union',
};

/** Everyday short names of countries that the country package's alternative spellings lack (it has "Great Britain"). */
export const COUNTRY_SHORT_NAMES: Readonly<Record<string, string>> = { Britain: 'United Kingdom' };

/** Demonyms of places the country package lacks (historic states, regions). */
export const EXTRA_DEMONYMS: Readonly<Record<string, string>> = { Yugoslav: 'Yugoslavia', Palestinian: 'Palestine', Kurdish: 'Kurdistan', Scottish: 'Scotland', Welsh: 'Wales' };

/** Short names of places that are the first word of the full name, not a demonym ("Soviet" for the Soviet Union). */
export const SHORT_PLACE_NAMES: Readonly<Record<string, string>> = { Soviet: 'Soviet Union' };

/** Nouns that, before "of", make the following name a place ("a suburb of Okolona", "north of Whitefish"). */
export const PLACE_OF_NOUNS: readonly string[] = [
  'suburb', 'suburbs', 'outskirts', 'hometown', 'native', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast',
  'southwest', 'city', 'town', 'village', 'republic', 'province', 'state', 'region', 'capital', 'county', 'district', 'island',
  'people', 'residents', 'resident', 'governor', 'mayor', 'coast', 'streets', 'center', 'heart', 'part', 'parts', 'rest',
  // Plural units before a list of places: "the London boroughs of A and B".
  'boroughs', 'borough', 'towns', 'cities', 'villages', 'counties', 'districts', 'provinces', 'regions', 'states',
];

/** Place names not in the country/city packages but common in news (historic states, regions). */
export const EXTRA_PLACES: readonly string[] = [
  'Soviet Union', 'Middle East', 'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Antarctica',
  'Western Europe', 'Eastern Europe', 'Central America', 'Southeast Asia', 'Central Asia', 'Persian Gulf', 'West Bank', 'Gaza',
  'Gaza Strip', 'Balkans', 'Caribbean', 'Scandinavia', 'Siberia', 'Kashmir', 'Kurdistan', 'Tibet', 'Chechnya', 'Crimea',
  'Yugoslavia', 'Czechoslovakia', 'West Germany', 'East Germany', 'England', 'Scotland', 'Wales',
  'Northern Ireland', 'Holland', 'Burma', 'Zaire', 'Rhodesia', 'Ceylon', 'Persia', 'Indochina', 'Mediterranean', 'Atlantic',
  'Pacific', 'Arctic', 'Sahara', 'Himalayas', 'Alps', 'Hollywood', 'Manhattan', 'Brooklyn', 'Queens', 'Bronx', 'Silicon Valley',
];

/** Word endings typical of place names, for one-word names with no other evidence. */
export const PLACE_NAME_ENDINGS: readonly string[] = [
  'ville', 'burg', 'burgh', 'borough', 'boro', 'town', 'ton', 'field', 'ford', 'port', 'mouth', 'chester', 'caster', 'shire',
  'land', 'stan', 'grad', 'pol', 'polis', 'abad', 'pur', 'heim', 'dorf', 'hausen', 'wood', 'dale', 'view', 'haven', 'berg', 'sk',
];

/** Words that qualify a region ("Mainland China", "Greater London", "Central Europe"): with them a name stays a place. */
export const REGION_QUALIFIERS: readonly string[] = [
  'Mainland', 'Greater', 'Central', 'Rural', 'Inner', 'Outer', 'Upper', 'Lower', 'Coastal', 'Continental', 'Metropolitan',
  'Old', 'New', 'Little', 'Great', 'Deep', 'Far', 'Near', 'Middle', 'Mid', 'Southeast', 'Southwest', 'Northeast', 'Northwest',
  // The same in other languages ("Alto Paraná", "Baja Verapaz", "Haute-Savoie", "Oberbayern" is one word).
  'Alto', 'Alta', 'Bajo', 'Baja', 'Haut', 'Haute', 'Bas', 'Basse', 'Gran', 'Nueva', 'Nuevo', 'Nova', 'Novo', 'Ober', 'Nieder',
];

/** Water words that follow a country or region in the name of a sea passage ("Mozambique Channel", "Bristol Channel"):
 * after a place they make one place, though "Channel" alone also ends broadcasters' names. */
export const WATER_AFTER_PLACE: readonly string[] = ['Channel', 'Strait', 'Straits', 'Sound', 'Passage', 'Narrows'];

/** Lower-case nouns right after a name that make it a place ("the Mekong delta", "Colombia's Vaupes department"). */
export const PLACE_NOUNS_AFTER: readonly string[] = [
  'rainforest', 'jungle', 'basin', 'delta', 'estuary', 'watershed', 'river', 'valley', 'plateau', 'highlands', 'lowlands',
  'peninsula', 'archipelago', 'coastline', 'region', 'province', 'department', 'district', 'prefecture', 'governorate', 'oblast',
  'municipality', 'canton', 'krai', 'state', 'county', 'city', 'town', 'village', 'island',
];

/** Nouns after a constituency's name: "the Kessing North seat", "his Hollowmere constituency". */
export const CONSTITUENCY_NOUNS: readonly string[] = ['seat', 'constituency'];

/** Words before "in the X" that make X a publication, market or workplace rather than a region ("wrote in the X"). */
export const NOT_REGION_BEFORE: readonly string[] = [
  'wrote', 'written', 'writing', 'published', 'appeared', 'quoted', 'said', 'told', 'interview', 'article', 'column', 'editorial',
  'op-ed', 'report', 'reported', 'letter', 'ad', 'advertisement', 'stake', 'shares', 'invest', 'invested', 'investment', 'work',
  'worked', 'works', 'working', 'job', 'jobs', 'career', 'role', 'post', 'seat', 'vote', 'voted', 'debate', 'speech',
];
