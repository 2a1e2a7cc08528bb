// Well-known organizations with their acronyms: the gazetteer part that no data package covers.
// General knowledge only (international bodies, major agencies and wire services).

export interface KnownOrganization {
  name: string;
  acronyms: string[];
}

export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  { name: 'United Nations', acronyms: ['UN'] },
  { name: 'European Union', acronyms: ['EU'] },
  { name: 'North Atlantic Treaty Organization', acronyms: ['NATO'] },
  { name: 'World Health Organization', acronyms: ['WHO'] },
  { name: 'International Monetary Fund', acronyms: ['IMF'] },
  { name: 'World Bank', acronyms: [] },
  { name: 'World Trade Organization', acronyms: ['WTO'] },
  { name: 'International Atomic Energy Agency', acronyms: ['IAEA'] },
  { name: 'Organization of Petroleum Exporting Countries', acronyms: ['OPEC'] },
  { name: 'Federal Bureau of Investigation', acronyms: ['FBI'] },
  { name: 'Central Intelligence Agency', acronyms: ['CIA'] },
  { name: 'National Aeronautics and Space Administration', acronyms: ['NASA'] },
  { name: 'Environmental Protection Agency', acronyms: ['EPA'] },
  { name: 'Food and Drug Administration', acronyms: ['FDA'] },
  { name: 'Internal Revenue Service', acronyms: ['IRS'] },
  { name: 'Pentagon', acronyms: [] },
  { name: 'Kremlin', acronyms: [] },
  { name: 'Vatican', acronyms: [] },
  { name: 'Associated Press', acronyms: ['AP'] },
  { name: 'Agence France-Presse', acronyms: ['AFP'] },
  { name: 'Reuters', acronyms: [] },
  { name: 'British Broadcasting Corporation', acronyms: ['BBC'] },
  { name: 'Cable News Network', acronyms: ['CNN'] },
  { name: 'Red Cross', acronyms: [] },
  { name: 'Amnesty International', acronyms: [] },
  { name: 'Palestine Liberation Organization', acronyms: ['PLO'] },
  { name: 'African Union', acronyms: ['AU'] },
  { name: 'European Economic Community', acronyms: ['EEC', 'Common Market'] },
  { name: 'Group of Seven', acronyms: ['G7'] },
  { name: 'Group of Eight', acronyms: ['G8'] },
  { name: 'Group of Twenty', acronyms: ['G20'] },
  { name: 'Supreme Court', acronyms: [] },
  { name: 'White House', acronyms: [] },
  { name: 'Congress', acronyms: [] },
  { name: 'Senate', acronyms: [] },
  { name: 'Treasury', acronyms: [] },
  { name: 'Parliament', acronyms: [] },
  { name: 'Navy', acronyms: [] },
  { name: 'Army', acronyms: [] },
  { name: 'Air Force', acronyms: [] },
  { name: 'Marines', acronyms: [] },
  { name: 'Coast Guard', acronyms: [] },
  { name: 'National Guard', acronyms: [] },
  { name: 'Cabinet', acronyms: [] },
  // National parliaments named in their own language: "lawmakers in the Knesset" is a body, not a region.
  ...['Knesset', 'Bundesrat', 'Sejm', 'Riksdag', 'Storting', 'Folketing', 'Eduskunta', 'Majlis', 'Lok Sabha', 'Rajya Sabha', 'Verkhovna Rada', 'Oireachtas', 'Althing', 'Seimas', 'Saeima', 'Riigikogu', 'Sabor'].map(
    (name) => ({ name, acronyms: [] }),
  ),
];
