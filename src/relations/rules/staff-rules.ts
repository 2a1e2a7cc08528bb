// WORKS_FOR {role} from titles and posts in business and political news: "X will serve as Y's
// deputy", "X is to become chief executive of Y", "X, a spokesman for the Z campaign", "the
// co-head of aerospace group Y X", "New York Attorney General X". ("Microsoft's Bill Gates" is not
// a rule: after an organization's possessive most capitalized names are products, 45% were people.)
import type { RelationRule } from './relation-rule';

export const STAFF_RULES: readonly RelationRule[] = [
  {
    id: 'serves-as-poss-role',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] %appos %adv ( will / is to )? %adv @serve as %det [B:Person|Org|Country's] {role}",
    reason: "A serves as B's ROLE: \"X will serve as Y's deputy\"",
    confidence: 0.8,
  },
  {
    id: 'became-role-of',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] %appos %adv ( will / is to / are to )? %adv @become %det ( {role} %rolePrep @det? *2 [B:Org's?~] / [B:Org's~] {role} / [B:Org] {role} / [B:Country's] {office} )",
    reason: 'A became / is to become ROLE of B / COUNTRY\'s OFFICE',
    confidence: 0.82,
  },
  {
    id: 'represented',
    type: 'WORKS_FOR',
    pattern: '[A:Person~] %appos %adv ( represents / represented / representing ) [B:Country|Org] !head',
    role: '=representative',
    reason: 'A (has) represented B (at the UN): a representative works for B',
    confidence: 0.7,
  },
  {
    id: 'role-for-leader-unit',
    type: 'WORKS_FOR',
    pattern: "[A:Person+] , %det !@critic {role} ( for / of / with / in ) @det [B:Person|Country] @leaderunit",
    reason: 'A, a spokesman for the B campaign/administration/government: works for B',
    confidence: 0.8,
  },
  {
    id: 'is-role-for-leader-unit',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] %appos %adv @be %det !@critic {role} ( for / of / with / in ) @det [B:Person|Country] @leaderunit",
    reason: 'A is a spokesman for the B campaign',
    confidence: 0.75,
  },
  {
    id: 'role-of-org-name',
    type: 'WORKS_FOR',
    pattern: '@det? {role} ( of / at ) @det? *5 [B:Org] [A:Person]',
    reason: 'the (co-)head of (aerospace group) B A: the title and its organization before the name',
    confidence: 0.75,
  },
  {
    id: 'place-office-title',
    type: 'WORKS_FOR',
    pattern: "[B:Place's?] {localoffice} ,? [A:Person]",
    notAfter: 'of',
    reason: 'PLACE (\'s) OFFICE A: "Ohio\'s governor, X" — a state or city official works for it (supersedes LIVES_IN); not "Bank of England governor X"',
    confidence: 0.8,
  },
  {
    id: 'place-office-titled-mention',
    type: 'WORKS_FOR',
    pattern: "[B:Place's?] [X:Org]? [A:Person^L]",
    notAfter: 'of',
    role: 'slot:A',
    reason: 'PLACE A, where A carries a local office title: "New York Attorney General X"',
    confidence: 0.8,
  },
  {
    id: 'remains-role-of',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] %appos %adv ( will / is to )? %adv ( remains / remained / remain / stays / stayed / stay ) on? as? %det !@critic {role} %rolePrep @det? [B:Org's?~] !np",
    reason: 'A remains chief executive of B / will stay on as chief scientist at B (not "remains a critic of B")',
    confidence: 0.75,
  },
];
