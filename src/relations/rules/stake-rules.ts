// OWNS from business news: buying or holding a stake ("A owns 30% of B", "a 30% stake in B",
// "B, in which A owns a majority stake", "B is 46%-owned by A", "A-owned B"), parents and
// subsidiaries ("B's parent company, A", "A's B unit", "B, a subsidiary of A", "EADS - Airbus'
// majority owner"), takeovers ("A took over B", "the purchase of B by A"). Selling, bids and
// plans never match: the cue words are owning or completed buying, and gaps stop at "plans",
// "tried", "would" and negations.
import type { RelationRule } from './relation-rule';

/** A stake's size: "30%", "30 percent", "a majority", "controlling". */
const SIZE = '( #Percent / @stakesize / #Value ( percent / pct / per cent ) )?';
/** An appositive or a relative pronoun after the subject ("A, which owns", "the A group, which
 * owns"), not both: after "X, an analyst at Y, which has shares in Z" the "which" is Y's. */
const REL = '@orgnoun? ( , which / , who / which / who / that / %appos )';
/** The owner after "by"/"of": an organization or person, or a country's government ("the French government"). */
const OWNER = '( [A:Org|Person] !np / [A:Country] ( government / state ) )';

export const STAKE_RULES: readonly RelationRule[] = [
  {
    id: 'holds-percent-of',
    type: 'OWNS',
    pattern: `[A:actor~] ${REL} %adv @hold @det? ( #Percent / majority ) of @det? [B:Org~] !head`,
    reason: 'A owns/bought (the) 30% of B',
    confidence: 0.85,
  },
  {
    id: 'holds-stake-in',
    type: 'OWNS',
    pattern: `[A:actor~] ${REL} %adv @hold @det? ${SIZE} ${SIZE} @stake ( in / of ) @det? [B:Org~] !head`,
    reason: 'A owns/holds/bought a (30%/majority) stake in B',
    confidence: 0.85,
  },
  {
    id: 'in-which-stake',
    type: 'OWNS',
    pattern: `[B:Org] , in which [A:actor] %adv @hold @det? ${SIZE} ${SIZE} @stake`,
    reason: 'B, in which A owns a majority stake',
    confidence: 0.85,
  },
  {
    id: 'possessive-stake',
    type: 'OWNS',
    pattern: `[A:actor's] ${SIZE} ${SIZE} @stake in @det? [B:Org] !head`,
    notAfter: 'trade',
    reason: "A's 30% stake in B (not \"sold A's stake\": a trade just before the owner means it changed hands)",
    confidence: 0.8,
  },
  {
    id: 'actor-owned',
    type: 'OWNS',
    pattern: '[A:actor] - owned @det? ( #Adjective / #Noun )? ( #Adjective / #Noun )? [B:Org] !head',
    reason: 'A-owned B: "Kremlin-owned broadcaster X"',
    confidence: 0.8,
  },
  {
    id: 'org-actor-owned',
    type: 'OWNS',
    pattern: '[B:Org] , %det [A:actor] - owned',
    reason: 'B, an A-owned company',
    confidence: 0.8,
  },
  {
    id: 'appos-poss-owner',
    type: 'OWNS',
    pattern: "[A:actor] ( , / - ) @det? [B:Org's] @stakesize? @owner",
    reason: "A, B's (majority) owner/parent/shareholder: \"X - Y's majority owner\"",
    confidence: 0.8,
  },
  {
    id: 'owner-parent-of',
    type: 'OWNS',
    pattern: '[A:actor~] ( , / @be ) %det @stakesize? @owner ( company / group / firm )? of @det? [B:Org]',
    reason: 'A, the parent company / majority shareholder of B',
    confidence: 0.8,
  },
  {
    id: 'poss-parent-appos',
    type: 'OWNS',
    pattern: "[B:Org's~] @stakesize? @owner ( company / group / firm )? ,? [A:actor]",
    reason: "B's parent company, A; \"Its owner, A, said\" (its: the organization before)",
    confidence: 0.8,
  },
  {
    id: 'subsidiary-of',
    type: 'OWNS',
    pattern: `[B:Org] %appos ( , / %adv @be ) %adv %det *2 @subsidiary of @det? *3~ ${OWNER}`,
    reason: 'B, a (broadcasting) subsidiary/unit of A',
    confidence: 0.8,
  },
  {
    id: 'poss-subsidiary',
    type: 'OWNS',
    pattern: "[A:Org's~] ( [B:Org] ( #Adjective / #Noun )? @subsidiary / [L:Loc]? *2 @subsidiary ,? [B:Org] )",
    reason: "A's B unit / A's (London) subsidiary (,) B",
    confidence: 0.8,
  },
  {
    id: 'appos-poss-subsidiary',
    type: 'OWNS',
    pattern: "[B:Org] , [A:Org's~] *2 @subsidiary",
    reason: 'B, A\'s (broadcasting) subsidiary: "X, its broadcasting subsidiary"',
    confidence: 0.8,
  },
  {
    id: 'took-over',
    type: 'OWNS',
    pattern: `[A:actor~] ${REL} %adv ( took / takes / taken / take ) over @det? ( [L:Loc] - @based / [L:Loc] )? ( #Adjective / #Noun )? ( #Adjective / #Noun )? [B:Org+] !head`,
    reason: 'A (has) taken over B',
    confidence: 0.8,
  },
  {
    id: 'purchase-of-by',
    type: 'OWNS',
    pattern: `@det? ( purchase / acquisition / takeover / buyout ) of @det? [B:Org] by @det? ${OWNER}`,
    reason: 'the purchase/acquisition of B by A',
    confidence: 0.8,
  },
  {
    id: 'buying-clause',
    type: 'OWNS',
    pattern: '^ @det? [A:actor] *6 , ( buying / acquiring ) ( back / up / out )? @det? [B:Org+] !head',
    reason: 'A ..., buying (back) B: a participle clause about the sentence subject',
    confidence: 0.75,
  },
  {
    id: 'sold-own',
    type: 'OWNS',
    pattern: '[A:actor~] %appos %adv ( sold / sells ) @possdet ( #Adjective / - )? ( #Adjective / - )? [B:Org] !head',
    reason: 'A sold his/its B (company): A owned it',
    confidence: 0.75,
  },
  {
    id: 'unit-within',
    type: 'OWNS',
    pattern: '[B:Org] ( within / inside ) @det? ( [X:Loc] )? [A:Org] !head',
    reason: 'the B within (the US) A: a division of A',
    confidence: 0.75,
  },
  {
    id: 'part-of-group',
    type: 'OWNS',
    pattern: "[B:Org] , ( now / a / which is )? part of ( [L:Loc's] )? @det? ( @orgnoun )? [A:Org] !np",
    reason: "B, part of (France's) A: a unit of the group A",
    confidence: 0.75,
  },
];
