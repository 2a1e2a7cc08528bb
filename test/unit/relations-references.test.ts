import { testFires, testSilent } from './relations-harness';

// [sentence, expected relation line, expected rule id, expected role ('' = not checked)]
type Row = [string, string, string, string];

describe('organizations named by "it", "its" and "the firm" in ~ slots', () => {
  const fires: Row[] = [
    ['[Orion Motors|O] said it had bought 60% of [Lynx|O].', 'OWNS Orion Motors -> Lynx', 'holds-percent-of', ''],
    ['[Nissan|O] grew fast. [Renault|O] owns 44% of the [Japan|L] carmaker.', 'OWNS Renault -> Nissan', 'holds-percent-of', ''],
    ['Carmaker [Orion Motors|O] cut jobs. The [Detroit|L]-based firm lost $2bn.', 'BASED_IN Orion Motors -> Detroit', 'place-based-org', ''],
    ['The singer was put in charge of [Blue Lantern|O]. [Nia Reed|P] will become the company\'s president in May.', 'WORKS_FOR Nia Reed -> Blue Lantern', 'became-role-of', 'president'],
    ['The [Food Standards Agency|O] issued a warning, said [Joe Hart|P], a spokesman for the agency.', 'WORKS_FOR Joe Hart -> Food Standards Agency', 'appos-role-of', 'spokesman'],
  ];
  testFires(fires);

  const silent: Array<[string, string]> = [
    // an indefinite noun is not a reference back: "a firm" is some other firm
    ['Carmaker [Orion Motors|O] cut jobs. A [Detroit|L]-based firm lost $2bn.', 'BASED_IN Orion Motors -> Detroit'],
    // no organization named before: nothing to refer to
    ['The [Detroit|L]-based firm lost $2bn, said [Ann Lee|P].', 'BASED_IN Ann Lee -> Detroit'],
    // "the firm" after another organization in its sentence is usually a second firm
    ['[Highland Capital|O] said it would take the [Virginia|L]-based firm private.', 'BASED_IN Highland Capital -> Virginia'],
    // a description after a comma describes the (unrecognized) name before it, not an earlier firm
    ['[Orion Motors|O] grew. Skype, the internet telephony firm, was founded by [Ann Lee|P].', 'WORKS_FOR Ann Lee -> Orion Motors'],
    // "it"/"its" are resolved within their sentence only
    ['[Acme|O] grew fast. It also owns [Globex|O].', 'OWNS Acme -> Globex'],
  ];
  testSilent(silent);
});

describe('people named by pronouns and titled descriptions', () => {
  const fires: Row[] = [
    // a style gives the gender: "she" is Ms Ode, not the nearer Mr Park
    ['[Kim Ode|P:Ms] and [Lee Park|P:Mr] spoke on Monday. She later met [Joe Hart|P].', 'MET_WITH Kim Ode -> Joe Hart', 'met-verb', ''],
    // "the prime minister" is the person who holds that title, not the person named last
    ['[Tom Reed|P:Prime Minister] flew in. [Ann Berg|P] came too. The prime minister met [Joe Hart|P] on Monday.', 'MET_WITH Tom Reed -> Joe Hart', 'met-verb', ''],
  ];
  testFires(fires);
  testSilent([
    ['[Kim Ode|P:Ms] and [Lee Park|P:Mr] spoke on Monday. She later met [Joe Hart|P].', 'MET_WITH Lee Park -> Joe Hart'],
    ['[Tom Reed|P:Prime Minister] flew in. [Ann Berg|P] came too. The prime minister met [Joe Hart|P] on Monday.', 'MET_WITH Ann Berg -> Joe Hart'],
    // "the president of X" names its own office: no reference back to a president named before
    ['[Tom Reed|P:President] flew in. The president of [Acme Corp|O] met [Joe Hart|P] on Monday.', 'MET_WITH Tom Reed -> Joe Hart'],
    // nobody holds the title: nothing to refer to
    ['[Ann Berg|P] came. The minister met [Joe Hart|P] on Monday.', 'MET_WITH Ann Berg -> Joe Hart'],
  ]);
});
