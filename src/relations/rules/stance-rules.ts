// CRITICIZED (actor → actor); SUPPORTS rows are in support-rules.ts. Criticizing "B's government/policies" is criticizing B.
// A subject right after a preposition is not the critic: "the head of X has criticised Y" (the head did),
// "prosecutors from the office in X accused Y".
import type { RelationRule } from './relation-rule';

export const STANCE_RULES: readonly RelationRule[] = [
  {
    id: 'criticize-verb',
    type: 'CRITICIZED',
    pattern: "[A:actor~] %appos %adv @criticize @det? ( [X:Loc] {role:title}? )? [B:actor's?+] !appos",
    notAfter: 'subjprep',
    reason: 'A criticised/condemned/slammed (Hungarian Foreign Minister) B (not "B\'s watchdog, C": then C is the target)',
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
    pattern: "[A:actor~] %appos ( , / %adv @be ) %det *2 @critic of @det? [B:actor's?]",
    reason: 'A, a (staunch) critic of B / A has been a persistent critic of B',
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
    id: 'accused-of',
    type: 'CRITICIZED',
    pattern: "[A:actor~] %appos %adv ( @accuseof [B:actor's?+] @leaderunit? ( of / for / over ) / @accuse @det? [B:actor's?+] @leaderunit? ( of / for / over ) !np )",
    notAfter: 'subjprep',
    reason: 'A accused/blamed B of/for something; attacked B over/for (not a noun: a physical attack "for days" has no such complement)',
    confidence: 0.8,
  },
  {
    id: 'criticize-described',
    type: 'CRITICIZED',
    pattern: "[A:actor~] %appos %adv ( @criticize / @accuse ) @det? ( [X:Loc's] )? *3!!agentby ( @orgnoun / {role} ) , @det? [B:actor]",
    notAfter: 'subjprep',
    reason: "A criticised (Britain's) financial watchdog, B: the description's appositive name is the target",
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
    id: 'filed-suit-against',
    type: 'CRITICIZED',
    pattern: "[A:actor~] %appos %adv ( filed / files / brought / brings / launched / lodged ) @det? *2 ( lawsuit / suit / complaint / case / action / challenge ) against @det? [B:actor's?] !np",
    notAfter: 'subjprep',
    reason: 'A filed a (federal) lawsuit against B (as "A sued B")',
    confidence: 0.75,
  },
  {
    id: 'condemned-act-by',
    type: 'CRITICIZED',
    pattern: "[A:actor~] %appos %adv @criticize @det *3 by @det? [B:actor] !np",
    reason: 'A condemned the attack/decision by B (a determiner after the verb: not a passive "was condemned by")',
    confidence: 0.75,
  },
  {
    id: 'called-a-mistake',
    type: 'CRITICIZED',
    pattern: "[A:actor~] %appos %adv @label ( [B:actor's] *3 / @det *2 by [B:actor] / [B:Person] ) as? ( a / an )? *2 @fault",
    reason: "A called B's decision a mistake / called B a liar / described the plan by B as a blunder",
    confidence: 0.75,
  },
  {
    id: 'under-fire-from',
    type: 'CRITICIZED',
    pattern: '[B:actor~] %appos %adv ( came / come / comes / coming / drew / draws / faced / faces ) ( under fire / under attack / *2 ( criticism / rebuke / condemnation / rebukes ) ) from @det? *2 [A:actor] !np',
    reason: 'B came under fire from A / drew (sharp) criticism from A',
    confidence: 0.75,
  },
];
