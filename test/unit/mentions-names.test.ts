// Capitalized sequences, connectors, typing rules and the words that must never become names.
import { mentionsOf, namesOf } from './mentions-helpers';

describe('findMentions: names and their types', () => {
  test.each([
    ['The committee met at the Palace of Fine Arts in Lyon on Friday.', ['Location:Palace of Fine Arts', 'Location:Lyon']],
    ['Analysts at the Institute for Fiscal Studies disagreed.', ['Organization:Institute for Fiscal Studies']],
    ['She moved her savings to Bank of America last year.', ['Organization:Bank of America']],
    ['Talks between Romano Prodi and Helmut Kohl ended.', ['Person:Romano Prodi', 'Person:Helmut Kohl']],
    ['A spokesman for Acme Widgets Inc. declined to comment.', ['Organization:Acme Widgets Inc']],
    ['The Liberal Democratic Party won in Osaka.', ['Organization:Liberal Democratic Party', 'Location:Osaka']],
    ['Engineers surveyed Dorset County before the storm.', ['Location:Dorset County']],
    ['Peter Ortmann, a physicist at the Max Planck Society, spoke.', ['Person:Peter Ortmann', 'Organization:Max Planck Society']],
    ['Voters in Portugal and Norway went to the polls.', ['Location:Portugal', 'Location:Norway']],
    ['Grant B. Holloway testified for the defense.', ['Person:Grant B. Holloway']],
    ['Felix Baumgartner flew from Roswell, N.M., to the border.', ['Person:Felix Baumgartner', 'Location:Roswell', 'Location:N.M.']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('findMentions: words that must not become names', () => {
  test.each([
    ['Still, the talks in Geneva went on.', ['Location:Geneva']],
    ['However, nobody in Madrid answered.', ['Location:Madrid']],
    ['Despite the rain, Angela Merkel spoke in Berlin.', ['Person:Angela Merkel', 'Location:Berlin']],
    ['Recent reports say little about it.', []],
    ['Differences can be resolved through dialogue.', []],
    ['The vote is set for May 12 in Ottawa.', ['Location:Ottawa']],
    ['On this day: In 1901, nothing happened.', []],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });

  test('a title alone is never a name', () => {
    expect(namesOf('The President spoke to the Foreign Minister yesterday.')).toEqual([]);
  });
});

describe('findMentions: offsets and ids', () => {
  test('offsets point at the name in the text', () => {
    const text = 'Yesterday Margaret Atwood visited Toronto.';
    for (const m of mentionsOf(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('ids are unique within the article', () => {
    const ms = mentionsOf('U.S.-Iran talks and Israel-Lebanon talks resumed in Oslo.');
    expect(new Set(ms.map((m) => m.id)).size).toBe(ms.length);
  });
});
