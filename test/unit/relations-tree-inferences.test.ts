// Relations the tree reaches through a reference or an inference: a pronoun's antecedent (lower
// confidence, the path names it), a home in a place, a person's country ("Franco's Spain"), a
// government noun standing for its place ("the UK government", "Peruvian officials"), a verb
// with an object misread as a name's participle, a counterpart's country, and a description
// ("the magazine") whose organization is named before it as a modifier. Trees as the syntax stage parses them.
import { extractMarked } from './relations-harness';

type Row = readonly [sentence: string, trees: readonly string[], relation: string, rule: string];

const rows: Row[] = [
  [
    '[Dana Whitfield|P] passed away at home in [Bristol|L].',
    ['Dana/PROPN/3/nsubj Whitfield/PROPN/1/flat passed/VERB/0/root away/ADV/3/advmod at/ADP/6/case home/NOUN/3/obl in/ADP/8/case Bristol/PROPN/6/nmod ./PUNCT/3/punct'],
    'LIVES_IN Dana Whitfield -> Bristol',
    'tree-home-in',
  ],
  [
    'Exiles fled [Francisco Franco|P]\'s [Spain|L] in 1939.',
    ["Exiles/NOUN/2/nsubj fled/VERB/0/root Francisco/PROPN/6/nmod:poss Franco/PROPN/3/flat 's/PART/3/case Spain/PROPN/2/obj in/ADP/8/case 1939/NUM/2/obl ./PUNCT/2/punct"],
    'WORKS_FOR Francisco Franco -> Spain',
    'tree-leader-country',
  ],
  [
    '[Mark Ellison|P] condemned the [UK|L] government\'s handling of the strike.',
    ["Mark/PROPN/3/nsubj Ellison/PROPN/1/flat condemned/VERB/0/root the/DET/6/det UK/PROPN/6/compound government/NOUN/8/nmod:poss 's/PART/6/case handling/NOUN/3/obj of/ADP/11/case the/DET/11/det strike/NOUN/8/nmod ./PUNCT/3/punct"],
    'CRITICIZED Mark Ellison -> UK',
    '',
  ],
  [
    '[Ruth Adler|P], an outspoken opponent of the [Lima|L] government who now lives abroad, accused senior [Peru|L] officials of ordering the raid.',
    ['Ruth/PROPN/0/root Adler/PROPN/1/flat ,/PUNCT/6/punct an/DET/6/det outspoken/NOUN/6/compound opponent/NOUN/1/appos of/ADP/10/case the/DET/10/det Lima/PROPN/10/compound government/NOUN/6/nmod who/PRON/13/nsubj now/ADV/13/advmod lives/VERB/10/acl:relcl abroad/ADV/13/advmod ,/PUNCT/16/punct accused/VERB/1/acl senior/ADJ/19/amod Peru/PROPN/19/compound officials/NOUN/16/obj of/SCONJ/21/mark ordering/VERB/19/acl the/DET/23/det raid/NOUN/21/obj ./PUNCT/1/punct'],
    'CRITICIZED Ruth Adler -> Peru',
    'tree-criticized',
  ],
  [
    '[Omar Haddad|P] met his [Spanish|D] counterpart [Ines Ruiz|P] and [Spanish|D] [Karl Berg|P:President] in [Spain|L].',
    ['Omar/PROPN/3/nsubj Haddad/PROPN/1/flat met/VERB/0/root his/PRON/6/nmod:poss Spanish/ADJ/6/amod counterpart/NOUN/3/obj Ines/PROPN/8/compound Ruiz/PROPN/6/appos and/CCONJ/12/cc Spanish/ADJ/11/amod President/PROPN/12/nmod:desc Karl/PROPN/8/appos Berg/PROPN/12/flat in/ADP/15/case Spain/PROPN/3/obl ./PUNCT/3/punct'],
    'WORKS_FOR Ines Ruiz -> Spain',
    '',
  ],
  [
    "Readers praised the [Acme|O] cover chosen by the magazine's art director, [Ruth Adler|P].",
    ["Readers/NOUN/2/nsubj praised/VERB/0/root the/DET/5/det Acme/PROPN/5/compound cover/NOUN/2/obj chosen/VERB/5/acl by/ADP/12/case the/DET/9/det magazine/NOUN/12/nmod:poss 's/PART/9/case art/NOUN/12/compound director/NOUN/6/obl:agent ,/PUNCT/15/punct Ruth/PROPN/15/compound Adler/PROPN/12/appos ./PUNCT/2/punct"],
    'WORKS_FOR Ruth Adler -> Acme',
    '',
  ],
];

describe('relations reached through references and inferences', () => {
  test.each(rows)('%s → %s', (sentence, trees, relation, rule) => {
    const found = extractMarked(sentence, undefined, trees);
    expect(found.relations).toContain(relation);
    if (rule) expect(found.details.find((d) => d.line === relation)?.rule).toBe(rule);
  });

  test('a relation through a pronoun has lower confidence and its path names the antecedent', () => {
    const found = extractMarked('[Kemal Aydin|P] retired in 2001. He died at his home in [Bristol|L].', undefined, [
      'Kemal/PROPN/3/nsubj Aydin/PROPN/1/flat retired/VERB/0/root in/ADP/5/case 2001/NUM/3/obl ./PUNCT/3/punct',
      'He/PRON/2/nsubj died/VERB/0/root at/ADP/5/case his/PRON/5/nmod:poss home/NOUN/2/obl in/ADP/7/case Bristol/PROPN/5/nmod ./PUNCT/2/punct',
    ]);
    const lives = found.details.find((d) => d.line === 'LIVES_IN Kemal Aydin -> Bristol');
    expect(lives?.confidence).toBe(0.6);
    expect(lives?.path).toContain('Kemal Aydin');
  });

  test('a county written on a home is no country its owner leads', () => {
    const found = extractMarked("[Dana Whitfield|P]'s [Yorkshire|L] home was sold.", undefined, [
      "Dana/PROPN/7/nsubj Whitfield/PROPN/5/nmod:poss 's/PART/2/case Yorkshire/PROPN/5/compound home/NOUN/7/nsubj was/AUX/7/cop sold/ADJ/0/root ./PUNCT/7/punct",
    ]);
    expect(found.relations).toContain('LIVES_IN Dana Whitfield -> Yorkshire');
    expect(found.relations).not.toContain('WORKS_FOR Dana Whitfield -> Yorkshire');
  });

  test('"the magazine" after an organization that is its clause\'s subject is another one', () => {
    const found = extractMarked("[Acme|O] said the magazine's editor, [Ruth Adler|P], resigned.", undefined, [
      "Acme/PROPN/2/nsubj said/VERB/0/root the/DET/4/det magazine/NOUN/6/nmod:poss 's/PART/4/case editor/NOUN/11/nsubj ,/PUNCT/9/punct Ruth/PROPN/9/compound Adler/PROPN/6/appos ,/PUNCT/9/punct resigned/VERB/2/ccomp ./PUNCT/2/punct",
    ]);
    expect(found.relations).not.toContain('WORKS_FOR Ruth Adler -> Acme');
  });

  test("a name whose own title holds the cue is no employer: 'Lady Justice A and Mr Justice B dismissed the appeal'", () => {
    const found = extractMarked('[Ann Cole|P:Lady Justice] and [Tom Reed|P:Mr Justice] dismissed the appeal on Friday.', undefined, [
      'Lady/PROPN/2/compound Justice/PROPN/9/compound Ann/PROPN/4/compound Cole/PROPN/9/compound and/CCONJ/6/cc Mr/PROPN/4/conj Justice/PROPN/9/compound Tom/PROPN/9/compound Reed/PROPN/10/nsubj dismissed/VERB/0/root the/DET/12/det appeal/NOUN/10/obj on/ADP/14/case Friday/PROPN/10/obl ./PUNCT/10/punct',
    ]);
    expect(found.relations.filter((r) => r.startsWith('WORKS_FOR'))).toEqual([]);
  });
});
