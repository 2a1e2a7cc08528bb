// Names written with "&", numbers, quotes and lists; and capitalized words that are not actors.
import { namesOf } from './mentions-helpers';

describe('findMentions: name shapes', () => {
  test.each([
    ['The broker Pelham & Royce said it would pay.', ['Organization:Pelham & Royce']],
    ['The chain Bakin\' Bagels opened a store.', ['Organization:Bakin\' Bagels']],
    ['Lionel "Big L" Marsh, chairman of the label, spoke.', ['Person:Lionel "Big L" Marsh']],
    ['The show moved to Channel 5 in May.', ['Organization:Channel 5']],
    ['He sold his 21 Management company last year.', ['Organization:21 Management']],
    ['A spokesman for the Department for Transport, Energy and Housing said no.', ['Organization:Department for Transport, Energy and Housing']],
    ['The designers at Just Add Ideas were hired.', ['Organization:Just Add Ideas']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });

  test('a dash set off by spaces separates two names', () => {
    expect(namesOf('Talks between Orvane - Kestler executives stalled.')).not.toContain('Person:Orvane - Kestler');
  });

  test('an acronym running into a first name is two names', () => {
    const names = namesOf('The head of defence group VRX Julien Marchetti is to leave.');
    expect(names).toContain('Person:Julien Marchetti');
    expect(names.some((n) => n.endsWith(':VRX'))).toBe(true);
  });
});

describe('findMentions: capitalized words that are not actors', () => {
  test.each([
    ['The actor Tom Briar received an OBE in 2003.', ['Person:Tom Briar']],
    ['Mark Dunmore CBE opened the hall.', ['Person:Mark Dunmore']],
    ['Several ISPs blocked the site.', []],
    ['It ran PR campaigns for stars.', []],
    ['The court cited the First Amendment in its ruling.', []],
    ['The firm filed for Chapter 11 protection.', []],
    ['Her hits included Rain On Your Window and more.', []],
    ['His films include I Dream Mountains this year.', []],
    ['He backed the film She Hate Me last year.', []],
    ['She won the Marlow Prize and two Grammy Awards.', []],
    ['He fought in the Korean War and retired.', []],
    ['The suspect, a Christian Arab, was held.', []],
    ['He starred in "Nights Over Marrow Bay Road" in 1990.', []],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });

  test('an all-capitals name compromise reads as a Roman numeral is still a name', () => {
    expect(namesOf('Last week, MCI agreed to the offer.')).toEqual(['Organization:MCI']);
  });
});

test('a government named with its nationality stays an organization', () => {
  expect(namesOf('The Chinese Government rejected the plan.')).toContain('Organization:Chinese Government');
});

describe('findMentions: common words and brand shapes', () => {
  test.each([
    ['Profit rose 5% last year. Net profit was higher than forecast.', []],
    ["I'll be back, he said.", []],
    ['Users sent SMSes to relatives.', []],
    ['Crowds came to the Gadget Electronics Show in Reno.', ['Location:Reno']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });

  test.each([
    ['He bought an iPlod for his son.', 'Organization:iPlod'],
    ['It agreed to buy phone pioneer BK&T for $16bn.', 'Organization:BK&T'],
    ['The company, majority-owned by Japan\'s Kessler, said sales rose.', 'Organization:Kessler'],
    ['Shares in Ardent Holdings, formerly known as Talcott, rose.', 'Organization:Talcott'],
    ['The film producer Daiki Morimoto attended.', 'Person:Daiki Morimoto'],
    ['The veteran games developer Tallis grew fast.', 'Organization:Tallis'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: possessives inside organization names', () => {
  test.each([
    ["Jana Korbel, secretary of the Slovene People's Party, spoke.", "Organization:Slovene People's Party"],
    ["He chairs the National Mayors' Association this year.", "Organization:National Mayors' Association"],
    ["A briefing at the NRC's offices was held.", 'Organization:NRC'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test("a person's possessive before an organization word stays apart", () => {
    expect(namesOf("He toured Ford's Theatre and left.")).not.toContain("Organization:Ford's Theatre");
  });
});

describe('findMentions: modifiers, faiths, laws and events that are not actors', () => {
  test.each([
    ['She told a Ministerial dinner that fares would rise.', []],
    ['The Presidential race began in Ohio.', ['Location:Ohio']],
    ['They met an Italian Roman Catholic charity.', []],
    ['The Yazidi elder was honoured in 2015.', []],
    // A people named in the plural, from a country's demonym without its ending ("Serb-ian", "Finn-ish"): no name.
    ['Peace will come when Serbs and Finns agree.', []],
    ['The dispute came under the Harbour Convention on Fishing Rights.', []],
    ['He signed the Treaty of Calder in 1990.', []],
    ['Some denied the World War I-era killings.', []],
    ['The World War II veterans stayed.', []],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });

  test('a given name ending like an adjective is still a name', () => {
    expect(namesOf('The Presidential race and Mary Rose met.')).toContain('Person:Mary Rose');
  });

  test('a surname that is also a faith word stays a name after a given name', () => {
    expect(namesOf('Said Omar Sunni, chairman of the club.')).toContain('Person:Omar Sunni');
  });
});
