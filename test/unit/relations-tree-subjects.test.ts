// Whose a verb is when it has no subject of its own: a verb joined by "and" shares its head's
// subject; a verb the parser hung from another by a comma alone does not (a misread clause).
import { extractMarked } from './relations-harness';

type Row = readonly [sentence: string, tree: string, relation: string];

const JOINED: Row = [
  '[Dana Whitfield|P] landed in Oslo, toured the port and met [Carl Brandt|P].',
  'Dana/PROPN/3/nsubj Whitfield/PROPN/1/flat landed/VERB/0/root in/ADP/5/case Oslo/PROPN/3/obl ,/PUNCT/7/punct toured/VERB/3/conj the/DET/9/det port/NOUN/7/obj and/CCONJ/11/cc met/VERB/3/conj Carl/PROPN/11/obj Brandt/PROPN/12/flat ./PUNCT/3/punct',
  'MET_WITH Dana Whitfield -> Carl Brandt',
];
// the parser's misreading: "met" hung from "reported" by a comma, its subject read under "named"
const COMMA_ONLY: Row = [
  'The [Daily Ledger|O] reported that [Dana Whitfield|P], a close adviser named to run the budget office, met [Carl Brandt|P].',
  'The/DET/3/det Daily/ADJ/3/amod Ledger/PROPN/4/nsubj reported/VERB/0/root that/SCONJ/12/mark Dana/PROPN/12/nsubj Whitfield/PROPN/6/flat ,/PUNCT/11/punct a/DET/11/det close/ADJ/11/amod adviser/NOUN/6/appos named/VERB/4/ccomp to/PART/14/mark run/VERB/12/xcomp the/DET/17/det budget/NOUN/17/compound office/NOUN/14/obj ,/PUNCT/19/punct met/VERB/4/conj Carl/PROPN/19/obj Brandt/PROPN/20/flat ./PUNCT/4/punct',
  'MET_WITH Daily Ledger -> Carl Brandt',
];

describe('a verb without a subject of its own', () => {
  test('shares the subject of the verb it is joined to by "and"', () => {
    expect(extractMarked(JOINED[0], undefined, [JOINED[1]]).relations).toContain(JOINED[2]);
  });
  test('does not take the subject of a verb it hangs from by a comma alone', () => {
    expect(extractMarked(COMMA_ONLY[0], undefined, [COMMA_ONLY[1]]).relations).not.toContain(COMMA_ONLY[2]);
  });
});
