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
