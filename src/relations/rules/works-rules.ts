// WORKS_FOR {role}: a person and the organization, country or person they work for. A title tied
// to a country ("Iran's UN Ambassador X", "Supreme Leader of Iran") is WORKS_FOR that country; a
// title tied to any other place ("Ohio's governor", "a Tempe surgeon") is LIVES_IN (lives-rules).
import type { RelationRule } from './relation-rule';

const ROLE = 'role|slot:A';

export const WORKS_RULES: readonly RelationRule[] = [
  {
    id: 'possessive-title',
    type: 'WORKS_FOR',
    pattern: "[B:Org|Person|Country's] {role} ,? [A:Person]",
    role: ROLE,
    reason: "B's ROLE (,) A: \"Iran's UN Ambassador X\", \"Trump's campaign director, X\"",
    confidence: 0.85,
  },
  {
    id: 'possessive-titled-mention',
    type: 'WORKS_FOR',
    pattern: "[B:Org|Person|Country's] [A:Person^]",
    role: 'slot:A',
    reason: "B's A, where the mentions stage kept A's written title as its role",
    confidence: 0.85,
  },
  {
    id: 'org-title',
    type: 'WORKS_FOR',
    pattern: '[B:Org|Country] {role} ,? [A:Person]',
    role: ROLE,
    reason: 'ORG ROLE A: "GE spokesman X", "U.N. Secretary-General X", "Iranian President X"',
    confidence: 0.8,
  },
  {
    id: 'org-titled-mention',
    type: 'WORKS_FOR',
    pattern: '[B:Org|Country] [A:Person^]',
    role: 'slot:A',
    reason: 'ORG A, where A carries its written title',
    confidence: 0.8,
  },
  {
    id: 'appos-role-of',
    type: 'WORKS_FOR',
    pattern: "[A:Person+] , %det {role} %rolePrep @det? [B:Org|Country's?]",
    reason: 'A, (a) ROLE of/at/for/with B: "X, a senior fellow at the Centre for ..."',
    confidence: 0.85,
  },
  {
    id: 'titled-of-country',
    type: 'WORKS_FOR',
    pattern: '[A:Person^] of [B:Country]',
    role: 'slot:A',
    reason: 'TITLE A of COUNTRY: "Supreme Leader X of Iran"',
    confidence: 0.75,
  },
  {
    id: 'role-of-country-before',
    type: 'WORKS_FOR',
    pattern: '{role} of [B:Country] ,? [A:Person]',
    reason: 'ROLE of COUNTRY (,) A: "Supreme Leader of Iran Ali Khamenei"',
    confidence: 0.8,
  },
  {
    id: 'person-of-org',
    type: 'WORKS_FOR',
    pattern: '[A:Person+] ( of / from ) @det? [B:Org] !head',
    role: 'slot:A',
    reason: 'A of B: "David Welch of Harvard University", "Lt. X of the Fire Department"',
    confidence: 0.75,
  },
  {
    id: 'appos-org-role',
    type: 'WORKS_FOR',
    pattern: '[A:Person] , %det [B:Org] {role}',
    reason: 'A, a B ROLE: "X, a Burlington operations manager"',
    confidence: 0.8,
  },
  {
    id: 'is-role-of',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] %appos %adv @be %det {role} %rolePrep @det? [B:Org's?]",
    reason: 'A is (the) ROLE of/for B',
    confidence: 0.8,
  },
  {
    id: 'works-for',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] %appos %adv ( works / worked / working / serves / served / serving ) ( as %det {role} )? ( for / at / with / in ) @det? [B:Org's?]",
    reason: 'A works/served (as ROLE) for/at B',
    confidence: 0.8,
  },
  {
    id: 'joined-org',
    type: 'WORKS_FOR',
    pattern: '[A:Person~] %adv ( joined / joins / rejoined ) @det? [B:Org] !head',
    reason: 'A joined B',
    confidence: 0.7,
  },
  {
    id: 'covers-for',
    type: 'WORKS_FOR',
    pattern: '[A:Person~] %adv ( covers / covered / reports / reported / writes / wrote ) *4 for @det? [B:Org]',
    reason: 'A covers/reports ... for B (journalists)',
    confidence: 0.7,
  },
  {
    id: 'owner-works-for',
    type: 'WORKS_FOR',
    pattern: '[A:Person] ( , / @be ) %det ( owner / co-owner / founder / co-founder ) of @det? [B:Org]',
    reason: 'A, owner/founder of B (runs it)',
    confidence: 0.75,
  },
  {
    id: 'who-owned',
    type: 'WORKS_FOR',
    pattern: '[A:Person] , *3 ( who / which )? %adv ( owns / owned / founded / runs / ran / heads / headed / leads / led ) @det? *2 [B:Org]',
    reason: 'A, who owned/ran/headed B',
    confidence: 0.7,
  },
];
