// WORKS_FOR from posts described around a name: "in her second term as Oregon's governor", "his
// Jordanian counterpart, X", "head of Norway's fraud unit". Tried before works-rules.ts. And their
// private counterpart: a place before a private person's noun is home ("a Leeds businessman, X"),
// while an office holder of a place ("Ohio Gov. X") works for it and is not said to live there.
import type { RelationRule } from './relation-rule';

const ROLE = 'role|slot:A';

export const POST_RULES: readonly RelationRule[] = [
  {
    id: 'term-as-possessive-role',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] , %det *3 in @possdet *2 ( term / year / stint / tenure ) as [B:Loc|Org's] {role}",
    role: ROLE,
    reason: "A, a Democrat in her second term as B's governor",
    confidence: 0.8,
  },
  {
    id: 'demonym-counterpart',
    type: 'WORKS_FOR',
    pattern: '@possdet [B:Loc] counterpart ,? ( {role:title} )? [A:Person] !np',
    role: 'title|slot:A',
    reason: 'his Jordanian counterpart, (Foreign Minister) A: A holds the same post for that country',
    confidence: 0.7,
  },
  {
    id: 'appos-role-of-unit',
    type: 'WORKS_FOR',
    pattern: "[A:Person] , %det {role} of [B:Loc's] *3 @unitnoun",
    reason: "A, (the) head of B's fraud unit / cybercrime division: a country's or state's unit employs A",
    confidence: 0.8,
  },
  {
    id: 'heads-unit-of-place',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] ( , who / who ) %adv @run [B:Loc|Org's] *3 @unitnoun",
    reason: "A, who heads Norway's fraud unit / Acme's European division: the state's or company's unit employs A",
    confidence: 0.75,
  },
  {
    id: 'place-resident-name',
    type: 'LIVES_IN',
    pattern: '@det? [B:Place] @resident ,? [A:Person] !np',
    reason: 'a B businessman, A; the B woman A: a private person at home in B',
    confidence: 0.75,
  },
];
