// WORKS_FOR {role} from business news verb frames: who runs, joins, leaves or replaces whom at a
// company ("X will run Y", "X stepped down as chairman of Y", "X replaced Z as chief executive
// of Y", "X was appointed to the Y board", "X, a spokesman for the Z campaign"). Future and
// stated plans count ("is to step down as", "will run"): news reports them as decided.
import type { RelationRule } from './relation-rule';

export const STAFF_RULES: readonly RelationRule[] = [
  {
    id: 'runs-org',
    type: 'WORKS_FOR',
    pattern: '[A:Person~] %appos %adv ( will / is to / are to )? %adv ( continue / continues / continued )? to? @run @det? [B:Org] !head',
    reason: 'A runs/heads/chairs B: "X will continue to run Y", "X heads Y"',
    confidence: 0.75,
  },
  {
    id: 'left-post-as',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] %appos ( , #Value , )? %adv ( will / is to / are to )? %adv @leave ( down / up )? ( as / from ) ( %det {role} %rolePrep @det? [B:Org's?~] ( \\( [C:Org] \\) )? / @det? [B:Org's~] {role} )",
    also: [{ type: 'WORKS_FOR', from: 'A', to: 'C', role: 'role' }],
    reason: 'A stepped down / resigned / retired as ROLE of B (a former post is still WORKS_FOR)',
    confidence: 0.8,
  },
  {
    id: 'replaced-as',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] %appos %adv ( will / is to )? %adv @replace [C:Person] as %det {role} %rolePrep @det? [B:Org's?]",
    also: [{ type: 'WORKS_FOR', from: 'C', to: 'B', role: 'role' }],
    reason: 'A replaced/succeeded C as ROLE of B: both hold (or held) the post',
    confidence: 0.8,
  },
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
    pattern: "[A:Person~] %appos %adv ( will / is to / are to )? %adv @become %det ( {role} %rolePrep @det? *2 [B:Org's?~] / [B:Org's~] {role} / [B:Org] {role} )",
    reason: 'A became / is to become ROLE of B',
    confidence: 0.82,
  },
  {
    id: 'joined-board',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] %appos %adv @be? %adv ( appointed / named / elected / joined / joins / join ) ( to / on )? @det? ( [B:Org's?] @board / @board of ( directors )? ( of / at )? @det? [B:Org] )",
    role: '=board member',
    reason: 'A was appointed to the B board / joined the board of B',
    confidence: 0.75,
  },
  {
    id: 'sits-on-board',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] %appos %adv ( sits / sat / serves / served / sitting / serving ) on @det? ( [B:Org's?] @board / @board of ( directors )? ( of / at )? @det? [B:Org] )",
    role: '=board member',
    reason: "A sits on B's board",
    confidence: 0.75,
  },
  {
    id: 'in-charge-of',
    type: 'WORKS_FOR',
    pattern: '[A:Person~] %appos *12 ( in / took / take / takes / taking ) charge ( of / at ) ( @det? [B:Org] / *8 , @det? [B:Org] ) !head',
    reason: 'A (was put) in charge of B / took charge at B; "in charge of one of the labels, B"',
    confidence: 0.7,
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
    reason: 'PLACE (\'s) OFFICE A: "Ohio\'s governor, X" — a state or city official works for it (supersedes LIVES_IN)',
    confidence: 0.8,
  },
  {
    id: 'place-office-titled-mention',
    type: 'WORKS_FOR',
    pattern: "[B:Place's?] [X:Org]? [A:Person^L]",
    role: 'slot:A',
    reason: 'PLACE A, where A carries a local office title: "New York Attorney General X"',
    confidence: 0.8,
  },
];
