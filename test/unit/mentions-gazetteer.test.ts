// Gazetteer names, demonyms, acronyms, headings.
import { makeArticle } from '../../src/ingest/make-article';
import { findMentions } from '../../src/mentions/find-mentions';
import { parseArticle } from '../../src/nlp/parse-article';
import { mentionsOf, namesOf } from './mentions-helpers';

describe('findMentions: gazetteer and demonyms', () => {
  test.each([
    ['Officials from the U.S. and the UN met.', 'Location:United States', 'Organization:United Nations'],
    ['Talks in the US capital continued.', 'Location:United States', undefined],
    ['He was born in Fresno, Calif., in 1950.', 'Location:California', undefined],
  ])('%s', (text, first, second) => {
    const canon = mentionsOf(text).map((m) => `${m.type}:${m.canonical ?? m.text}`);
    expect(canon).toContain(first);
    if (second) expect(canon).toContain(second);
  });

  test('a demonym links to its country without being a surface form', () => {
    const ms = mentionsOf('Two Brazilian officials and Chilean-backed groups were there.');
    const demonyms = ms.filter((m) => m.linkOnly);
    expect(demonyms.map((m) => m.canonical)).toEqual(['Brazil', 'Chile']);
    expect(demonyms.every((m) => m.type === 'Location')).toBe(true);
  });

  test('hyphenated country pairs give both countries', () => {
    expect(namesOf('Renewed U.S.-Iran contacts surprised Israel.')).toEqual(['Location:U.S.', 'Location:Iran', 'Location:Israel']);
  });

  test('a capital city is a Location even before a person verb', () => {
    expect(namesOf('Analysts said Nairobi remained calm.')).toContain('Location:Nairobi');
  });
});

describe('findMentions: headings', () => {
  const parse = (text: string) => findMentions(parseArticle(makeArticle({ text, source: 'h.txt' })));

  test('a section heading adds no actor from capitalization alone', () => {
    const text = 'Storm Hits Coast\n\nRain fell on Lisbon all week, officials said.\n\nCalm Before the Storm\n\nThe city reopened schools on Monday.';
    const names = parse(text).map((m) => m.text);
    expect(names).toContain('Lisbon');
    expect(names).not.toContain('Calm');
    expect(names).not.toContain('Storm');
  });

  test('a heading may name an actor the body also names', () => {
    const text = 'Lisbon Braces for Rain\n\nRain fell on Lisbon all week, officials said.';
    expect(parse(text).filter((m) => m.text === 'Lisbon')).toHaveLength(2);
  });
});
