// KILLED read from the tree: a verdict or confession about a killing noun ("convicted of the
// murder of B", "confessed to the B killing"), a killer's title ("B's assassin, A"), a participle
// clause that belongs to its verb or noun ("A, the man convicted of killing B"; "convicted A of
// shooting B") and a description in apposition ("A, the woman who shot B"). A charge is no fact.
import { extractMarked } from './relations-harness';

type Row = readonly [sentence: string, tree: string, relation: string];

const fires: Row[] = [
  [
    '[Dana Whitfield|P] was convicted of the murder of [Carl Brandt|P] in 1998.',
    'Dana/PROPN/4/nsubj:pass Whitfield/PROPN/1/flat was/AUX/4/aux:pass convicted/VERB/0/root of/ADP/7/case the/DET/7/det murder/NOUN/4/obl of/ADP/9/case Carl/PROPN/7/nmod Brandt/PROPN/9/flat in/ADP/12/case 1998/NUM/4/obl ./PUNCT/4/punct',
    'KILLED Dana Whitfield -> Carl Brandt',
  ],
  [
    '[Dana Whitfield|P] confessed to the [Carl Brandt|P] killing.',
    'Dana/PROPN/3/nsubj Whitfield/PROPN/1/flat confessed/VERB/0/root to/ADP/8/case the/DET/8/det Carl/PROPN/7/compound Brandt/PROPN/8/compound killing/NOUN/3/obl ./PUNCT/3/punct',
    'KILLED Dana Whitfield -> Carl Brandt',
  ],
  [
    "[Carl Brandt|P]'s assassin, [Dana Whitfield|P], died in prison.",
    "Carl/PROPN/4/nmod:poss Brandt/PROPN/1/flat 's/PART/1/case assassin/NOUN/9/nsubj ,/PUNCT/6/punct Dana/PROPN/4/appos Whitfield/PROPN/6/flat ,/PUNCT/6/punct died/VERB/0/root in/ADP/11/case prison/NOUN/9/obl ./PUNCT/9/punct",
    'KILLED Dana Whitfield -> Carl Brandt',
  ],
  [
    '[Dana Whitfield|P], the man convicted of killing [Carl Brandt|P], was freed on Monday.',
    'Dana/PROPN/13/nsubj:pass Whitfield/PROPN/1/flat ,/PUNCT/5/punct the/DET/5/det man/NOUN/1/appos convicted/VERB/5/acl of/SCONJ/8/mark killing/VERB/6/advcl Carl/PROPN/8/obj Brandt/PROPN/9/flat ,/PUNCT/5/punct was/AUX/13/aux:pass freed/VERB/0/root on/ADP/15/case Monday/PROPN/13/obl ./PUNCT/13/punct',
    'KILLED Dana Whitfield -> Carl Brandt',
  ],
  [
    'A jury convicted [Dana Whitfield|P] of shooting [Carl Brandt|P].',
    'A/DET/2/det jury/NOUN/3/nsubj convicted/VERB/0/root Dana/PROPN/3/obj Whitfield/PROPN/4/flat of/SCONJ/7/mark shooting/VERB/3/advcl Carl/PROPN/7/obj Brandt/PROPN/8/flat ./PUNCT/3/punct',
    'KILLED Dana Whitfield -> Carl Brandt',
  ],
  [
    '[Dana Whitfield|P], the woman who shot [Carl Brandt|P], spoke to reporters.',
    'Dana/PROPN/11/nsubj Whitfield/PROPN/1/flat ,/PUNCT/5/punct the/DET/5/det woman/NOUN/1/appos who/PRON/7/nsubj shot/VERB/5/acl:relcl Carl/PROPN/7/obj Brandt/PROPN/8/flat ,/PUNCT/5/punct spoke/VERB/0/root to/ADP/13/case reporters/NOUN/11/obl ./PUNCT/11/punct',
    'KILLED Dana Whitfield -> Carl Brandt',
  ],
];

const silent: Row[] = [
  // a charge is no verdict
  [
    '[Dana Whitfield|P] was charged with killing [Carl Brandt|P].',
    'Dana/PROPN/4/nsubj:pass Whitfield/PROPN/1/flat was/AUX/4/aux:pass charged/VERB/0/root with/SCONJ/6/mark killing/VERB/4/advcl Carl/PROPN/8/obj Brandt/PROPN/6/flat ./PUNCT/4/punct',
    'KILLED Dana Whitfield -> Carl Brandt',
  ],
  // the jury is not the killer: the object of the verdict controls the participle
  [
    'A jury convicted [Dana Whitfield|P] of shooting [Carl Brandt|P].',
    'A/DET/2/det jury/NOUN/3/nsubj convicted/VERB/0/root Dana/PROPN/3/obj Whitfield/PROPN/4/flat of/SCONJ/7/mark shooting/VERB/3/advcl Carl/PROPN/7/obj Brandt/PROPN/8/flat ./PUNCT/3/punct',
    'KILLED Carl Brandt -> Dana Whitfield',
  ],
];

describe('killings read from the tree', () => {
  test.each(fires)('%s → %s', (sentence, tree, relation) => {
    expect(extractMarked(sentence, undefined, [tree]).relations).toContain(relation);
  });
  test.each(silent)('%s ↛ %s', (sentence, tree, relation) => {
    expect(extractMarked(sentence, undefined, [tree]).relations).not.toContain(relation);
  });
  test('a verdict on a killing noun is read by the tree rule, with its path', () => {
    const found = extractMarked(fires[1][0], undefined, [fires[1][1]]);
    expect(found.details.find((d) => d.line === fires[1][2])?.rule).toBe('tree-verdict-for-killing');
  });
});
