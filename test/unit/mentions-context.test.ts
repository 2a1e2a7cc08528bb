// Context rules that type names with no gazetteer entry, and places written with a comma.
import { mentionsOf, namesOf } from './mentions-helpers';

describe('findMentions: context typing', () => {
  test.each([
    ['Greenbrook, a town in Ohio, flooded.', 'Location:Greenbrook'],
    ['Talia Verhoeven, a senior fellow at the Institute for Urban Studies, disagreed.', 'Person:Talia Verhoeven'],
    ['Voters in Tralee cast ballots early.', 'Location:Tralee'],
    ['The storm hit Cobbleton, Neb., on Sunday.', 'Location:Cobbleton'],
    ['Brannock, 64, was released on Tuesday.', 'Person:Brannock'],
    ['Officials met groups like Zorvan in the north.', 'Organization:Zorvan'],
    ['Kestrel Dynamics Inc. of Pittsburgh announced layoffs.', 'Location:Pittsburgh'],
    ['A spokeswoman for Halvorsen Shipping said nothing.', 'Organization:Halvorsen Shipping'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test('an economist introduced with a country is not a place', () => {
    expect(namesOf('Steve Marlow, US chief economist at a bank, agreed.')).toContain('Person:Steve Marlow');
  });

  test('a city written with a comma is one place', () => {
    const ms = mentionsOf('The agency is based in Washington, D.C., officials said.');
    expect(ms.map((m) => m.text)).toContain('Washington, D.C.');
  });

  test('a leader before "administration" is a person', () => {
    expect(namesOf('Critics of the Obama administration spoke.')).toEqual(['Person:Obama']);
  });

  test('a title of a work in quotes is not an actor', () => {
    expect(namesOf('She starred in "Silent Harbor Nights" last year.')).toEqual([]);
  });
});

describe('findMentions: coordination and sentence-initial common words', () => {
  test('a weakly typed name takes the type of the name it is coordinated with', () => {
    expect(namesOf('Orders went to Volvo Group and Scania this year.')).toEqual(['Organization:Volvo Group', 'Organization:Scania']);
  });

  test.each([
    ['Growth slowed in the third quarter.', []],
    ['Interest rates rose again.', []],
    ['Kowalczyk said the plan would fail.', ['Person:Kowalczyk']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });

  test('a wire headline closed by a full stop adds only known names', () => {
    const text = 'Top Latvia official quits.\n\nRIGA 2003-04-07\nA deputy speaker of the Latvia parliament quit on Friday.';
    expect(namesOf(text)).not.toContain('Organization:Top Latvia');
  });
});

describe('findMentions: owned brands and coordination with possessives', () => {
  test.each([
    ["Kovac's Skylane has been used by farmers.", 'Organization:Skylane'],
    ["Iran's Tarvani said the talks went well.", 'Person:Tarvani'],
    ["He met Gideon Farrow and Peru's UN envoy.", 'Person:Gideon Farrow'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: types from the words around a name in news', () => {
  test.each([
    // A newspaper named by its title word after "the".
    ['According to the Times, the deal is off.', 'Organization:Times'],
    ['He told The Economist magazine that he agreed.', 'Organization:The Economist'],
    // A given name after a noun for a person and a comma, even with a place word at its end.
    ['The board thanked a retired nurse, Margit Olander, for her years of service.', 'Person:Margit Olander'],
    // An employer after "a clerk at the".
    ['She became a clerk at the Coastal Revenue in 1930.', 'Organization:Coastal Revenue'],
    // Company and military heads.
    ['The line is now run by Pennine Rail.', 'Organization:Pennine Rail'],
    ['He died in the custody of the Marston Regiment.', 'Organization:Marston Regiment'],
    // International bodies known by name and number.
    ['Climate change topped the G8 agenda.', 'Organization:G8'],
    ['Britain joined the Common Market in 1973.', 'Organization:Common Market'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test.each([
    // Must not fire: a newspaper title word before a common noun is an adjective.
    ['The Independent inquiry reports in May.', []],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });

  test('a wire headline closed by a full stop adds only known names', () => {
    const text = 'Top Latvia official quits.\n\nRIGA 2003-04-07\nA deputy speaker of the Latvia parliament quit on Friday.';
    expect(namesOf(text)).not.toContain('Organization:Top Latvia');
  });
});
