// WORKS_FOR from careers in business news: who runs, joins, founds, leaves or replaces whom at a
// company ("X will run Y", "X stepped down as chairman of Y", "X replaced Z as chief executive of
// Y", "X was appointed to the Y board", "X founded Y", "X left Y"). Future and stated plans count
// ("is to step down as", "will run"): news reports them as decided; a former post is still WORKS_FOR.
import type { RelationRule } from './relation-rule';

export const CAREER_RULES: readonly RelationRule[] = [
  {
    id: 'runs-org',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] %appos %adv ( will / is to / are to )? %adv ( continue / continues / continued )? to? @run @det? ( [X:actor's] )? [B:Org] !head",
    reason: 'A runs/heads/chairs (X\'s) B: "X will continue to run Y", "X heads Y", "X heads Y\'s Z business"',
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
    pattern: '[A:Person~] %appos *12 ( in / took / take / takes / taking ) charge ( of / at ) ( @det? [B:Org] / *8~ , @det? [B:Org] ) !head',
    reason: 'A (was put) in charge of B / took charge at B; "in charge of one of the labels, B"',
    confidence: 0.7,
  },
  {
    id: 'founded-org',
    type: 'WORKS_FOR',
    pattern: '[A:Person~] %appos %adv ( founded / co-founded / cofounded ) @det? [B:Org] !np',
    role: '=founder',
    reason: 'A founded B',
    confidence: 0.75,
  },
  {
    id: 'hired-by',
    type: 'WORKS_FOR',
    pattern: '[A:Person] %appos ( @be / , ) %adv ( hired / recruited / employed / poached ) ( as %det {role} )? by @det? [B:Org~] !np',
    reason: 'A (was) hired/recruited (as ROLE) by B',
    confidence: 0.75,
  },
  {
    id: 'left-org',
    type: 'WORKS_FOR',
    pattern: '[A:Person~] %appos %adv ( will / is to )? %adv ( leave / leaves / left / quit / quits / quitting ) @det? [B:Org~] !np',
    reason: 'A left/quit B (a former employer)',
    confidence: 0.7,
  },
  {
    id: 'named-role-of',
    type: 'WORKS_FOR',
    pattern: "[A:Person~] %appos %adv @be %adv ( named / appointed / elected / confirmed / installed / made ) as? %det {role} %rolePrep @det? [B:Org's?~] !np",
    reason: 'A was named (as) the new ROLE of B',
    confidence: 0.8,
  },
  {
    id: 'joined-org',
    type: 'WORKS_FOR',
    pattern: '[A:Person~] %appos %adv ( joined / joins / rejoined ) @det? [B:Org] !head',
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
    pattern: "[A:Person] , ( %det *4 )? ( who / which )? %adv ( owns / owned / founded / co-founded / @run ) !by @det? *2 ( [X:actor's] )? [B:Org] !head",
    reason: 'A, (the tycoon) who owned/ran/headed B: "X, who has run Y since 2003"',
    confidence: 0.7,
  },
  {
    id: 'org-headed-by',
    type: 'WORKS_FOR',
    pattern: "[B:Org~] %appos ,? ( which / that )? @be? %adv ( headed / led / chaired / run / directed / managed / founded ) *4~ by [A:Person]",
    reason: 'ORG (was) headed/led/founded by A',
    confidence: 0.75,
  },
];
