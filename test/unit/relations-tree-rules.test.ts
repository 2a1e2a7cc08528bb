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

describe('tree rules fire', () => {
  test.each([MET_LIST, RELATIVE, PASSIVE, CONJ_VERB, POSS_MEETING, APPOINTMENT, ASSASSINATION, APPOSITION, BACKED_PLAN, ALLIANCE, CLERK_AT])('%s → %s', (sentence, tree, relation) => {
    expect(extractMarked(sentence, undefined, [tree]).relations).toContain(relation);
  });
  test('every conjunct of a list gets the relation, and every pair of an alliance', () => {
    expect(extractMarked(MET_LIST[0], undefined, [MET_LIST[1]]).relations).toContain('MET_WITH Tom Reed -> Ann Berg');
    const allies = extractMarked(ALLIANCE[0], undefined, [ALLIANCE[1]]).relations.filter((r) => r.startsWith('ALLY_OF'));
    expect(allies).toEqual(expect.arrayContaining(['ALLY_OF Chile -> Bolivia', 'ALLY_OF Peru -> Bolivia']));
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
  // reversed direction
  [PASSIVE[0], PASSIVE[1], 'SUPPORTS Acme Corp -> Tom Reed'],
  [ASSASSINATION[0], ASSASSINATION[1], 'KILLED Ann Berg -> Tom Reed'],
  [APPOINTMENT[0], APPOINTMENT[1], 'APPOINTED Ann Berg -> Tom Reed'],
];

describe('tree rules stay silent', () => {
  test.each(silent)('%s ↛ %s', (sentence, tree, relation) => {
    expect(extractMarked(sentence, undefined, [tree]).relations).not.toContain(relation);
  });
});
