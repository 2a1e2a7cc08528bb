// Where a name starts and ends: prefixes and compound words glued to it, elided and royal
// possessives inside it, brands before "and", broadcaster numbers written as possessives, sentence
// openers that are not part of it, titles of works, and names the source broke over two lines.
import { namesOf } from './mentions-helpers';

describe('findMentions: the edges of a name', () => {
  test.each([
    // A prefix of time hyphened to the first word is no part of the name.
    ['Critics attacked ex-White House aide Liam Ford on Monday.', 'Organization:White House'],
    // A compound word the tokenizer kept inside one token ("Mo.-based") ends the place; the firm follows.
    ['Springfield, Mo.-based Halden Bancshares Inc. rose.', 'Organization:Halden Bancshares Inc'],
    ['Springfield, Mo.-based Halden Bancshares Inc. rose.', 'Location:Mo'],
    // A company head word ends the name of a firm that compromise would take for a person.
    ['Sun Wah Properties rose on Monday.', 'Organization:Sun Wah Properties'],
    // A brand written with an inner capital is a whole name before "and".
    ['Buyers include Ohio-based TrueCorp and Vantor One Corp. this year.', 'Organization:TrueCorp'],
    ['Buyers include Ohio-based TrueCorp and Vantor One Corp. this year.', 'Organization:Vantor One Corp'],
    // A royal possessive opens the name of a regiment or college.
    ['He served in the King\'s Marston Regiment for years.', "Organization:King's Marston Regiment"],
    // An elided word keeps the name together when no quote opened before it.
    ['She met the Sant\' Orsola Society in Bologna.', "Organization:Sant' Orsola Society"],
    // A single quote opened before the apostrophe: the apostrophe closes it, the next name stands alone.
    ["He called it 'Bold' Halden Group policy.", 'Organization:Halden Group'],
    // A broadcaster's number written as a possessive closes its name.
    ['She told BBC Radio 3\'s evening programme that she agreed.', 'Organization:BBC Radio 3'],
    // Two parts of one country's name hyphened; a possessive opening a country's formal name; a place word after a state.
    ['Peace may come to Bosnia-Herzegovina soon.', 'Location:Bosnia-Herzegovina'],
    ["An accord with the People's Republic of Bangladesh was reached.", "Location:People's Republic of Bangladesh"],
    ['He had a New York City apartment.', 'Location:New York City'],
    // A party or body "of" a region keeps the region.
    ['He met the Democratic Union of Galdora leaders.', 'Organization:Democratic Union of Galdora'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test.each([
    // A title modifier opening the sentence is not part of a name.
    ['Former Cabinet minister Rhea Dunn left.', ['Organization:Cabinet', 'Person:Rhea Dunn']],
    ['Former colleague Dame Ada Hume wept.', ['Person:Ada Hume']],
    ['Acting Mayor Tom Reyes spoke.', ['Person:Tom Reyes']],
    // A role noun opening the sentence is not part of the name.
    ['Composer Lutz is a native of Ohio.', ['Person:Lutz', 'Location:Ohio']],
    // A place between two titles qualifies the second: the role runs on and the place is its own mention.
    ['Deputy UK Ambassador Ira Venn spoke.', ['Location:UK', 'Person:Ira Venn']],
    // A capitalized preposition inside a sentence opens the title of a work.
    ['She opposed the paper, Of Rivers and Kings, in 1970.', []],
    // A closing quote does not make the next word open a sentence.
    ['They were "vilifying" ex-White House staff.', ['Organization:White House']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });

  test('a name the source broke over two lines leaves no fragments', () => {
    expect(namesOf('Hale Financial is a thrift of St.\nLouis that lends.')).not.toContain('Person:Louis');
    expect(namesOf('Hale Financial is a thrift of St.\nLouis that lends.').some((n) => n.endsWith(':St'))).toBe(false);
  });
});
