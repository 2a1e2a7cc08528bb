// Titles and honorifics written before a name. They are kept as the mention's role, never as
// part of the name. `inForm` marks courtesy titles that are conventionally written as part of
// the name ("Mr. Vee", "President Kennedy"): when such a title opens the role, the mention's
// surface form keeps it (see Mention.surface). Multi-word titles are matched longest first.
// Dotted abbreviations are listed without the dot; the matcher ignores a trailing dot.

export interface TitleEntry {
  text: string;
  kind: 'honorific' | 'office' | 'rank' | 'religious';
  inForm?: boolean;
}

const honorifics = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Madame', 'Mme', 'Mister', 'Messrs'];
const religious = ['Ayatollah', 'Imam', 'Sheikh', 'Sheik', 'Rev', 'Reverend', 'Father', 'Pope', 'Cardinal', 'Bishop', 'Archbishop', 'Rabbi', 'Mullah', 'Grand Ayatollah', 'Martyr', 'Saint'];
const ranks = [
  'Gen', 'General', 'Lt', 'Lieut', 'Lieutenant', 'Col', 'Colonel', 'Maj', 'Major', 'Capt', 'Captain', 'Cmdr', 'Commander',
  'Adm', 'Admiral', 'Sgt', 'Sergeant', 'Cpl', 'Corporal', 'Pvt', 'Private', 'Brig', 'Brigadier', 'Marshal', 'Field Marshal',
  'Lt Gen', 'Lt Col', 'Maj Gen', 'Brig Gen', 'Rear Adm', 'Vice Adm', 'Officer', 'Detective', 'Inspector', 'Constable', 'Chief',
];
const offices = [
  'President', 'Vice President', 'President-elect', 'Vice President-elect', 'Prime Minister', 'Deputy Prime Minister', 'Premier',
  'Chancellor', 'Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Interior Minister', 'Finance Minister',
  'Deputy Foreign Minister', 'Justice Minister', 'Health Minister', 'Oil Minister', 'Trade Minister',
  'Secretary', 'Secretary of State', 'Secretary-General', 'Secretary General', 'Defense Secretary', 'Defence Secretary',
  'Treasury Secretary', 'Home Secretary', 'Foreign Secretary', 'Attorney General', 'Solicitor General', 'Surgeon General',
  'Sen', 'Senator', 'Rep', 'Representative', 'Congressman', 'Congresswoman', 'Gov', 'Governor', 'Lt Gov', 'Mayor',
  'Judge', 'Justice', 'Chief Justice', 'Magistrate', 'Prosecutor', 'Ambassador', 'Envoy', 'Special Envoy', 'Consul',
  'Chairman', 'Chairwoman', 'Chair', 'Speaker', 'Commissioner', 'Director', 'Spokesman', 'Spokeswoman',
  'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress', 'Sultan', 'Emir', 'Crown Prince', 'Duke', 'Duchess',
  'Supreme Leader', 'Leader', 'National Security Adviser', 'National Security Advisor', 'MP', 'Assemblyman', 'Alderman',
  'Foreign', 'Finance', 'Interior', 'Prime', 'Vice', 'Deputy', 'Administrator', 'Academician', 'Attorney', 'US Attorney',
  'Dean', 'Professor', 'Prof', 'Coach', 'CEO', 'Chief Executive', 'Democrat', 'Republican',
  'Chancellor of the Exchequer', 'District Judge', 'District Attorney', 'Circuit Judge', 'Magistrate Judge', 'Bankruptcy Judge',
  'Treasurer', 'State Treasurer', 'Comptroller', 'Auditor General', 'State Auditor', 'Registrar',
  'Vice Premier', 'Vice Chairman', 'Vice Chancellor', 'State Councilor', 'State Councillor',
  'Sheriff', 'Undersheriff', 'Councilman', 'Councilwoman', 'Councillor', 'Councilmember',
];
const inForm = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Madame', 'Mme', 'Rev', 'Pope', 'Gen', 'Sgt', 'Officer', 'President', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress', 'Sultan', 'Father']);

const entries = (kind: TitleEntry['kind'], list: string[]): TitleEntry[] =>
  list.map((text) => (inForm.has(text) ? { text, kind, inForm: true } : { text, kind }));

export const TITLES: readonly TitleEntry[] = [
  ...entries('honorific', honorifics),
  ...entries('religious', religious),
  ...entries('rank', ranks),
  ...entries('office', offices),
];

/** Organization words that also qualify a title ("Press Secretary", "Communications Director"): before a title they do not
 * end an employer's name ("White House Press Secretary X" is no "White House Press"). */
export const TITLE_QUALIFYING_HEADS: readonly string[] = ['Press', 'News', 'Media', 'Communications', 'Service', 'Services', 'Program', 'Project'];

/** Words that may qualify a title inside a role ("Deputy", "Acting", "Former"). */
export const TITLE_MODIFIERS: readonly string[] = ['Deputy', 'Acting', 'Former', 'Assistant', 'Associate', 'Interim', 'Senior', 'Chief', 'Vice', 'First', 'Lady'];
