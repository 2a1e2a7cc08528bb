// Which acronyms spell which names (acronym-spelling.ts): capitals of the words, all letters of an
// acronym inside the name, lower-case letters for connectors, optional company suffixes and "The".
import { isAcronym, spellsAcronym } from '../../src/resolve/acronym-spelling';

describe('spellsAcronym', () => {
  test.each([
    ['CIP', 'Centre for International Policy', true],
    ['UKIP', 'UK Independence Party', true],
    ['MoD', 'Ministry of Defence', true],
    ['DfT', 'Department for Transport', true],
    ['U.N.', 'United Nations', true],
    ['NYT', 'The New York Times', true],
    ['AFP', 'Agence France-Presse', true],
    ['HBO', 'Halden Bank One Corp.', true],
    // Must not match: a letter short, letters in the wrong order, one word, a surname-like word.
    ['UKI', 'UK Independence Party', false],
    ['PUK', 'Kurdish Patriotic Union', false],
    ['BBC', 'Broadcasting', false],
    ['McCain', 'Museum of Contemporary Cars', false],
  ])('%s / %s → %s', (short, full, expected) => {
    expect(spellsAcronym(short, full)).toBe(expected);
  });

  test.each([
    ['UKIP', true],
    ['MoD', true],
    ['DfES', true],
    ['Mr', false],
    ['McCain', false],
    ['Labour', false],
  ])('isAcronym(%s) → %s', (name, expected) => {
    expect(isAcronym(name)).toBe(expected);
  });
});
