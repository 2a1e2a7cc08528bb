import { testFires, testSilent } from './relations-harness';

type Row = [string, string, string];

describe('WORKS_FOR, APPOINTED, ADVISES, ALLY_OF rules', () => {
  const fires: Row[] = [
    ["[France|L]'s UN Ambassador [Marie Dupont|P] spoke first.", 'WORKS_FOR Marie Dupont -> France', 'UN Ambassador'],
    ["[Brazil|L]'s [Carlos Lima|P:Foreign Minister] arrived late.", 'WORKS_FOR Carlos Lima -> Brazil', 'Foreign Minister'],
    ["[Biden|P]'s campaign manager, [Jen O'Malley|P], declined to comment.", "WORKS_FOR Jen O'Malley -> Biden", 'campaign manager'],
    ['"We are ready," said [Lena Fischer|P], a senior fellow at the [Kiel Institute|O].', 'WORKS_FOR Lena Fischer -> Kiel Institute', 'senior fellow'],
    ['[Tom Reed|P], chairman of [Acme Corp|O], resigned.', 'WORKS_FOR Tom Reed -> Acme Corp', 'chairman'],
    ['[Boeing|O] spokesman [Dan Price|P] said the plane was safe.', 'WORKS_FOR Dan Price -> Boeing', 'spokesman'],
    ["Reporters dug into [Acme Corp|O] chairman [Tom Reed|P]'s past.", 'WORKS_FOR Tom Reed -> Acme Corp', 'chairman'],
    ['[Ali Rezaei|P], Supreme Leader of [Iran|L], spoke on Friday.', 'WORKS_FOR Ali Rezaei -> Iran', 'Supreme Leader'],
    ['[Sen. Ann Cole|P], D-Calif., chairman of the [Senate Budget Committee|O], objected.', 'WORKS_FOR Sen. Ann Cole -> Senate Budget Committee', ''],
    ['[Sara Long|P] of [Yale University|O] disagreed.', 'WORKS_FOR Sara Long -> Yale University', ''],
    ['[Sara Long|P], 52, of the [Brookfield Institute|O] and [Tim Ames|P] of [Yale University|O] disagreed.', 'WORKS_FOR Sara Long -> Brookfield Institute', ''],
    ["[Sara Long|P], of the [EPA|O]'s division of air quality, disagreed.", 'WORKS_FOR Sara Long -> EPA', ''],
    ['[Lincoln|P] has named [Mary Ross|P] as Secretary of Labor and [John Hale|P] as Attorney General.', 'APPOINTED Lincoln -> Mary Ross', 'Secretary of Labor'],
    ['[Lincoln|P] has named [Mary Ross|P] as Secretary of Labor and [John Hale|P] as Attorney General.', 'APPOINTED Lincoln -> John Hale', 'Attorney General'],
    ['[Paul Berg|P] was appointed by [Helen Ward|P] last year.', 'APPOINTED Helen Ward -> Paul Berg', ''],
    ['[Kim Park|P], a close [Obama|P] adviser, left.', 'ADVISES Kim Park -> Obama', ''],
    ['[Kim Park|P], who was tapped to advise [Obama|P] on trade, left.', 'ADVISES Kim Park -> Obama', ''],
    ['[Kim Park|P], a senior adviser to [Obama|P], left.', 'ADVISES Kim Park -> Obama', ''],
    ['[Kim Park|P], a key [Obama|P] ally, left.', 'ALLY_OF Kim Park -> Obama', ''],
  ];
  testFires(fires.map(([sentence, expected, role]) => [sentence, expected, '', role]));
  // a name and its academic institution as one phrase; the institution's head word is the one before "of"
  testFires([
    ['In physics, [Li Wen|P] at the [Institute of Optics|O] won a prize.', 'WORKS_FOR Li Wen -> Institute of Optics', 'person-at-org'],
    ['[Omar Said|P:Dr.] at the [University of Tanta|O] found the gene.', 'WORKS_FOR Omar Said -> University of Tanta', 'person-at-org'],
  ]);

  const silent: Row[] = [
    ["[France|L]'s UN Ambassador [Marie Dupont|P] spoke first.", 'LIVES_IN Marie Dupont -> France', ''],
    ['[Omar Said|P], an [Egypt|L] policy expert, wrote a book.', 'WORKS_FOR Omar Said -> Egypt', ''],
    ['[Omar Said|P], an [Egypt|L] policy expert, wrote a book.', 'LIVES_IN Omar Said -> Egypt', ''],
    ['[U.S.|L] Attorney [Mark Bell|P] filed the case.', 'WORKS_FOR Mark Bell -> U.S.', ''],
    ['[Lincoln|P] did not name [Mary Ross|P] as Secretary of Labor.', 'APPOINTED Lincoln -> Mary Ross', ''],
    ['[Kim Park|P] met [Obama|P] and an adviser to [Merkel|P].', 'ADVISES Kim Park -> Merkel', ''],
    // "at" a venue is where something happened
    ['Police saw [Ann Cole|P] at the [Grand Hotel|O] on Monday.', 'WORKS_FOR Ann Cole -> Grand Hotel', ''],
  ];
  testSilent(silent);
});

describe('LIVES_IN rules', () => {
  const fires: Row[] = [
    ['[Greta Holm|P] was born in [Uppsala|L], [Sweden|L].', 'LIVES_IN Greta Holm -> Uppsala', ''],
    ['[Greta Holm|P] was born in [Uppsala|L], [Sweden|L].', 'LIVES_IN Greta Holm -> Sweden', ''],
    ['[Ray Stone|P], 41, of [Tempe|L], was arrested.', 'LIVES_IN Ray Stone -> Tempe', ''],
    ['[Ray Stone|P], who lives in [Tempe|L], was arrested.', 'LIVES_IN Ray Stone -> Tempe', ''],
    ['[Tempe|L] surgeon [Kate Miles|P] signed the letter.', 'LIVES_IN Kate Miles -> Tempe', ''],
    ['[Ray Stone|P], a [Denver|L] architect, designed it.', 'LIVES_IN Ray Stone -> Denver', ''],
    ['[Ray Stone|P] is a native of [Tulsa|L].', 'LIVES_IN Ray Stone -> Tulsa', ''],
    ['The award went to his widow, [Norma Kent|P], of [Buffalo Grove|L].', 'LIVES_IN Norma Kent -> Buffalo Grove', 'person-of-place'],
    // an opening participle describes the subject
    ['Raised in [Tulsa|L], the singer [Tom Lane|P] moved away.', 'LIVES_IN Tom Lane -> Tulsa', 'born-opener'],
    ['Born poor in [Fresno|L] in 1950, [Ann Ruiz|P] built a fortune.', 'LIVES_IN Ann Ruiz -> Fresno', 'born-opener'],
  ];
  testFires(fires);
  const silent: Row[] = [
    ['[Ray Stone|P] flew to [Tempe|L] on Monday.', 'LIVES_IN Ray Stone -> Tempe', ''],
    // an opening participle with a clause of its own before the name is not the name's
    ['Born in [Tulsa|L], the company sued [Tom Lane|P] last year.', 'LIVES_IN Tom Lane -> Tulsa', ''],
    // a place after "of" ends an organization's name: "Royal Bank of Scotland chief executive X"
    ['Royal Bank of [Scotland|L] chief executive [Fred Goodwin|P] spoke.', 'LIVES_IN Fred Goodwin -> Scotland', ''],
    ['[Ray Stone|P] and [Tempe|L] officials disagreed.', 'LIVES_IN Ray Stone -> Tempe', ''],
  ];
  testSilent(silent);
});

describe('a demonym after a preposition still opens a title', () => {
  testFires([['An address came from [Iraqi|D] interim leader [Ali Saleh|P] on Monday.', 'WORKS_FOR Ali Saleh -> Iraq']]);
  // a demonym after a preposition with no title and name after it is a people or a language
  testSilent([['The letter was written in [Spanish|D] by [Ana Ruiz|P].', 'WORKS_FOR Ana Ruiz -> Spain']]);
});
