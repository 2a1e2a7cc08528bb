// Name boundaries: where a name starts and ends (appositives with a possessive place, national bodies
// "of" a country, trade words, possessives and places inside names), with must-not-fire rows for each.
import { namesOf } from './mentions-helpers';

describe('findMentions: a place after a comma qualifies the name only when it closes the phrase', () => {
  test.each([
    // place-before-state fires: the place closes the phrase.
    ['The storm hit Cobbleton, Neb., on Sunday.', 'Location:Cobbleton'],
    ['Floods reached Marlow Heath, Kenya, last week.', 'Location:Marlow Heath'],
    // A possessive place opens an appositive: the name before it is the person it describes.
    ["Li Qiang, China's premier, arrived in Paris.", 'Person:Li Qiang'],
    ["Rohan Mehta, India's trade envoy, spoke first.", 'Person:Rohan Mehta'],
    // A place that runs on into a longer name ("Japan Airlines") opens an appositive too.
    ["Kenji Sato, Japan Airlines' chief pilot, retired.", 'Person:Kenji Sato'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: a national body "of" its country is one name', () => {
  test.each([
    ['Delegates of the Communist Party of China met in Beijing.', 'Organization:Communist Party of China'],
    ['He heads the Atomic Energy Organization of Iran.', 'Organization:Atomic Energy Organization of Iran'],
    ['She leads the Liberal Party of Canada.', 'Organization:Liberal Party of Canada'],
    ['The Central Bank of Kenya held rates.', 'Organization:Central Bank of Kenya'],
    // Must not fire: a court "of" a country, or a bank "of" a city, is that place's branch; the place stays its own mention.
    ['The Supreme Court of Canada ruled on Friday.', 'Location:Canada'],
    ['The Federal Reserve Bank of Boston raised its forecast.', 'Location:Boston'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});

describe('findMentions: company names that end in a trade word', () => {
  test.each([
    ['Shares in Nippon Steel rose on Monday.', ['Organization:Nippon Steel']],
    ['The deal with China Telecom was signed in May.', ['Organization:China Telecom']],
    ['She studied engineering at Georgia Tech for four years.', ['Organization:Georgia Tech']],
    ['Analysts said Brannock Freight would cut routes.', ['Organization:Brannock Freight']],
    ['Talks with Ostler Haulage, a rival, collapsed.', ['Organization:Ostler Haulage']],
    // Must not fire: a country before a government body stays a place of its own.
    ['The U.S. Congress passed the bill.', ['Location:U.S.', 'Organization:Congress']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('findMentions: possessives inside organization names', () => {
  test.each([
    ["Lawyers at the U.S. Attorney's Office in Denver declined to comment.", "Organization:U.S. Attorney's Office"],
    ["A spokeswoman for the Larimer County Sheriff's Office said the road was closed.", "Organization:Larimer County Sheriff's Office"],
    ["The Ohio Nurses' Retirement Fund lost money on the bonds.", "Organization:Ohio Nurses' Retirement Fund"],
    ["The National Farmers' Union protested.", "Organization:National Farmers' Union"],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test.each([
    // Must not fire: a person's possessive before a company, and a plural possessive before a non-organization word.
    ["Walter Price's Office Depot store closed.", 'Person:Walter Price'],
    ["The Beatles' Abbey Road sold well.", 'Organization:Beatles'],
  ])('%s keeps %s apart', (text, expected) => {
    const names = namesOf(text);
    expect(names.some((n) => n.includes("'"))).toBe(false);
    expect(names).toContain(expected);
  });
});

describe('findMentions: places named by their compounds, suffixes and sites', () => {
  test.each([
    // place-compound: "X-based", "X-born".
    ['Kelvale-based Dorn Robotics hired 40 engineers.', 'Location:Kelvale'],
    ['The Brackwater-born singer returned home.', 'Location:Brackwater'],
    // A lower-case administrative word after a place types it; the name is the place before it (the written form is a surface form).
    ['Protests spread across the Kursk region on Sunday.', 'Location:Kursk'],
    ['Farmers in Hamadan province lost their crops.', 'Location:Hamadan'],
    // site-at-place: "the plant at X".
    ['Inspectors visited the enrichment plant at Tarsheh last week.', 'Location:Tarsheh'],
    // Two places hyphened inside a longer name stay in it.
    ['Leaders met at the Asia-Pacific Trade Forum in Lima.', 'Organization:Asia-Pacific Trade Forum'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });

  test.each([
    // Must not fire: a country keeps no suffix, a known company at a site stays a company, "U.S.-Iran talks" splits.
    ['Farmers in the east China region lost crops.', ['Location:China']],
    ['He worked at the plant at General Motors for years.', ['Organization:General Motors']],
    ['Officials said Israel-Lebanon talks resumed.', ['Location:Israel', 'Location:Lebanon']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('findMentions: "and" inside a company name', () => {
  test.each([
    ['Talks between David Raman and Carrow Freight stalled.', ['Person:David Raman', 'Organization:Carrow Freight']],
    // Must not fire: an institution named with "and", a firm written with "&".
    ['The Food and Drug Administration approved it.', ['Organization:Food and Drug Administration']],
    ['Analysts at Pendry & Reed Securities agreed.', ['Organization:Pendry & Reed Securities']],
  ])('%s', (text, expected) => {
    expect(namesOf(text)).toEqual(expected);
  });
});

describe('findMentions: an office named with a possessive title and a place "of"', () => {
  test.each([
    ["Lawyers from the U.S. Attorney's Office for the District of Idaho filed charges.", "Organization:U.S. Attorney's Office for the District of Idaho"],
    ["The Oregon Nurses' Retirement System sold the bonds.", "Organization:Oregon Nurses' Retirement System"],
    // Must not fire: a place head first keeps the place reading, a title before a name stays a role.
    ['Floods hit the District of Columbia on Monday.', 'Location:District of Columbia'],
    ['U.S. Attorney Dana Whitfield filed charges.', 'Person:Dana Whitfield'],
  ])('%s → %s', (text, expected) => {
    expect(namesOf(text)).toContain(expected);
  });
});
