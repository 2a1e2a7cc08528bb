// National offices written as a title without their country ("Prime Minister X", "Foreign
// Secretary X") and the countries that have them. World knowledge, not names from any text: a
// monarchy has no president, a presidential republic no prime minister, and a few titles are
// one country's own ("Foreign Secretary", "Chancellor of the Exchequer"). Countries by ISO code.

/** Monarchies (no national president). */
const MONARCHIES = ['GB', 'ES', 'NL', 'BE', 'LU', 'DK', 'SE', 'NO', 'JP', 'TH', 'KH', 'MY', 'BN', 'BT', 'SA', 'JO', 'MA', 'KW', 'QA', 'BH', 'OM', 'CA', 'AU', 'NZ', 'JM', 'MC', 'LI', 'AD', 'TO', 'SZ', 'LS'];
/** Republics whose head of government is not called prime minister. */
const NO_PRIME_MINISTER = ['US', 'MX', 'BR', 'AR', 'CL', 'CO', 'ID', 'PH', 'NG', 'ZA', 'IR', 'DE', 'AT', 'CH', 'AF'];
/** Departments of British cabinet titles ("Foreign Secretary", "Home Secretary"). */
const UK_SECRETARIES = ['foreign', 'home', 'defence', 'health', 'education', 'culture', 'trade', 'transport', 'environment', 'cabinet', 'northern ireland', 'work and pensions', 'international development', 'energy', 'business', 'justice', 'scotland', 'wales', 'treasury'];

export interface OfficeRow {
  /** The title's last words, lower-case ("prime minister", "secretary"). */
  office: string;
  /** Only these countries have it, or every country but these. */
  only?: readonly string[];
  not?: readonly string[];
}

/** Matched against the end of a title; the longest office that matches wins. */
export const NATIONAL_OFFICES: readonly OfficeRow[] = [
  { office: 'chancellor of the exchequer', only: ['GB'] },
  { office: 'secretary of state', only: ['US', 'GB'] },
  { office: 'high commissioner', only: ['GB', 'CA', 'AU', 'NZ', 'IN', 'ZA'] },
  { office: 'prime minister', not: NO_PRIME_MINISTER },
  { office: 'vice president', not: MONARCHIES },
  { office: 'vice-president', not: MONARCHIES },
  { office: 'president', not: MONARCHIES },
  { office: 'premier', not: NO_PRIME_MINISTER },
  { office: 'chancellor', only: ['DE', 'AT', 'GB'] },
  { office: 'minister' },
  ...UK_SECRETARIES.map((d) => ({ office: `${d} secretary`, only: ['GB'] })),
  { office: 'senator', not: ['GB'] },
  { office: 'ambassador' },
  { office: 'attache' },
  { office: 'king', only: MONARCHIES },
  { office: 'queen', only: MONARCHIES },
];
