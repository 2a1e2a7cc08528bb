// Business-news typing cues: companies named from the words around them, and must-not-fire rows.
import { namesOf } from './mentions-helpers';

describe('findMentions: company names typed from business context', () => {
  test.each([
    ['Investors bought shares in Quillmore after the report.', 'Organization:Quillmore'],
    ['Brevik took a 20% stake in Tandrel last year.', 'Organization:Tandrel'],
    ['The takeover by France\'s Vaucanson Lemoine is likely, analysts said.', 'Organization:Vaucanson Lemoine'],
    ['Mr Hale, Ostrova\'s chief executive, resigned.', 'Organization:Ostrova'],
    ['Ostrova\'s shareholders rejected the plan.', 'Organization:Ostrova'],
    ['Ostrova chief executive Dana Pruitt resigned.', 'Organization:Ostrova'],
    ['The Dellacqua shares in Milan rose 3% on Monday.', 'Organization:Dellacqua'],
    ['He was hired by the Korvath group last year.', 'Organization:Korvath'],
    ['The accounts were approved by auditors Benton Marsh.', 'Organization:Benton Marsh'],
    ['Lumetra was founded in 1988 by two engineers.', 'Organization:Lumetra'],
    ['Drinks group Halvard bought Strathmoyle in 2001.', 'Organization:Strathmoyle'],
    ['The deal was blocked by media watchdog Telvora.', 'Organization:Telvora'],
    ['Prices rose at Japanese carmaker Sukemori this year.', 'Organization:Sukemori'],
    ['Grayle, in which Vantor owns a majority stake, may be sold.', 'Organization:Grayle'],
    ['The plan merges the Tessaro car company into the group.', 'Organization:Tessaro'],
    ['The other half was bought by market leader Brunvald.', 'Organization:Brunvald'],
    ['Readers of sites such as GadgetPulse.com complained.', 'Organization:GadgetPulse.com'],
    ['Universal bought the Zok-A-Billy label last year.', 'Organization:Zok-A-Billy'],
    ['Marrowby, based in Leeds, makes towels.', 'Organization:Marrowby'],
    ['Sam Lyle, another Tarnwell employee, saw the fire.', 'Organization:Tarnwell'],
    ['Shares fell after Quenby president Alan Roth quit.', 'Organization:Quenby'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test.each([
    // A person described by a business noun keeps the person reading when a first name opens the name.
    ['The family of automaker Henry Ford gathered.', 'Person:Henry Ford'],
    // A possessive person with a word that a person also has is not a company.
    ['Senator Blake\'s staff declined to comment.', 'Person:Blake'],
    // "shares" as a verb after a person.
    ['Margaret Ellison shares the view of her colleagues.', 'Person:Margaret Ellison'],
    // A city after a business phrase stays a city.
    ['Trading in shares in London was brisk.', 'Location:London'],
    // What is bought is the thing after a possessive owner, not the owner.
    ['The group agreed to buying Gerald Wyatt\'s Tenmoor label.', 'Person:Gerald Wyatt'],
    // A first name that is also a city, alone, is the city.
    ['Listings moved to New York rather than Sydney this year.', 'Location:Sydney'],
    // A role without an article after the name: a person, even when a company bears the name.
    ['"It works," said Dunmore, owner of Dunmore Aviation at the airport.', 'Person:Dunmore'],
    // A first name that is also a city, after a family noun.
    ['He asked that his sister Sofia be told.', 'Person:Sofia'],
    // Political advisers are people, not a firm.
    ['She named advisers like Paula Winters to the panel.', 'Person:Paula Winters'],
  ])('must not become a company: %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: more name shapes', () => {
  test.each([
    ['Talks with Oleg Varenko, the country\'s richest man, failed.', 'Person:Oleg Varenko'],
    ['Analysts at JP Morgan Securities agreed.', 'Organization:JP Morgan Securities'],
    ['Leaders met at the Global Trade Forum in Davos.', 'Organization:Global Trade Forum'],
    ['The firm agreed to buy Californian winemaker Brellon for $260m.', 'Organization:Brellon'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test('a state adjective is a link to the state, not a name', () => {
    expect(namesOf('The firm agreed to buy Californian winemaker Brellon.')).not.toContain('Organization:Californian');
  });

  test('a hyphenated company name at a sentence start is completed from the article', () => {
    const names = namesOf('Shares in Zel-Mart rose. Zel-Mart said sales grew.');
    expect(names.filter((n) => n.endsWith('Mart'))).toEqual(['Organization:Zel-Mart', 'Organization:Zel-Mart']);
  });
});

describe('findMentions: company words, regions, acronyms, headline capitals', () => {
  test.each([
    ['Data from the Land Registry showed a fall.', 'Organization:Land Registry'],
    ['Shares in Pellow Wireless rose.', 'Organization:Pellow Wireless'],
    ['The deputy prime minister ODPM said so.', 'Organization:ODPM'],
    ['The portal Zentrix Europe cut 40 jobs.', 'Organization:Zentrix Europe'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test.each([
    ['Rebels crossed into Mainland China on Monday.', 'Organization:Mainland China'],
    ['Troops moved through Western Europe slowly.', 'Organization:Western Europe'],
  ])('a region named with an adjective is no company: %s', (text, unexpected) => {
    expect(namesOf(text)).not.toContain(unexpected);
  });

  test('speeds in Mbps are not names', () => {
    expect(namesOf('Downloads reach 14 Mbps (megabits).')).toEqual([]);
  });

  test('a city name that only opens a headline, written in lower case in the text, is not the city', () => {
    expect(namesOf('Mobile firms seek speed\n\nMakers of mobile phones met in Cannes.')).toEqual(['Location:Cannes']);
  });
});
