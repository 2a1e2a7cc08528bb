// LIVES_IN from a place written before a private person's noun: "a Leeds businessman, X", "the
// Ohio woman X". Office holders are not here: "Ohio Gov. X" works for Ohio (post rules) and is not
// also said to live there.
import type { RelationRule } from './relation-rule';

export const RESIDENT_RULES: readonly RelationRule[] = [
  {
    id: 'place-resident-name',
    type: 'LIVES_IN',
    pattern: '@det? [B:Place] @resident ,? [A:Person] !np',
    reason: 'a B businessman, A; the B woman A: a private person at home in B',
    confidence: 0.75,
  },
];
