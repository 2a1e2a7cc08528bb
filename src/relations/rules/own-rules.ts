// OWNS (actor → organization).
import type { RelationRule } from './relation-rule';

export const OWN_RULES: readonly RelationRule[] = [
  {
    id: 'possessive-company',
    type: 'OWNS',
    pattern: "[A:Person|Org's] [B:Org!@party] !head !@notowned",
    reason: "A's B: \"Musk's Starlink\" (not \"Wenger's Bayern counterpart\", \"Peel's Radio 1 show\", nor a party: \"Starmer's Labour Party\" is membership)",
    confidence: 0.65,
  },
  {
    id: 'owned-by',
    type: 'OWNS',
    pattern: "[B:Org~] ( *3 @orgnoun )? %appos ( , which / which / that / , / - )? %adv @be? %adv ( @ownedby / /^[0-9.]+%-owned$/ / taken over / bought out / snapped up ) by @det? ( [X:Loc's] )? ( [T:Org] {role:title} / ( #Adjective / #Noun )? ( #Adjective / #Noun )? ) ( [A:Org|Person] !np / [A:Country] ( government / state ) )",
    reason: 'B (, a car company -) (is 46%-) owned / bought by (market leader / Amazon founder) A (not "by a British company")',
    confidence: 0.85,
  },
  {
    id: 'possessive-party',
    type: 'WORKS_FOR',
    pattern: "[A:Person's] [B:Org@party] !head",
    role: '=member',
    reason: "PERSON's PARTY: \"Starmer's Labour Party\" — the person belongs to it, nobody owns it",
    confidence: 0.6,
  },
  {
    id: 'appos-owned-by',
    type: 'OWNS',
    pattern: '[B:Org~] , %det ( [L:Loc] - @based / *1 - *1 )? *3 ( owned / controlled ) by @det? ( [T:Org] {role:title} )? [A:Org|Person] !np',
    reason: 'B, an (Indianapolis-based) franchise owned by A',
    confidence: 0.8,
  },
  {
    id: 'which-owner-bought',
    type: 'OWNS',
    pattern: '[B:Org] , ( which / that ) [A:actor] %adv ( owns / owned / acquired / bought / purchased / controls ) !by',
    reason: 'B, which A bought/owns',
    confidence: 0.8,
  },
  {
    id: 'agreed-to-buy',
    type: 'OWNS',
    pattern: '[A:actor~] %appos %adv ( agreed / agrees / agreeing ) to ( buy / acquire / purchase / take over ) @det? ( #Adjective / #Noun )? [B:Org] !np',
    reason: 'A agreed to buy B: a signed deal (OWNS, less sure than a completed one)',
    confidence: 0.7,
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
    pattern: '[A:Person|Org~] @orgnoun? ( , who / , which / , %det *4 ( who / which / that ) / %appos ) !np %adv @own !by @det? *2 [B:Org] ( @orgnoun / @subsidiary / website / !np )',
    reason: 'A owns/acquired/bought B (a place is no owner here: "X, headquartered in Osaka, Japan, owns Y"; stakes of states have their own rows)',
    confidence: 0.8,
  },
  {
    id: 'completed-purchase',
    type: 'OWNS',
    pattern: '[A:actor~] %appos %adv ( completed / completes / finalised / finalized / closed / concluded ) @det? *2 ( purchase / acquisition / takeover / buyout ) of @det? [B:Org] !head',
    reason: 'A completed its (\$4bn) purchase/acquisition of B (a bid or plan does not match)',
    confidence: 0.85,
  },
  {
    id: 'sold-to',
    type: 'OWNS',
    pattern: '[X:actor~] %appos %adv ( sold / sells ) @det? *3 [B:Org] *2 to @det? ( #Adjective / #Noun )? ( #Adjective / #Noun )? [A:Org|Person] !np',
    reason: 'X sold (its loss-making) B (unit) to (investment group) A: A owns B now',
    confidence: 0.8,
  },
  {
    id: 'org-unit-name',
    type: 'OWNS',
    pattern: '[A:Org] @subsidiary ,? [B:Org] !head',
    reason: 'A unit B: "GM unit Opel", "Citigroup subsidiary Smith Barney"',
    confidence: 0.75,
  },
];
