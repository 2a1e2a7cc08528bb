// Business-news context words that type a name as an organization: the nouns, phrases and
// verbs around company names ("shares in X", "X's chief executive", "carmaker X", "bought X").
// General English only; no company names.

/** Nouns for a business right before its name ("carmaker Nissan", "US giant X", "media watchdog X"). */
export const BUSINESS_NOUNS: readonly string[] = [
  'giant', 'carmaker', 'automaker', 'insurer', 'reinsurer', 'broker', 'lender', 'brewer', 'distiller', 'winemaker',
  'regulator', 'watchdog', 'label', 'studio', 'outfit', 'operator', 'supermarket', 'grocer', 'chipmaker', 'drugmaker',
  'steelmaker', 'supplier', 'provider', 'distributor', 'wholesaler', 'exporter', 'importer', 'refiner',
  'miner', 'utility', 'telecom', 'telco', 'division', 'affiliate', 'franchise', 'multinational', 'corporation',
  'brokerage', 'bookseller',
];

/** Last words of company names that name the trade ("Carrow Freight", "Nippon Steel", "Halden Haulage"): they make a
 * name an organization, and a country before them is part of the company's name, not a place of its own. */
export const COMPANY_HEADS: readonly string[] = [
  'Freight', 'Haulage', 'Trucking', 'Transport', 'Rail', 'Shipping', 'Logistics', 'Storage', 'Steel', 'Motors', 'Airlines', 'Airways',
  'Oil', 'Petroleum', 'Gas', 'Energy', 'Power', 'Electric', 'Telecom', 'Telecoms', 'Mining', 'Chemicals', 'Pharmaceuticals',
  'Foods', 'Brewing', 'Brewery', 'Breweries', 'Construction', 'Engineering', 'Electronics', 'Software', 'Semiconductor',
  'Textiles', 'Aluminum', 'Aluminium', 'Cement', 'Shipbuilding', 'Shipyards', 'Automotive', 'Aerospace', 'Logistic', 'Haulers',
  'Research', 'Securities', 'Insurance', 'Capital', 'Holdings', 'Industries', 'Enterprises', 'Ventures', 'Investments', 'Tech',
  'Financial', 'Bancshares', 'Bancorporation', 'Properties', 'Realty', 'Resources', 'Technologies', 'Communications', 'Systems',
];

/** Plural professions right before a name: the name is the firm ("auditors X", "administrators X"). */
export const FIRM_PLURALS: readonly string[] = [
  'auditors', 'administrators', 'accountants', 'brokers', 'stockbrokers', 'bankers', 'consultants', 'solicitors',
  'receivers', 'liquidators', 'underwriters', 'insurers',
];

/** Nouns after a possessive name that only a business has ("X's chief executive", "X's shareholders"). */
export const OWNED_BY_BUSINESS: readonly string[] = [
  'chief executive', 'chief executive officer', 'chief operating officer', 'chief financial officer', 'finance director',
  'managing director', 'parent company', 'parent', 'share price', 'market value', 'market share', 'shares', 'shareholders',
  'shareholder', 'stock', 'board', 'chairman', 'chairwoman', 'subsidiary', 'subsidiaries', 'headquarters', 'workforce',
  'profits', 'profit', 'revenue', 'revenues', 'turnover', 'sales', 'earnings', 'overheads', 'brands', 'products',
  'takeover', 'merger', 'operations', 'factories', 'plants', 'stores', 'customers', 'subscribers', 'rivals', 'artists',
  'executives', 'bosses', 'directors', 'unit', 'division', 'offices', 'debt', 'losses',
];

/** Nouns right after a name that make it an employer or a listed company ("Renault chief executive", "Pernod shares"). */
export const BUSINESS_NOUNS_AFTER: readonly string[] = [
  'chief executive', 'chief executive officer', 'chief operating officer', 'finance director', 'managing director',
  'boss', 'bosses', 'chief', 'chiefs', 'head', 'founder', 'shares', 'shareholders', 'stock', 'investors', 'executives',
  'chairman', 'chairwoman', 'board', 'spokesman', 'spokeswoman', 'headquarters', 'subsidiary', 'unit', 'division',
  'employee', 'employees', 'president',
];

/** Words (and phrases) right before a name that make it a company ("shares in X", "a stake in X", "bought X"). */
export const BUSINESS_PHRASES_BEFORE: readonly string[] = [
  'shares in', 'shares of', 'stake in', 'stakes in', 'holding in', 'shareholders in', 'shareholders of', 'shareholder in',
  'investors in', 'takeover of', 'takeover by', 'takeover for', 'acquisition of', 'acquisition by', 'purchase of',
  'buyout of', 'buyout by', 'bid for', 'offer for', 'merger with', 'merging with', 'merged with', 'merge with',
  'subsidiary of', 'unit of', 'division of', 'arm of', 'chief executive of', 'chief executive officer of',
  'chief operating officer of', 'chairman of', 'chairwoman of', 'board of', 'spun off from', 'renamed', 'profits at',
  'job cuts at', 'workers at', 'market leader', 'industry leader',
];

/** Verbs of buying right before a name: the name bought is most often a company ("bought X", "acquired by X"). */
export const ACQUISITION_VERBS: readonly string[] = [
  'bought', 'buy', 'buys', 'buying', 'acquired', 'acquire', 'acquires', 'acquiring', 'taken over by', 'bought by',
  'acquired by', 'take over', 'took over', 'taking over', 'buy back', 'buying back', 'bought back', 'owned by',
  'majority owned by', 'wholly owned by', 'controlled by',
];

/** Verbs after "X was ..." or "X, ..." that only an organization takes as its own founding ("X was founded in"). */
export const FOUNDING_VERBS: readonly string[] = ['based', 'headquartered', 'founded', 'established', 'incorporated', 'floated', 'privatised', 'privatized', 'nationalised', 'nationalized', 'renamed', 'delisted'];
