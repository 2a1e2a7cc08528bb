// KILLED (actor → person). Attempts, plots, threats and denials never match (the gaps stop at
// such words); condemning or mourning a killing is not killing: the nominal rules need a verdict
// ("convicted of the killing of"), an order ("ordered the assassination of") or "by A".
import type { RelationRule } from './relation-rule';

export const KILL_RULES: readonly RelationRule[] = [
  {
    id: 'kill-verb',
    type: 'KILLED',
    pattern: '[A:Person~] %appos ( , who / who )? *5!be @killed ( and %adv ( @killed / wounded ) )? !by *6~ [B:Person+~] !np',
    reason: 'A killed/shot/assassinated B',
    confidence: 0.85,
  },
  {
    id: 'kill-gerund',
    type: 'KILLED',
    pattern: '[A:Person~] %appos ( , who / who )? *6,!!allege ( @killing !of / to @kill ) *5~ [B:Person+~] !head',
    reason: 'A ... (convicted of / admitted) killing B (not "charged with / accused of killing B")',
    confidence: 0.8,
  },
  {
    id: 'convicted-of-killing',
    type: 'KILLED',
    pattern: '[A:Person~] %appos *6, @convicted *10~ @killnoun of *4~ [B:Person+]',
    reason: 'A was convicted of/sentenced for the killing of B',
    confidence: 0.8,
  },
  {
    id: 'found-guilty-of-killing',
    type: 'KILLED',
    pattern: 'found [A:Person] ( , *10~ , )? guilty ( of / in ) *8~ ( @killnoun of / @killing ) *4~ [B:Person+]',
    reason: '(a jury) found A (, 29, of TOWN,) guilty of murder in the shooting death of B',
    confidence: 0.8,
  },
  {
    id: 'ordered-killing',
    type: 'KILLED',
    pattern: '[A:actor~] %appos %adv @ordered @det? *3 @killnoun of *3~ [B:Person+]',
    reason: 'A ordered the killing/assassination of B',
    confidence: 0.8,
  },
  {
    id: 'subject-ordered-killing',
    type: 'KILLED',
    pattern: '^ @det? [A:actor] **24 , and @ordered @det? *3 @killnoun of *3~ [B:Person+]',
    reason: 'A did X, Y, and ordered the killing of B (coordinated verbs share the subject)',
    confidence: 0.7,
  },
  {
    id: 'possessive-term-ordered-killing',
    type: 'KILLED',
    pattern: "^ [A:Person's~] *2 ( term / administration / government / presidency ) **24 @ordered @det? *3 @killnoun of *3~ [B:Person+]",
    reason: "His/A's term/administration ... ordered the killing of B",
    confidence: 0.65,
  },
  {
    id: 'killer-of',
    type: 'KILLED',
    pattern: '[A:Person] ( , / @be ) %det *3 @killer of *3~ [B:Person]',
    reason: 'A, the (convicted) assassin/killer of B',
    confidence: 0.85,
  },
  {
    id: 'possessive-killer',
    type: 'KILLED',
    pattern: "[B:Person's?] *2 @killer ,? [A:Person]",
    reason: "B's assassin, A / B assassin A",
    confidence: 0.85,
  },
  {
    id: 'group-killed',
    type: 'KILLED',
    pattern: '[A:Org] ( @group / gunmen / militants / members / fighters / soldiers / troops )? ( , who / who )? *3!!allege @killed !by *6~ [B:Person+~] !np',
    reason: 'ORG (fighters) killed B: a killing stated with the group as its author',
    confidence: 0.8,
  },
  {
    id: 'killed-by-group',
    type: 'KILLED',
    pattern: '[B:Person+~] %appos ( @be / , ) %adv @killed *6~ by ( @det? *2 ( from / of ) )? @det? [A:Org]',
    reason: 'B was killed by (gunmen from) ORG / by ORG fighters',
    confidence: 0.8,
  },
  {
    id: 'killed-by',
    type: 'KILLED',
    pattern: '[B:Person+~] %appos ( @be / , ) %adv @killed *16~ ( by / on the orders of ) *6~ [A:Person+]',
    reason: 'B was killed/shot (to death in PLACE) by A',
    confidence: 0.85,
  },
  {
    id: 'convicted-of-possessive-killing',
    type: 'KILLED',
    pattern: "[A:Person~] %appos *6, @convicted *8~ [B:Person's] *2 @killnoun",
    reason: "A was convicted of / sentenced for B's murder",
    confidence: 0.8,
  },
];
