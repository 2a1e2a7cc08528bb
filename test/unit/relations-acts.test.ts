import { extractMarked, testFires, testSilent } from './relations-harness';

// [sentence, expected relation line, expected rule id]
type Row = [string, string, string];

describe('CRITICIZED, SUPPORTS, ALLY_OF, APPOINTED and MET_WITH frames', () => {
  const fires: Row[] = [
    ['[Greenpeace|O] accused [Shell|O] of hiding the spill.', 'CRITICIZED Greenpeace -> Shell', 'accused-of'],
    ['[Ms Cole|P] attacked [Acme Corp|O] over its pension plans.', 'CRITICIZED Ms Cole -> Acme Corp', 'accused-of'],
    ['[Mr Diaz|P] chided [Sara Lee|P] for the delay.', 'CRITICIZED Mr Diaz -> Sara Lee', 'criticize-verb'],
    ["[Nikon|O]'s chairman, [Ken Sato|P], attacked [Canon|O] over its prices.", 'CRITICIZED Ken Sato -> Canon', 'accused-of'],
    ["[Tesco|O] has criticised [Britain|L]'s competition regulator, the [Office of Fair Trading|O].", 'CRITICIZED Tesco -> Office of Fair Trading', 'criticize-described'],
    ['The plan won with the strong support given to [Ms Roy|P] by the [Unite|O] union.', 'SUPPORTS Unite -> Ms Roy', 'support-given-to-by'],
    // a hyphenated demonym of a country named in the article is read as that country
    ['[Syria|L] denied it. Syrian-backed militias such as [Amal|O] grew.', 'SUPPORTS Syria -> Amal', 'actor-backed'],
    ['The [ACLU|O] has found new allies in its fight with [Microsoft|O], including Professor [Ann Wu|P].', 'ALLY_OF Ann Wu -> ACLU', 'allies-including'],
    ["[Macron|P]'s closest allies, including [Paul Dumas|P], stayed silent.", 'ALLY_OF Paul Dumas -> Macron', 'poss-allies-including'],
    ["[Macron|P]'s close ally [Paul Dumas|P] stayed silent.", 'ALLY_OF Paul Dumas -> Macron', 'poss-ally'],
    ["[Washington|L]'s key ally, [Poland|L], sent troops.", 'ALLY_OF Poland -> Washington', 'poss-ally'],
    ['[Iran|L], which backs [Hamas|O], denied the claim.', 'SUPPORTS Iran -> Hamas', 'support-verb'],
    ['[Lincoln|P] appointed [Mary Ross|P] to lead a new review of tariffs.', 'APPOINTED Lincoln -> Mary Ross', 'appoint-to-lead'],
    ['[Paul Berg|P] was named trade minister by [Helen Ward|P] in May.', 'APPOINTED Helen Ward -> Paul Berg', 'appointed-by'],
    ['[Ann Lee|P] was hired as finance chief of [Acme|O] by [Bob Stone|P].', 'WORKS_FOR Ann Lee -> Acme', 'appointed-by'],
    ["[Bill Gates|P] met [Kenya|L]'s envoy to the [World Bank|O], [Jane Mwangi|P], in [Paris|L].", 'MET_WITH Bill Gates -> Jane Mwangi', 'met-described'],
    ["[Bill Gates|P] met [Kenya|L]'s envoy to the [World Bank|O], [Jane Mwangi|P], in [Paris|L].", 'WORKS_FOR Jane Mwangi -> Kenya', 'met-described'],
  ];
  testFires(fires);

  const silent: Array<[string, string]> = [
    // the possessive owner is not the target when an appositive names it
    ["[Tesco|O] has criticised [Britain|L]'s competition regulator, the [Office of Fair Trading|O].", 'CRITICIZED Tesco -> Britain'],
    // a physical attack is not criticism
    ['[Iraq|L] attacked [Kuwait|L] in 1990.', 'CRITICIZED Iraq -> Kuwait'],
    ['The mayor of [London|L] has criticised the [Metropolitan Police|O].', 'CRITICIZED London -> Metropolitan Police'],
    // a list is not an appositive name: "Iran, Iraq, ..." has no closing comma of a name
    ['Officials from [Iran|L], [Iraq|L] and [Syria|L] attacked the plan.', 'CRITICIZED Iraq -> Syria'],
    ['[Greenpeace|O] was accused by [Shell|O] of lying.', 'CRITICIZED Greenpeace -> Shell'],
    ['[Syria|L] denied it. Syrian-born [Ann Lee|P] praised [Amal|O].', 'SUPPORTS Syria -> Amal'],
    ['Syrian-backed militias such as [Amal|O] grew.', 'SUPPORTS Syria -> Amal'],
    ['[ACLU|O] has no allies, while [Microsoft|O] has [Ann Wu|P].', 'ALLY_OF Ann Wu -> ACLU'],
    ['[Lincoln|P] wanted [Mary Ross|P] to lead the review.', 'APPOINTED Lincoln -> Mary Ross'],
    ["[Bill Gates|P] did not meet [Kenya|L]'s envoy, [Jane Mwangi|P].", 'MET_WITH Bill Gates -> Jane Mwangi'],
  ];
  testSilent(silent);

  test('a straight quotation mark right after a word closes the quotation (later sentences stay visible)', () => {
    const found = extractMarked('[Ann Lee|P] gave only "short" answers. Former [Acme|O] finance chief [Bob Ode|P] said more.');
    expect(found.relations).toContain('WORKS_FOR Bob Ode -> Acme');
  });
});
