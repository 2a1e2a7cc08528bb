// Typing cues that beat a one-token gazetteer hit or a lexicon reading: person shapes, titles, party
// adjectives, teams, dateline agencies, with must-not-fire rows for each.
import { namesOf } from './mentions-helpers';

describe('findMentions: names that open with a word of another class', () => {
  test.each([
    // A month compromise reads as a given name, before a surname.
    ['The board named Jan Kowalczyk as its new coach.', ['Person:Jan Kowalczyk']],
    ['Reporters asked April Morrison about the vote.', ['Person:April Morrison']],
    // A capitalized pronoun after a title opens a Chinese name.
    ['Trade talks were led by Vice Premier He Xiaoming in Geneva.', ['Person:He Xiaoming', 'Location:Geneva']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });

  test.each([
    // Must not fire: a date before a title, a month before a place, a pronoun opening a sentence.
    ['The vote on 18 January Senator Mira Olsen opposed failed.', 'Person:Mira Olsen'],
    ['Reports dated April from Jakarta were wrong.', 'Location:Jakarta'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: multi-word titles are roles, not names or places', () => {
  test.each([
    ['Labour named Helen Marsh as Chancellor of the Exchequer on Friday.', ['Organization:Labour', 'Person:Helen Marsh']],
    ['U.S. District Judge Carla Moreno set a trial date.', ['Location:U.S.', 'Person:Carla Moreno']],
    ['District Attorney Paul Reyes filed charges.', ['Person:Paul Reyes']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('findMentions: the shape of a person name beats a place word inside it', () => {
  test.each([
    // lexicon-first-name: a given name of the lexicon, even where the sentence tags the run a place.
    ['Labour named Helen Marsh as Chancellor of the Exchequer on Friday.', ['Organization:Labour', 'Person:Helen Marsh']],
    // given-name-before-city: an unknown word before a one-word city.
    ['The rookie Zaniyah Denver scored 20 points.', ['Person:Zaniyah Denver']],
    // A sports position before a name is a role noun.
    ['The pass went to forward Kelsey Dallas in the corner.', ['Person:Kelsey Dallas']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });

  test.each([
    // Must not fire: a region word or a broadcaster before a city, a two-word gazetteer city.
    ['Rain fell across Greater Boston on Sunday.'],
    ['The report aired on Radio Tallinn at noon.'],
    ['Analysts at Wells Fargo agreed.'],
    ['Flights to Santa Monica were cancelled.'],
  ])('%s names no person', (text) => {
    expect(namesOf(text).filter((n) => n.startsWith('Person:'))).toEqual([]);
  });
});

describe('findMentions: organizations named by a word of another class', () => {
  test.each([
    // Words that name one party are gazetteer organizations (data/parties.ts); party-adjective: an ideology adjective before a party role noun.
    ['Maya Ellis, the Labour candidate, won the seat.', 'Organization:Labour'],
    ['The Socialist leader resigned on Friday.', 'Organization:Socialist'],
    ['The Conservative leader resigned on Friday.', 'Organization:Conservative'],
    ['On Monday the Labour chair Ellen Hart resigned.', 'Organization:Labour'],
    // A lone title word right after an organization noun is the name.
    ['The group also owns the games studio Prince, known for puzzle apps.', 'Organization:Prince'],
    // team-phrase-before: "coached the X".
    ['She coached the Falcons for ten seasons.', 'Organization:Falcons'],
    // A sentence-initial verb before a country and a leader noun names a party.
    ['Renew Britain leader Tom Hale spoke.', 'Organization:Renew Britain'],
    // A competition tier is not part of the body's name.
    ['He played in NCAA Division II football.', 'Organization:NCAA'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test.each([
    // Must not fire: a party adjective before another noun, a title after an organization noun capitalized as a role,
    // a country after a sentence-initial adverb, a plural after "the" with no team phrase.
    ['Many Socialist thinkers disagreed with him.', []],
    ['The Conservative manifesto was long.', ['Organization:Conservative']],
    ['Meanwhile Britain leader talks went on.', ['Location:Britain']],
    ['He thanked the King for his support.', []],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('findMentions: hyphenated given names and person cues before compromise tags', () => {
  test.each([
    ['President Moon named Kang Kyung-wha as his envoy.', 'Person:Kang Kyung-wha'],
    // age-apposition and speech-verb-after come before compromise's place tag.
    ['The post went to Park Jin, who had served before.', 'Person:Park Jin'],
    // person-verb-after: a lone word compromise knows as a place, subject of a verb only people do.
    ['Barrington taught at Queensbury College for a decade.', 'Person:Barrington'],
    ['Remington retired in May after the vote.', 'Person:Remington'],
    // where-clause: a name followed by ", where" is a place.
    ['The tour bus passed Tally Mead, where the singer grew up.', 'Location:Tally Mead'],
    // An appositive after "PERSON of X" describes the person; ", the university said" is a subject, no appositive.
    ['"No," said Ann Lee of Tally Mead, a family friend.', 'Location:Tally Mead'],
    ['He died at his home in Tally Mead, the university said.', 'Location:Tally Mead'],
    // direction-before: a place preposition and a direction word before an unknown name.
    ['He died at his home in suburban Tallymead on Monday.', 'Location:Tallymead'],
    // site-at-place comes before compromise's person tag for a one-word site.
    ['Engineers at the nuclear plant at Kori checked the pumps.', 'Location:Kori'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test.each([
    // Must not fire: a compound after a name, a company that "said".
    ['Critics of the George Bush-era tax cuts spoke.', 'Person:George Bush'],
    ['Later Acme Widgets Inc said profits rose.', 'Organization:Acme Widgets Inc'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: a word shared by a founder and the company named after him', () => {
  test('a weakly typed lone word that opens the company name stays the company', () => {
    const names = namesOf('Tidewell agreed to buy Brannock Haulage from its owner, Dale Brannock. Adding Brannock would help, analysts said.');
    expect(names).toEqual(expect.arrayContaining(['Organization:Brannock Haulage', 'Person:Dale Brannock', 'Organization:Brannock']));
    expect(names).not.toContain('Person:Brannock');
  });

  test('with no company of that name, the lone surname is the person', () => {
    expect(namesOf('Police questioned Dale Brannock on Monday. Brannock said he was innocent.')).toEqual(['Person:Dale Brannock', 'Person:Brannock']);
  });
});

describe('findMentions: speech verbs and sentence-initial role nouns', () => {
  test.each([
    // A town after "of", then ", said", is not the speaker.
    ['Omar Haddad, 45, of Zahleh, said his shop burned.', 'Location:Zahleh'],
    // A capitalized role noun opening the sentence is no part of the name.
    ['Striker Lukas Brenner scored twice.', 'Person:Lukas Brenner'],
    // Must not fire: a name right before "said" stays a person.
    ['Later Kovalenko said the talks failed.', 'Person:Kovalenko'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: the news agency in a dateline', () => {
  test.each([
    ['BRISTOL (Harbor Newswire) - Ferries stopped running on Monday.', 'Organization:Harbor Newswire'],
    ['TOLEDO, Ohio (Lakeside Dispatch) - The mayor resigned.', 'Organization:Lakeside Dispatch'],
    ['AMMAN (Desert Crescent) - Talks opened on Monday.', 'Organization:Desert Crescent'],
    ['TOLEDO March 5 (Interwire) -- The mayor resigned.', 'Organization:Interwire'],
    // Must not fire: a name in parentheses inside the sentence.
    ['Her aide (Marta Quill) spoke for her.', 'Person:Marta Quill'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: titles inside organization names and organizations before titles', () => {
  test.each([
    ['Lawyers at the Department of Justice filed a brief.', ['Organization:Department of Justice']],
    ['The case went to the International Court of Justice last year.', ['Organization:International Court of Justice']],
    ['Springfield Fire Department Captain Alan Moss spoke.', ['Organization:Springfield Fire Department', 'Person:Alan Moss']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });

  test.each([
    // Must not fire: an organization word that qualifies the title ("Press Secretary"), a place before a title.
    ['The remarks came from White House Press Secretary Dana Cole on Monday.', ['Organization:White House', 'Person:Dana Cole']],
    ['The remarks came from Ohio Governor Mike Dewine on Monday.', ['Location:Ohio', 'Person:Mike Dewine']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});
