// LIVES_IN: where a person lives, comes from or was born (the CoNLL04 Live_In sense), including
// a title tied to a place that is not a country ("Louisiana Gov. X", "X, an Atlanta architect").
import type { RelationRule } from './relation-rule';

export const LIVES_RULES: readonly RelationRule[] = [
  {
    id: 'born-in',
    type: 'LIVES_IN',
    pattern: '[A:Person~] %appos ( , who / who )? ( @be / , )? born *6, ( in / at / near ) @direction? [B:Loc]',
    reason: 'A was born in B',
    confidence: 0.85,
  },
  {
    id: 'lives-in',
    type: 'LIVES_IN',
    pattern: '[A:Person~] %appos ( , who / who )? %adv @live *2 in @direction? [B:Loc]',
    reason: 'A lives/lived in B',
    confidence: 0.85,
  },
  {
    id: 'age-of-place',
    type: 'LIVES_IN',
    pattern: '[A:Person] , *2 #Value , of [B:Loc]',
    reason: 'A, AGE, of B: "X, 25, of Tempe"',
    confidence: 0.85,
  },
  {
    id: 'person-of-place',
    type: 'LIVES_IN',
    pattern: '[A:Person+] of [B:Place|Country] !head',
    reason: 'A of B: "Bob Dole of Kansas"',
    confidence: 0.7,
  },
  {
    id: 'native-of',
    type: 'LIVES_IN',
    pattern: '[A:Person~] ( , / @be ) %det ( native / resident / citizen / residents / natives ) of [B:Loc]',
    reason: 'A, a native/resident of B',
    confidence: 0.85,
  },
  {
    id: 'place-native',
    type: 'LIVES_IN',
    pattern: "[A:Person] , %det [B:Loc's?] ( native / resident / born )",
    reason: 'A, a B native',
    confidence: 0.8,
  },
  {
    id: 'native-before',
    type: 'LIVES_IN',
    pattern: "[B:Loc's?] *1 ( native / resident / natives ) ( son / daughter )? ,? [A:Person]",
    reason: "B native A / B's native son A",
    confidence: 0.8,
  },
  {
    id: 'is-from',
    type: 'LIVES_IN',
    pattern: '[A:Person~] %adv @be ( originally )? from [B:Loc]',
    reason: 'A is from B',
    confidence: 0.8,
  },
  {
    id: 'appos-from',
    type: 'LIVES_IN',
    pattern: '[A:Person] , %det *3 from [B:Loc]',
    reason: 'A, a (job) from B: "X, an electronics technician from North Wales"',
    confidence: 0.75,
  },
  {
    id: 'place-title',
    type: 'LIVES_IN',
    pattern: "[B:Place's?] {role} ,? [A:Person]",
    reason: 'PLACE (\'s) ROLE A: "Louisiana Gov. X", "Ohio\'s governor, X", "Tempe plastic surgeon X"',
    confidence: 0.75,
  },
  {
    id: 'place-titled-mention',
    type: 'LIVES_IN',
    pattern: "[B:Place's?] [A:Person^]",
    reason: 'PLACE A, where A carries a written title',
    confidence: 0.75,
  },
  {
    id: 'appos-place-role',
    type: 'LIVES_IN',
    pattern: '[A:Person] , %det [B:Place] {role}',
    reason: 'A, a PLACE ROLE: "X, an Atlanta architect"',
    confidence: 0.75,
  },
  {
    id: 'appos-role-of-place',
    type: 'LIVES_IN',
    pattern: '[A:Person] , %det {role} ( of / for / in ) @det? [B:Place] !head',
    reason: 'A, ROLE of PLACE: "X, governor of the Upper Nile region"',
    confidence: 0.75,
  },
];
