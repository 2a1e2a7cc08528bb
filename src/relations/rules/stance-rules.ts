// CRITICIZED and SUPPORTS (actor → actor). Criticizing "B's government/policies" is criticizing B.
import type { RelationRule } from './relation-rule';

export const STANCE_RULES: readonly RelationRule[] = [
  {
    id: 'criticize-verb',
    type: 'CRITICIZED',
    pattern: "[A:actor~] %appos %adv @criticize @det? [B:actor's?+]",
    reason: 'A criticised/condemned/slammed B',
    confidence: 0.85,
  },
  {
    id: 'opposed-to',
    type: 'CRITICIZED',
    pattern: "[A:actor~] %appos *4 opposed to @det? [B:actor's?]",
    reason: 'A (has remained vocally) opposed to B',
    confidence: 0.8,
  },
  {
    id: 'critic-of',
    type: 'CRITICIZED',
    pattern: "[A:actor~] %appos ( , / @be ) %det *2 @critic of @det? [B:actor's?]",
    reason: 'A, a (staunch) critic of B',
    confidence: 0.8,
  },
  {
    id: 'both-critics-of',
    type: 'CRITICIZED',
    pattern: "{both:A} %adv @be %det *2 @critic of @det? [B:actor's?]",
    reason: 'Both (figures) are critics of B: "both" refers to the two people just named',
    confidence: 0.7,
  },
  {
    id: 'criticized-by',
    type: 'CRITICIZED',
    pattern: '[B:actor] %appos ( @be / , ) %adv ( criticized / criticised / condemned / slammed / denounced / rebuked ) by [A:actor]',
    reason: 'B was criticised by A',
    confidence: 0.8,
  },
  {
    id: 'lashed-out-at',
    type: 'CRITICIZED',
    pattern: "[A:actor~] %appos %adv ( lashed / hit / took ) ( out / aim ) at @det? [B:actor's?]",
    reason: 'A lashed out at / took aim at B',
    confidence: 0.75,
  },
  {
    id: 'which-backs',
    type: 'SUPPORTS',
    pattern: '[B:actor] , ( which / who / whom ) [A:actor] %adv @support',
    reason: 'B, which A backs',
    confidence: 0.85,
  },
  {
    id: 'actor-backed',
    type: 'SUPPORTS',
    pattern: '[A:actor] - @backed ( *1 @group ( like / including / such as / , ) )? @det? [B:Org+]',
    reason: 'A-backed (groups like) B: "Iranian-backed groups like Hezbollah"',
    confidence: 0.8,
  },
  {
    id: 'support-verb',
    type: 'SUPPORTS',
    pattern: '[A:actor~] %appos %adv @support @det? [B:actor+] !np',
    reason: 'A backs/supports/endorsed B',
    confidence: 0.8,
  },
  {
    id: 'support-for',
    type: 'SUPPORTS',
    pattern: "[A:actor's~] %adv *2 support for @det? [B:actor] !head",
    reason: "A's (strong) support for B",
    confidence: 0.75,
  },
  {
    id: 'voiced-support-for',
    type: 'SUPPORTS',
    pattern: '[A:actor~] %appos %adv ( expressed / voiced / pledged / declared / reaffirmed / offered / reiterated ) *2 support for @det? [B:actor] !head',
    reason: 'A voiced support for B',
    confidence: 0.75,
  },
  {
    id: 'backed-by',
    type: 'SUPPORTS',
    pattern: '[B:actor] %appos ( @be / , ) %adv @backed by [A:actor]',
    reason: 'B (is) backed/funded by A',
    confidence: 0.8,
  },
];
