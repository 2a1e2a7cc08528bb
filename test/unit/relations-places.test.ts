import { extractMarked, testFires, testSilent } from './relations-harness';

type Row = [string, string];

describe('LOCATED_IN, BASED_IN and OWNS rules', () => {
  const fires: Row[] = [
    ['Talks were held in [Austin|L], [Texas|L], last year.', 'LOCATED_IN Austin -> Texas'],
    ["Goods reached [Tabriz|L], a city in [Iran|L]'s [East Azerbaijan Province|L] famed for rugs.", 'LOCATED_IN Tabriz -> East Azerbaijan Province'],
    ["Goods reached [Tabriz|L], a city in [Iran|L]'s [East Azerbaijan Province|L] famed for rugs.", 'LOCATED_IN East Azerbaijan Province -> Iran'],
    ['[Rome|L] is in [Lazio|L] province.', 'LOCATED_IN Rome -> Lazio'],
    ['Aid reached [Tuvalu|L], an island nation in the [Pacific|L], on Monday.', 'LOCATED_IN Tuvalu -> Pacific'],
    ['Snow fell in [Bend|L], [Ore.|L], and [Butte|L], [Mont.|L], overnight.', 'LOCATED_IN Bend -> Ore.'],
    ['Snow fell in [Bend|L], [Ore.|L], and [Butte|L], [Mont.|L], overnight.', 'LOCATED_IN Butte -> Mont.'],
    ['[LYON|L], [France|L] ([Reuters|O]) - Police said nothing.', 'BASED_IN Reuters -> LYON'],
    ['[LYON|L] March 5 ([Rhone Wire|O]) -- Police said nothing.', 'BASED_IN Rhone Wire -> LYON'],
    // a base holds for the larger place written after the city too
    ['[LYON|L], [France|L] ([Reuters|O]) - Police said nothing.', 'BASED_IN Reuters -> France'],
    ['[Zenith Labs|O], based in [Fresno|L], [California|L], hired staff.', 'BASED_IN Zenith Labs -> California'],
    // two direction words before the larger place
    ['The bus crashed near [Farley|L] in rural western [Iowa|L].', 'LOCATED_IN Farley -> Iowa'],
    ['Hail fell on [Hope|L] in extreme northwestern [Kansas|L].', 'LOCATED_IN Hope -> Kansas'],
    ['They climbed [Mount Rila|L], in the western [Balkans|L], last year.', 'LOCATED_IN Mount Rila -> Balkans'],
    ['The [Dallas|L]-based [Texas Instruments|O] rose.', 'BASED_IN Texas Instruments -> Dallas'],
    ['[Acme Corp|O] is headquartered in [Toledo|L].', 'BASED_IN Acme Corp -> Toledo'],
    ['[Pacific Marine Inc.|O] of [Houston|L] won the bid.', 'BASED_IN Pacific Marine Inc. -> Houston'],
    ["[Bezos|P]'s [Blue Origin|O] launched a rocket.", 'OWNS Bezos -> Blue Origin'],
    ['[Blue Origin|O], which is owned by [Jeff Bezos|P], launched a rocket.', 'OWNS Jeff Bezos -> Blue Origin'],
  ];
  testFires(fires);
  const silent: Row[] = [
    ['Ministers from [Iran|L], [Iraq|L] and [Syria|L] met.', 'LOCATED_IN Iran -> Iraq'],
    ['Flights to [Boston|L], [Chicago|L] and [Denver|L] resumed.', 'LOCATED_IN Boston -> Chicago'],
    ['Flights to [Boston|L], [Chicago|L] and [Denver|L], [Colorado|L] resumed.', 'LOCATED_IN Boston -> Chicago'],
    ['Divers searched [Lake Geneva|L], [Swiss|D] police said.', 'LOCATED_IN Lake Geneva -> Swiss'],
    ['Rain flooded [Leeds|L], [York|L] and northern [Hull|L] overnight.', 'LOCATED_IN Leeds -> York'],
    ["[Norway|L]'s UN mission declined to comment.", 'BASED_IN UN -> Norway'],
    ['The [Acme Corp|O] report was published in [Spanish|L] today.', 'BASED_IN Acme Corp -> Spanish'],
    ["[France|L]'s [UN|O] Ambassador [Marie Dupont|P] spoke.", 'BASED_IN UN -> France'],
    // an abbreviated state is part of the town's written name: the base is the town's
    ['[Acme Corp.|O], based in [Tupelo|L], [Miss.|L], said sales rose.', 'BASED_IN Acme Corp. -> Miss.'],
  ];
  testSilent(silent);
});

describe('SAID rules (quotations)', () => {
  test('attributes quotes after, before and through a pronoun', () => {
    const found = extractMarked('"Prices will fall," said [Lena Fischer|P]. [Tom Reed|P] wrote on Monday: "We disagree." "Not now," he said.');
    expect(found.quotes).toEqual(['Lena Fischer: Prices will fall', 'Tom Reed: We disagree', 'Tom Reed: Not now']);
  });
  test('relations inside a quotation are the speaker\'s words, not extracted', () => {
    const found = extractMarked('"[Acme Corp|O] backs [Tom Reed|P]," said [Lena Fischer|P].');
    expect(found.relations).toEqual([]);
    expect(found.quotes).toHaveLength(1);
  });
});

describe('BASED_IN from "one of COUNTRY\'s biggest companies"', () => {
  test('fires on the appositive', () => {
    expect(extractMarked("[Norsk Hydro|O], one of [Norway|L]'s biggest companies, grew.").relations).toContain('BASED_IN Norsk Hydro -> Norway');
    expect(extractMarked("[Glenlivet Ltd|O], one of [Scotland|L]'s premier whisky firms, grew.").relations).toContain('BASED_IN Glenlivet Ltd -> Scotland');
  });
  test('does not fire without the appositive', () => {
    expect(extractMarked("[Norsk Hydro|O] sold one of [Norway|L]'s biggest companies.").relations).not.toContain('BASED_IN Norsk Hydro -> Norway');
  });
});

describe('regions named around a place and people from places', () => {
  const fires: Row[] = [
    ['In [Nevada|L], heavy snow in [Reno|L] closed roads on Monday.', 'LOCATED_IN Reno -> Nevada'],
    ["[Mont Ventoux|L], [Provence|L]'s highest peak, was closed.", 'LOCATED_IN Mont Ventoux -> Provence'],
    ["One of [Canada|L]'s largest provinces, [Ontario|L] voted.", 'LOCATED_IN Ontario -> Canada'],
    ['The singer [Ann Lee|P] _ who was born in [Tulsa|L] _ lives abroad.', 'LIVES_IN Ann Lee -> Tulsa'],
    ['Buses pass [Pell Hollow|L], where [Ann Lee|P] was born, every day.', 'LIVES_IN Ann Lee -> Pell Hollow'],
    ['[Hugo Brandt|P], a [Rotterdam|L] businessman, bought the club.', 'LIVES_IN Hugo Brandt -> Rotterdam'],
    ['The [Ohio|L]-born singer [Ann Lee|P] retired.', 'LIVES_IN Ann Lee -> Ohio'],
    ['[Ohio|L] born [Ann Lee|P] retired.', 'LIVES_IN Ann Lee -> Ohio'],
    ['[Ivan Orlov|P], a 70-year-old deputy from [Omsk|L], spoke.', 'LIVES_IN Ivan Orlov -> Omsk'],
    ['[Gen. Ray Hill|P], the commander of the fleet and a [Georgia|L] native, retired.', 'LIVES_IN Gen. Ray Hill -> Georgia'],
    ['[Sega Corp|O], the [Japan|L] video games maker, grew.', 'BASED_IN Sega Corp -> Japan'],
  ];
  testFires(fires);
  const silent: Row[] = [
    ['Officials in [Nevada|L] said snow in [Reno|L] closed roads.', 'LOCATED_IN Reno -> Nevada'],
    ['In [Nevada|L], snow fell; in [Paris|L] it rained.', 'LOCATED_IN Paris -> Nevada'],
  ];
  testSilent(silent);
});

describe('BASED_IN from a place an organization is named after (infer-name-base.ts)', () => {
  testFires([
    ['The [Nevada Department of Mines|O] said [Nevada|L] mines were safe.', 'BASED_IN Nevada Department of Mines -> Nevada', 'org-name-place'],
    ['The [Chilean Mining Board|O] said [Chile|L] would export more copper.', 'BASED_IN Chilean Mining Board -> Chile', 'org-name-place'],
    ['Fans of the [Lisbon Opera|O] queued in [Lisbon|L] for hours.', 'BASED_IN Lisbon Opera -> Lisbon', 'org-name-place'],
  ]);
  testSilent([
    // a mission abroad is not based in the country it represents
    ['The [Brazilian Embassy|O] in [Lisbon|L] said [Brazil|L] would help.', 'BASED_IN Brazilian Embassy -> Brazil'],
    // the place must be named in the article, not only through a demonym
    ['The [Chilean Mining Board|O] said [Chilean|D] exports rose.', 'BASED_IN Chilean Mining Board -> Chile'],
  ]);
});

describe('BASED_IN from a country named before an organization (an inference)', () => {
  testFires([
    ["The group plans to rival [France|L]'s [Orbis|O] in the bidding.", 'BASED_IN Orbis -> France', 'country-org'],
    ['Shares in [Japan|L] carmaker [Kato Motors|O] jumped on Monday.', 'BASED_IN Kato Motors -> Japan', 'country-org'],
    ["[Kenya|L]'s biggest union [Unitas|O] called a strike.", 'BASED_IN Unitas -> Kenya', 'country-org'],
  ]);
  testSilent([
    // a demonym gives no base (it names a people or a market): "Turkish EU bid", "a Polish group"
    ['Leaders met over the [Turkish|D] [EU|O] bid.', 'BASED_IN EU -> Türkiye'],
    ['A [Polish|D] group [Orbis|O] bid for the firm.', 'BASED_IN Orbis -> Poland'],
    // "Iran's UN ambassador": the organization goes on into a title
    ["[Iran|L]'s [UN|O] ambassador spoke.", 'BASED_IN UN -> Iran'],
  ]);
});
