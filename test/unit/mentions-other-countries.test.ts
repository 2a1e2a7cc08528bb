// Names of other countries' bodies and places, and words that are no actors: storms and indefinite pronouns; fields after "of ... and"; German
// office compounds; "-based" firms; hyphened names at a sentence start; elided articles; bracketed
// own-language names; a titled person's surname over a country of the same spelling.
import { mentionsOf, namesOf } from './mentions-helpers';

describe('findMentions: not actors', () => {
  test.each([
    ['Hurricane Milton flooded the coast of Florida.', ['Location:Florida']],
    ['Rescuers reached the town after Typhoon Haiyan passed.', []],
    ['"Nobody warned us," the farmer said.', []],
    ['Everyone in Oslo knew the result.', ['Location:Oslo']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });

  test('a surname that only follows a storm word is still a name', () => {
    expect(namesOf('Mayor Tom Storm visited the site.')).toContain('Person:Tom Storm');
  });
});

describe('findMentions: boundaries', () => {
  test.each([
    ['Members of the Lagos Chamber of Commerce and Industry met on Monday.', 'Organization:Lagos Chamber of Commerce and Industry'],
    ['The Ministry of Trade and Industry issued a ruling.', 'Organization:Ministry of Trade and Industry'],
    ['Nigeria signed the deal with Ghana.', 'Location:Ghana'],
    ['Exports from Côte d\'Ivoire rose in May.', "Location:Côte d'Ivoire"],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test('"and" before a name that is no field word still splits two names', () => {
    const names = namesOf('The Bank of Ghana and Barclays agreed on the loan.');
    expect(names).toContain('Organization:Bank of Ghana');
    expect(names.some((n) => n.includes('and Barclays'))).toBe(false);
  });

  test('a hyphened surname opening a sentence is kept whole', () => {
    const names = namesOf('Trade minister Yaw Mensah-Bonsu spoke in Accra. Mensah-Bonsu later left for Lome.');
    expect(names).toContain('Person:Mensah-Bonsu');
    expect(names).not.toContain('Person:Bonsu');
  });
});

describe('findMentions: typing', () => {
  test.each([
    ['A rival offer by Lyon-based Corvanta was rejected.', 'Organization:Corvanta'],
    ['A Lyon-based lawyer, Marc Dupuis, objected.', 'Person:Marc Dupuis'],
    ['The Landtag voted against the plan.', 'Organization:Landtag'],
    ['The Canadian Writers Guild said it would appeal.', 'Organization:Canadian Writers Guild'],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test('one word in brackets after an organization is its other name', () => {
    const ms = mentionsOf('The Federal Network Agency (Bundesnetzagentur) approved the merger.');
    const short = ms.find((m) => m.text === 'Bundesnetzagentur');
    expect(short?.type).toBe('Organization');
    expect(short?.sameAs).toBeDefined();
  });

  test('one word in brackets after a person is no alias', () => {
    const ms = mentionsOf('The motion was tabled by Anna Berg (Labour) on Monday.');
    expect(ms.find((m) => m.text === 'Labour')?.sameAs).toBeUndefined();
  });

  test.each([
    ['Police Chief Maria Jordan said overtime rose. Critics accused Jordan of hiding the figures.', 'Person'],
    ['The minister flew to Jordan on Monday.', 'Location'],
  ])('%s', (text, type) => {
    const ms = mentionsOf(text).filter((m) => m.text === 'Jordan');
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) expect(m.type).toBe(type);
  });
});

describe('findMentions: groups, partners, foreign words', () => {
  test.each([
    ['Volunteers from Reporters Sans Frontières arrived in Lagos.', 'Organization:Reporters Sans Frontières'],
    ['Shares of Aegir Crest Shipping fell. Aegir Crest said it would appeal.', 'Organization:Aegir Crest'],
    ['Talks with the Tamil movement resumed. The Tamils, who control the north, agreed.', 'Organization:Tamils'],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test('a two-word name with such a word is left to the person rules', () => {
    expect(namesOf('The meeting was chaired by Hans Ohne.')).toContain('Person:Hans Ohne');
  });

  test('a partner\'s surname in a firm named with "&" stays the partner\'s', () => {
    const names = namesOf('Raul Ibarra founded Ibarra & Stone Roofing in 2009. Ibarra, 51, was found in Fresno.');
    expect(names).toContain('Person:Ibarra');
    expect(names).not.toContain('Organization:Ibarra');
  });

  test('"the X movement, formally known as Y": Y is the group\'s other name', () => {
    const ms = mentionsOf('Later the Mansur movement, formally known as Ansar Fath, agreed.');
    const alias = ms.find((m) => m.text === 'Ansar Fath');
    expect(alias?.type).toBe('Organization');
    expect(alias?.sameAs).toBeDefined();
  });

  test('a plural of no organization named in the article is no group', () => {
    expect(namesOf('The Smiths, who live in Leeds, said nothing.')).not.toContain('Organization:Smiths');
  });
});

describe('findMentions: roles and alias strength', () => {
  test('"<Place> County Sheriff X": the county is a place, the sheriff a person with the role', () => {
    const ms = mentionsOf('Lincoln County Sheriff Dana Whitcomb said the road was closed.');
    expect(ms.find((m) => m.text === 'Lincoln County')?.type).toBe('Location');
    const person = ms.find((m) => m.text === 'Dana Whitcomb');
    expect(person?.type).toBe('Person');
    expect(person?.role).toBe('Lincoln County Sheriff');
  });

  test('a sheriff\'s office stays one organization', () => {
    expect(namesOf('The Sheriff\'s Office in Tulsa declined to comment.')).not.toContain('Person:Office');
  });

  test('a bracketed short name keeps its organization type against a weak place reading later', () => {
    const text = 'She teaches at the University of Port Harcourt (Uniport) in Nigeria. The lab is part of Uniport.';
    const types = mentionsOf(text).filter((m) => m.text === 'Uniport').map((m) => m.type);
    expect(types).toEqual(['Organization', 'Organization']);
  });
});

describe('findMentions: places and foreign bodies', () => {
  test.each([
    ['The river floods Alto Paraguay every year.', 'Location:Alto Paraguay'],
    ['Ships waited in the Mozambique Channel for days.', 'Location:Mozambique Channel'],
    ['The loan came from Caixa Geral de Depósitos last year.', 'Organization:Caixa Geral de Depósitos'],
    ['Le Journal de Montréal reported the sale.', 'Organization:Journal de Montréal'],
    ['The Lagos Chamber of Commerce and Industry and the Nigerian Bar Association objected.', 'Organization:Lagos Chamber of Commerce and Industry'],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test.each([
    ['Maria de Souza spoke in Rio.', 'Person:Maria de Souza'],
    ['Viewers of the Discovery Channel complained.', 'Organization:Discovery Channel'],
  ])('must not become a place or organization wrongly: %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test('a qualifier before a word that is no place makes no place', () => {
    expect(namesOf('The New Labour project ended.')).not.toContain('Location:New Labour');
  });
});

describe('findMentions: demonym before an "of" body, plural staff, German compounds', () => {
  test.each([
    ['The Canadian Union of Public Employees protested.', 'Organization:Canadian Union of Public Employees'],
    ['Analysts at Corvexa said the market fell.', 'Organization:Corvexa'],
    ['The deal was approved by the Bundesnetzagentur on Friday.', 'Organization:Bundesnetzagentur'],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test('a demonym before a title is still split off', () => {
    expect(namesOf('Canadian Prime Minister Anne Leduc spoke.')).toEqual(['Person:Anne Leduc']);
  });
});

describe('findMentions: a state named like a national capital', () => {
  test.each([
    ['SPOKANE, Wash. - The mayor spoke.', 'Location:Washington State'],
    ['Farmers in Washington State harvested apples.', 'Location:Washington State'],
    ['Officials in Washington imposed tariffs.', 'Location:Washington'],
    ['SALEM, Ore. - The governor spoke.', 'Location:Oregon'],
  ])('%s', (text, expected) => {
    const ms = mentionsOf(text).filter((m) => m.type === 'Location');
    expect(ms.map((m) => `Location:${m.canonical ?? m.text}`)).toContain(expected);
  });
});
