// The tree rules on hand-written dependency trees (tree-harness.ts: "form/UPOS/head/deprel"
// per word): subjects and objects, passives, relative clauses, conjuncts, nominalizations and
// appositions; and the must-not rows: negation, modality, denial and reversed direction.
import { extractMarked } from './relations-harness';

type Row = readonly [sentence: string, tree: string, relation: string];

const MET_LIST: Row = [
  '[Tom Reed|P] met [Ann Berg|P] and [Joe Hart|P] in Paris.',
  'Tom/PROPN/3/nsubj Reed/PROPN/1/flat met/VERB/0/root Ann/PROPN/3/obj Berg/PROPN/4/flat and/CCONJ/7/cc Joe/PROPN/4/conj Hart/PROPN/7/flat in/ADP/10/case Paris/PROPN/3/obl ./PUNCT/3/punct',
  'MET_WITH Tom Reed -> Joe Hart',
];
const RELATIVE: Row = [
  '[Ann Berg|P] thanked [Tom Reed|P], who backed [Acme Corp|O] last year.',
  'Ann/PROPN/3/nsubj Berg/PROPN/1/flat thanked/VERB/0/root Tom/PROPN/3/obj Reed/PROPN/4/flat ,/PUNCT/8/punct who/PRON/8/nsubj backed/VERB/4/acl:relcl Acme/PROPN/8/obj Corp/PROPN/9/flat last/ADJ/12/amod year/NOUN/8/obl:unmarked ./PUNCT/3/punct',
  'SUPPORTS Tom Reed -> Acme Corp',
];
const PASSIVE: Row = [
  '[Acme Corp|O] was quietly backed by [Tom Reed|P].',
  'Acme/PROPN/5/nsubj:pass Corp/PROPN/1/flat was/AUX/5/aux:pass quietly/ADV/5/advmod backed/VERB/0/root by/ADP/7/case Tom/PROPN/5/obl:agent Reed/PROPN/7/flat ./PUNCT/5/punct',
  'SUPPORTS Tom Reed -> Acme Corp',
];
const CONJ_VERB: Row = [
  '[Tom Reed|P] flew to Rome and met [Ann Berg|P].',
  'Tom/PROPN/3/nsubj Reed/PROPN/1/flat flew/VERB/0/root to/ADP/5/case Rome/PROPN/3/obl and/CCONJ/7/cc met/VERB/3/conj Ann/PROPN/7/obj Berg/PROPN/8/flat ./PUNCT/3/punct',
  'MET_WITH Tom Reed -> Ann Berg',
];
const POSS_MEETING: Row = [
  "[Tom Reed|P]'s meeting with [Ann Berg|P] went well.",
  "Tom/PROPN/4/nmod:poss Reed/PROPN/1/flat 's/PART/1/case meeting/NOUN/8/nsubj with/ADP/6/case Ann/PROPN/4/nmod Berg/PROPN/6/flat went/VERB/0/root well/ADV/8/advmod ./PUNCT/8/punct",
  'MET_WITH Tom Reed -> Ann Berg',
];
const APPOINTMENT: Row = [
  "[Tom Reed|P]'s appointment of [Ann Berg|P] surprised many.",
  "Tom/PROPN/4/nmod:poss Reed/PROPN/1/flat 's/PART/1/case appointment/NOUN/8/nsubj of/ADP/6/case Ann/PROPN/4/nmod Berg/PROPN/6/flat surprised/VERB/0/root many/ADJ/8/obj ./PUNCT/8/punct",
  'APPOINTED Tom Reed -> Ann Berg',
];
const ASSASSINATION: Row = [
  'The assassination of [Ann Berg|P] by [Tom Reed|P] shocked the city.',
  'The/DET/2/det assassination/NOUN/9/nsubj of/ADP/4/case Ann/PROPN/2/nmod Berg/PROPN/4/flat by/ADP/7/case Tom/PROPN/2/nmod Reed/PROPN/7/flat shocked/VERB/0/root the/DET/11/det city/NOUN/9/obj ./PUNCT/9/punct',
  'KILLED Tom Reed -> Ann Berg',
];
const APPOSITION: Row = [
  '[Joe Hart|P], now a visiting professor at [Leeds University|O], spoke.',
  'Joe/PROPN/11/nsubj Hart/PROPN/1/flat ,/PUNCT/7/punct now/ADV/7/advmod a/DET/7/det visiting/VERB/7/amod professor/NOUN/1/appos at/ADP/9/case Leeds/PROPN/9/compound University/PROPN/7/nmod ,/PUNCT/7/punct spoke/VERB/0/root ./PUNCT/11/punct',
  'WORKS_FOR Joe Hart -> Leeds University',
];
const BACKED_PLAN: Row = [
  "[Tom Reed|P] had backed [Ann Berg|P]'s peace plan.",
  "Tom/PROPN/4/nsubj Reed/PROPN/1/flat had/AUX/4/aux backed/VERB/0/root Ann/PROPN/9/nmod:poss Berg/PROPN/5/flat 's/PART/5/case peace/NOUN/9/compound plan/NOUN/4/obj ./PUNCT/4/punct",
  'SUPPORTS Tom Reed -> Ann Berg',
];
const ALLIANCE: Row = [
  'He announced an alliance of [Chile|L], [Peru|L] and [Bolivia|L].',
  'He/PRON/2/nsubj announced/VERB/0/root an/DET/4/det alliance/NOUN/2/obj of/ADP/6/case Chile/PROPN/4/nmod ,/PUNCT/8/punct Peru/PROPN/6/conj and/CCONJ/10/cc Bolivia/PROPN/6/conj ./PUNCT/2/punct',
  'ALLY_OF Chile -> Peru',
];
const CLERK_AT: Row = [
  '[Ann Berg|P] became a clerk at [Acme Corp|O] in 1990.',
  'Ann/PROPN/3/nsubj Berg/PROPN/1/flat became/VERB/0/root a/DET/5/det clerk/NOUN/3/xcomp at/ADP/8/case Acme/PROPN/8/compound Corp/PROPN/5/nmod in/ADP/10/case 1990/NUM/3/obl ./PUNCT/3/punct',
  'WORKS_FOR Ann Berg -> Acme Corp',
];

const PREDICATE_RELATIVE: Row = [
  '[Tom Reed|P] was the man who killed [Ann Berg|P].',
  'Tom/PROPN/5/nsubj Reed/PROPN/1/flat was/AUX/5/cop the/DET/5/det man/NOUN/0/root who/PRON/7/nsubj killed/VERB/5/acl:relcl Ann/PROPN/7/obj Berg/PROPN/8/flat ./PUNCT/5/punct',
  'KILLED Tom Reed -> Ann Berg',
];
const TITLED_LIST: Row = [
  '[Acme Corp|O] managers [Tom Reed|P] and [Ann Berg|P] were charged.',
  'Acme/PROPN/3/compound Corp/PROPN/1/flat managers/NOUN/4/nmod:desc Tom/PROPN/10/nsubj:pass Reed/PROPN/4/flat and/CCONJ/7/cc Ann/PROPN/4/conj Berg/PROPN/7/flat were/AUX/10/aux:pass charged/VERB/0/root ./PUNCT/10/punct',
  'WORKS_FOR Ann Berg -> Acme Corp',
];
const STAFF_TO: Row = [
  '[Ann Berg|P], chief secretary to the [Treasury|O], spoke.',
  'Ann/PROPN/10/nsubj Berg/PROPN/1/flat ,/PUNCT/5/punct chief/ADJ/5/amod secretary/NOUN/1/appos to/ADP/8/case the/DET/8/det Treasury/PROPN/5/nmod ,/PUNCT/5/punct spoke/VERB/0/root ./PUNCT/10/punct',
  'WORKS_FOR Ann Berg -> Treasury',
];
const GAVE_SUPPORT: Row = [
  "[Tom Reed|P] gave his support to [Ann Berg|P]'s bid.",
  "Tom/PROPN/3/nsubj Reed/PROPN/1/flat gave/VERB/0/root his/PRON/5/nmod:poss support/NOUN/3/obj to/ADP/10/case Ann/PROPN/10/nmod:poss Berg/PROPN/7/flat 's/PART/7/case bid/NOUN/3/obl ./PUNCT/3/punct",
  'SUPPORTS Tom Reed -> Ann Berg',
];
const COUP_BY: Row = [
  'The [UN|O] condemned the coup by [Tom Reed|P].',
  'The/DET/2/det UN/PROPN/3/nsubj condemned/VERB/0/root the/DET/5/det coup/NOUN/3/obj by/ADP/7/case Tom/PROPN/5/nmod Reed/PROPN/7/flat ./PUNCT/3/punct',
  'CRITICIZED UN -> Tom Reed',
];
const PASSIVE_POSSESSOR: Row = [
  "[Tom Reed|P]'s plan was backed by [Ann Berg|P].",
  "Tom/PROPN/4/nmod:poss Reed/PROPN/1/flat 's/PART/1/case plan/NOUN/6/nsubj:pass was/AUX/6/aux:pass backed/VERB/0/root by/ADP/8/case Ann/PROPN/6/obl:agent Berg/PROPN/8/flat ./PUNCT/6/punct",
  'SUPPORTS Ann Berg -> Tom Reed',
];

describe('tree rules fire', () => {
  test.each([MET_LIST, RELATIVE, PASSIVE, CONJ_VERB, POSS_MEETING, APPOINTMENT, ASSASSINATION, APPOSITION, BACKED_PLAN, ALLIANCE, CLERK_AT, PREDICATE_RELATIVE, TITLED_LIST, STAFF_TO, GAVE_SUPPORT, COUP_BY, PASSIVE_POSSESSOR])('%s → %s', (sentence, tree, relation) => {
    expect(extractMarked(sentence, undefined, [tree]).relations).toContain(relation);
  });
  test('every conjunct of a list gets the relation, and every pair of an alliance', () => {
    expect(extractMarked(MET_LIST[0], undefined, [MET_LIST[1]]).relations).toContain('MET_WITH Tom Reed -> Ann Berg');
    const allies = extractMarked(ALLIANCE[0], undefined, [ALLIANCE[1]]).relations.filter((r) => r.startsWith('ALLY_OF'));
    expect(allies).toEqual(expect.arrayContaining(['ALLY_OF Chile -> Bolivia', 'ALLY_OF Peru -> Bolivia']));
  });
  test('a role in a "where" clause works for the place the clause describes, through a pronoun', () => {
    const found = extractMarked('[Tom Reed|P] left. He went back to the [Harbour Board|O], where he had been ferries director.', undefined, [
      'Tom/PROPN/3/nsubj Reed/PROPN/1/flat left/VERB/0/root ./PUNCT/3/punct',
      'He/PRON/2/nsubj went/VERB/0/root back/ADV/2/advmod to/ADP/7/case the/DET/7/det Harbour/PROPN/7/compound Board/PROPN/2/obl ,/PUNCT/14/punct where/ADV/14/advmod he/PRON/14/nsubj had/AUX/14/aux been/AUX/14/cop ferries/NOUN/14/compound director/NOUN/7/acl:relcl ./PUNCT/2/punct',
    ]);
    expect(found.details.find((d) => d.line === 'WORKS_FOR Tom Reed -> Harbour Board')).toMatchObject({ rule: 'tree-where-role', role: 'ferries director' });
  });
  test('a later title starts its own list: "A managers B and C, and D managers E and F"', () => {
    const found = extractMarked('[Acme Corp|O] managers [Tom Reed|P] and [Ann Berg|P], and [Globex|O] managers [Joe Hart|P] and [Kim Ode|P] left.', undefined, [
      'Acme/PROPN/3/compound Corp/PROPN/1/flat managers/NOUN/4/nmod:desc Tom/PROPN/18/nsubj Reed/PROPN/4/flat and/CCONJ/7/cc Ann/PROPN/4/conj Berg/PROPN/7/flat ,/PUNCT/13/punct and/CCONJ/13/cc Globex/PROPN/12/compound managers/NOUN/13/nmod:desc Joe/PROPN/4/conj Hart/PROPN/13/flat and/CCONJ/16/cc Kim/PROPN/4/conj Ode/PROPN/16/flat left/VERB/0/root ./PUNCT/18/punct',
    ]).relations;
    expect(found).toEqual(expect.arrayContaining(['WORKS_FOR Ann Berg -> Acme Corp', 'WORKS_FOR Kim Ode -> Globex']));
    expect(found).not.toContain('WORKS_FOR Kim Ode -> Acme Corp');
    expect(found).not.toContain('WORKS_FOR Joe Hart -> Acme Corp');
  });
  test('a demonym on a public office works for its country', () => {
    const found = extractMarked('[Tom Reed|P] was a former [British|D] minister.', undefined, ['Tom/PROPN/7/nsubj Reed/PROPN/1/flat was/AUX/7/cop a/DET/7/det former/ADJ/7/amod British/ADJ/7/amod minister/NOUN/0/root ./PUNCT/7/punct']);
    expect(found.relations).toContain('WORKS_FOR Tom Reed -> United Kingdom');
  });
  test('a tree rule carries its path for --explain', () => {
    const found = extractMarked(CONJ_VERB[0], undefined, [CONJ_VERB[1]]);
    expect(found.details.find((d) => d.line === CONJ_VERB[2])?.rule).toBe('tree-met');
  });
});

const silent: Row[] = [
  // negation, modality and denial
  ['[Tom Reed|P] did not meet [Ann Berg|P].', 'Tom/PROPN/5/nsubj Reed/PROPN/1/flat did/AUX/5/aux not/PART/5/advmod meet/VERB/0/root Ann/PROPN/5/obj Berg/PROPN/6/flat ./PUNCT/5/punct', 'MET_WITH Tom Reed -> Ann Berg'],
  ['[Tom Reed|P] plans to meet [Ann Berg|P].', 'Tom/PROPN/3/nsubj Reed/PROPN/1/flat plans/VERB/0/root to/PART/5/mark meet/VERB/3/xcomp Ann/PROPN/5/obj Berg/PROPN/6/flat ./PUNCT/3/punct', 'MET_WITH Tom Reed -> Ann Berg'],
  ['[Tom Reed|P] denied meeting [Ann Berg|P].', 'Tom/PROPN/3/nsubj Reed/PROPN/1/flat denied/VERB/0/root meeting/VERB/3/xcomp Ann/PROPN/4/obj Berg/PROPN/5/flat ./PUNCT/3/punct', 'MET_WITH Tom Reed -> Ann Berg'],
  ['[Tom Reed|P] would back [Acme Corp|O].', 'Tom/PROPN/4/nsubj Reed/PROPN/1/flat would/AUX/4/aux back/VERB/0/root Acme/PROPN/4/obj Corp/PROPN/5/flat ./PUNCT/4/punct', 'SUPPORTS Tom Reed -> Acme Corp'],
  ['If [Tom Reed|P] meets [Ann Berg|P], prices rise.', 'If/SCONJ/4/mark Tom/PROPN/4/nsubj Reed/PROPN/2/flat meets/VERB/8/advcl Ann/PROPN/4/obj Berg/PROPN/5/flat ,/PUNCT/4/punct prices/NOUN/8/nsubj rise/VERB/0/root ./PUNCT/8/punct', 'MET_WITH Tom Reed -> Ann Berg'],
  // a post that holds only under a condition: "if" on a clause of the cue
  ['If prices fall, [Tom Reed|P] will be chairman of [Acme Corp|O].', 'If/SCONJ/3/mark prices/NOUN/3/nsubj fall/VERB/9/advcl ,/PUNCT/3/punct Tom/PROPN/9/nsubj Reed/PROPN/5/flat will/AUX/9/aux be/AUX/9/cop chairman/NOUN/0/root of/ADP/11/case Acme/PROPN/9/nmod Corp/PROPN/11/flat ./PUNCT/9/punct', 'WORKS_FOR Tom Reed -> Acme Corp'],
  // reversed direction
  [PASSIVE[0], PASSIVE[1], 'SUPPORTS Acme Corp -> Tom Reed'],
  [ASSASSINATION[0], ASSASSINATION[1], 'KILLED Ann Berg -> Tom Reed'],
  [APPOINTMENT[0], APPOINTMENT[1], 'APPOINTED Ann Berg -> Tom Reed'],
  [PASSIVE_POSSESSOR[0], PASSIVE_POSSESSOR[1], 'SUPPORTS Tom Reed -> Ann Berg'],
  // an envoy to a country works for whoever sends him, not for that country
  ['[Ann Berg|P], envoy to [Chile|L], spoke.', 'Ann/PROPN/7/nsubj Berg/PROPN/1/flat ,/PUNCT/4/punct envoy/NOUN/1/appos to/ADP/6/case Chile/PROPN/4/nmod ,/PUNCT/4/punct spoke/VERB/0/root ./PUNCT/7/punct', 'WORKS_FOR Ann Berg -> Chile'],
  // his support: "his" is the giver, not the one supported
  [GAVE_SUPPORT[0], GAVE_SUPPORT[1], 'SUPPORTS Tom Reed -> Tom Reed'],
];

describe('tree rules stay silent', () => {
  test.each(silent)('%s ↛ %s', (sentence, tree, relation) => {
    expect(extractMarked(sentence, undefined, [tree]).relations).not.toContain(relation);
  });
});
