// OWNS (actor → organization).
import type { RelationRule } from './relation-rule';

export const OWN_RULES: readonly RelationRule[] = [
  {
    id: 'possessive-company',
    type: 'OWNS',
    pattern: "[A:Person|Org's] [B:Org] !head",
    reason: "A's B: \"Musk's Starlink\"",
    confidence: 0.65,
  },
  {
    id: 'owned-by',
    type: 'OWNS',
    pattern: '[B:Org] ( *3 @orgnoun )? %appos ( , which / which / that / , / - )? %adv @be? %adv ( @ownedby / /^[0-9.]+%-owned$/ / taken over / bought out / snapped up ) by @det? ( #Adjective / #Noun )? ( #Adjective / #Noun )? ( [A:Org|Person] !np / [A:Country] ( government / state ) )',
    reason: 'B (, a car company -) (is 46%-) owned / bought by (market leader) A (not "by a British company")',
    confidence: 0.85,
  },
  {
    id: 'owner-of',
    type: 'OWNS',
    pattern: '[A:actor~] ( , / @be ) %det ( owner / owners / co-owner / proprietor ) of @det? [B:Org]',
    reason: 'A, (the) owner of B',
    confidence: 0.85,
  },
  {
    id: 'owns-verb',
    type: 'OWNS',
    pattern: '[A:actor~] ( , who / , which / who / which / %appos ) %adv @own @det? *1 [B:Org] !head',
    reason: 'A owns/acquired/bought B',
    confidence: 0.8,
  },
];
