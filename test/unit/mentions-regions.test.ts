// Regions and places named with a lower-case unit word, national bodies of a country, one-word compound
// organization names, an agency after a dateline, and a heading word shared by two body names.
import { mentionsOf, namesOf } from './mentions-helpers';

const ruleOf = (text: string, name: string): string | undefined => mentionsOf(text).find((m) => m.text === name)?.rule;

describe('findMentions: a lower-case unit word after a place is a surface form, not the name', () => {
  test.each([
    ['Rebels held the Hodan district of Somalia.', 'Location:Hodan'],
    ['Floods hit the Kursk region on Monday.', 'Location:Kursk'],
    // Must not fire: a capitalized unit word is part of the name.
    ['Rebels held the Hodan District on Monday.', 'Location:Hodan District'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test('the written form with its unit word is kept as a further surface form', () => {
    expect(mentionsOf('Rebels held the Hodan district of Somalia.').find((m) => m.text === 'Hodan')?.qualifiedForm).toBe('Hodan district');
  });
});

describe('findMentions: place-noun-after and region-after-in-the', () => {
  test.each([
    ['Fires spread across the Xingu basin last year.', 'Location:Xingu'],
    ["Farmers in Colombia's Vaupes department protested.", 'Location:Vaupes'],
    ['Drought hit farms in the Karoo.', 'Location:Karoo'],
    ["Gunmen attacked a village in Nigeria's Borno state on Sunday.", 'Location:Borno'],
    // Must not fire: an organization word closes the name before the lower-case noun.
    ['Analysts at the Brixton Capital research department said prices rose.', 'Organization:Brixton Capital'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test.each([
    // Must not fire: writing before "in the X" makes X a publication; a noun after X makes X a modifier.
    ['She wrote in the Clarion that prices would rise.', 'Clarion'],
    ['He bought a lamp in the Halvex store on Friday.', 'Halvex'],
  ])('%s: no region rule for %s', (text, name) => {
    expect(ruleOf(text, name)).not.toBe('region-after-in-the');
  });
});

describe('findMentions: a national authority or commission of a country keeps it', () => {
  test.each([
    ['Regulators at the Monetary Authority of Singapore fined the bank.', 'Organization:Monetary Authority of Singapore'],
    ['The Election Commission of India set a date.', 'Organization:Election Commission of India'],
    // Must not fire: a court of a country is that country's branch.
    ['The Supreme Court of Canada ruled.', 'Location:Canada'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: org-compound-ending', () => {
  test.each([
    ['Visitors crowded the Nationalmuseum on Sunday.', 'Organization:Nationalmuseum'],
    ['Trains run by the Bundesbahn were late.', 'Organization:Bundesbahn'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test.each([
    // Must not fire: an English surname ending in a bank word, or an all-capitals word.
    ['Fairbank said he would run.', 'Organization:Fairbank'],
    ['Prices at STADTMUSEUM rose.', 'Person:STADTMUSEUM'],
  ])('%s ↛ %s', (text, absent) => {
    expect(namesOf(text)).not.toContain(absent);
  });
});

describe('findMentions: employer after a scholar and a surname that is also a city', () => {
  test.each([
    ['Ana Ruiz, a historian at Brightwater, said so.', 'Organization:Brightwater'],
    ['Wilmer Cárdenas, a trader, was held. Cárdenas denies the charge.', 'Person:Cárdenas'],
    // Must not fire: a city alone, with no person of that surname, stays a city.
    ['A trader was held in Cárdenas on Monday.', 'Location:Cárdenas'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: dateline agency opening a sentence', () => {
  test('an agency in parentheses before a dash, after a state abbreviation, is the agency', () => {
    expect(namesOf('FLINT, Mich. (Lakeside Wire) - A man was hurt on Sunday.')).toContain('Organization:Lakeside Wire');
  });

  test('must not fire: a parenthesized speaker label with no dash', () => {
    expect(namesOf('(Carver) Do you think so?')).not.toContain('Organization:Carver');
  });
});

describe('findMentions: a heading name shared by two body names is their common noun', () => {
  test('two coast guards in the body: the heading "Coast Guard" is no third actor', () => {
    const text = 'Coast Guard Drills Expand\n\nThe Philippine Coast Guard and the Japan Coast Guard trained together on Monday.';
    expect(namesOf(text)).not.toContain('Organization:Coast Guard');
  });

  test('must not fire: one coast guard in the body, the heading names it', () => {
    const text = 'Coast Guard Rescues Fisherman\n\nThe U.S. Coast Guard rescued a man on Monday.';
    expect(namesOf(text)).toContain('Organization:Coast Guard');
  });
});

describe('findMentions: organization words of other languages (org-opener-word, foreign org heads)', () => {
  test.each([
    ['Shares in Grupo Tarrasca fell on Monday.', 'Organization:Grupo Tarrasca'],
    ['She studied at the Universidad de Valdoria.', 'Organization:Universidad de Valdoria'],
    ['Analysts said Holzmann Beteiligungen would sell.', 'Organization:Holzmann Beteiligungen'],
    ['The Bremen-based Lindqvist Fracht was sold.', 'Organization:Lindqvist Fracht'],
    ['Officials at the Banco Central do Brasil said rates would rise.', 'Organization:Banco Central do Brasil'],
    // Must not fire: the word inside a person's name, after a given name.
    ['Ines Banco said she would run.', 'Person:Ines Banco'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: national parliaments named in their own language are organizations', () => {
  test.each([
    ['Lawmakers in the Knesset voted on Monday.', 'Organization:Knesset'],
    ['Deputies in the Sejm approved the budget.', 'Organization:Sejm'],
    // Must not fire: a region after "in the" stays a region.
    ['Fighting in the Karoo continued.', 'Location:Karoo'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: armed groups named by their members or leaders', () => {
  test.each([
    ['Troops clashed with Jaysh Tahrir fighters near the border.', 'Organization:Jaysh Tahrir'],
    ['Omar Haddad, the leader of Liwa al-Fath, spoke on Monday.', 'Organization:Liwa al-Fath'],
    ['Officers of the Guardia Civil arrested two men.', 'Organization:Guardia Civil'],
    ['Petróleos de Venezuela cut output.', 'Organization:Petróleos de Venezuela'],
    // Must not fire: a person's kin "of" a person, and a place compromise knows after "the leader of".
    ['She is the daughter of Omar Farouk.', 'Person:Omar Farouk'],
    ['He was the leader of Kerala.', 'Location:Kerala'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test.each([
    // Must not fire: a people after "the leader of", a region before "militants".
    ['He met the leader of the Bosnian Serbs.', 'Organization:Bosnian Serbs'],
    ['Police arrested 10 Basque militants.', 'Organization:Basque'],
  ])('%s ↛ %s', (text, absent) => {
    expect(namesOf(text)).not.toContain(absent);
  });
});

describe('findMentions: organization words of another language at a sentence start', () => {
  test.each([
    ['Grupo Tarrasca cut output.', 'Organization:Grupo Tarrasca'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: the first word after a dateline opens the sentence', () => {
  test.each([
    ['WASHINGTON (Empire Wire) - Lawmakers met on Monday.', 'Person:Lawmakers'],
    ['ALBANY, N.Y. (Empire Wire) - Jurors met on Monday.', 'Person:Jurors'],
    ['DAYTON - Jurors met on Monday.', 'Person:Jurors'],
  ])('%s ↛ %s', (text, absent) => {
    expect(namesOf(text)).not.toContain(absent);
  });

  test('must not fire: a name after the dateline stays a name', () => {
    expect(namesOf('LONDON (Harbor Wire) - Keir Starmer met Olaf Scholz.')).toEqual(['Location:LONDON', 'Organization:Harbor Wire', 'Person:Keir Starmer', 'Person:Olaf Scholz']);
  });
});

describe('findMentions: places named in British and wire news', () => {
  test.each([
    // A place qualified by a county shape ("-shire", a compass word and a name) after a comma.
    ['The crash at Brenfield, Wexshire, killed four.', 'Location:Brenfield'],
    ['Tom Aske, 51, from Dunmere Cross, North Loamshire, died.', 'Location:Dunmere Cross'],
    // Electoral districts: after "MP for", before "seat", even when the name opens with a given name.
    ['Ian Moyle, MP for Ashcombe in Kent, resigned.', 'Location:Ashcombe'],
    ['He held the Gordon East seat for years.', 'Location:Gordon East'],
    // Plural units of places before a list: both places.
    ['The London boroughs of Ashgrove and Pellmoor objected.', 'Location:Ashgrove'],
    ['The London boroughs of Ashgrove and Pellmoor objected.', 'Location:Pellmoor'],
    // A faith adjective before a known place is not part of it; a compass word is.
    ['Plans to reopen Protestant Belfast churches were announced.', 'Location:Belfast'],
    ['Talks were held in East Berlin.', 'Location:East Berlin'],
    // A short name derived from a country's formal name (world-countries writes "Türkiye").
    ['Talks on Turkey joining the bloc resumed.', 'Location:Turkey'],
    // One word in brackets after a place is another name of it.
    ['Consulates in Multan and Kolkata (Calcutta) reopened.', 'Location:Calcutta'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test('a country named by the last part of its formal name is that country', () => {
    expect(mentionsOf('America needed to listen, he said.')[0]?.canonical).toBe('United States');
  });
});
