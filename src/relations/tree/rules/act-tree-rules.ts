// Acts between actors read from the tree: meetings, criticism, support, killings. A verb's subject
// and object, a passive's agent ("was backed by X") and subject, a participle's noun ("X, backed by
// Y"), and the possessor and "of"/"with"/"on" phrases of a nominalization ("X's meeting with Y",
// "the assassination of X by Y", "X's attack on Y").
import type { TreeRule } from '../tree-rule';

const ACTIVE = { from: 'nsubj', pos: 'VERB' } as const;
const PASSIVE = { from: 'obl:agent , obl+by', to: 'nsubj:pass , ^acl', pos: 'VERB' } as const;

export const ACT_TREE_RULES: readonly TreeRule[] = [
  { id: 'tree-met', type: 'MET_WITH', cue: 'met|meet|meets|meeting', ...ACTIVE, to: 'obj , obl+with', where: true, reason: 'A met (with) B', confidence: 0.85 },
  { id: 'tree-met-with-noun', type: 'MET_WITH', cue: '@talks|talk', pos: 'NOUN', governor: '@held|attended|attends|attend|began|begins|opened|opens', from: '^obj/nsubj', to: 'nmod+with', where: true, reason: 'A held talks / a meeting with B', confidence: 0.8 },
  { id: 'tree-after-meeting-with', type: 'MET_WITH', cue: '@talks|talk|audience', pos: 'NOUN', cueCase: 'after|following|during|at', from: '^obl/nsubj , ^nmod/^obl/nsubj', to: 'nmod+with', where: true, reason: 'A did something after talks / a meeting with B', confidence: 0.75 },
  { id: 'tree-poss-meeting-with', type: 'MET_WITH', cue: '@talks|talk', pos: 'NOUN', from: 'nmod:poss', to: 'nmod+with', where: true, reason: "A's meeting / talks with B", confidence: 0.75 },
  { id: 'tree-discussed-with', type: 'MET_WITH', cue: 'discussed|discusses|conferred|negotiated', ...ACTIVE, to: 'obl+with', where: true, reason: 'A discussed (something) with B', confidence: 0.75 },
  { id: 'tree-criticized', type: 'CRITICIZED', cue: '@criticize|@accuse', ...ACTIVE, to: 'obj , obj/nmod:poss', reason: "A criticized / accused B (or B's policy)", confidence: 0.85 },
  { id: 'tree-criticized-by', type: 'CRITICIZED', cue: '@criticize|@accuse', ...PASSIVE, reason: 'B was criticized by A', confidence: 0.8 },
  { id: 'tree-attack-on', type: 'CRITICIZED', cue: 'attack|attacks|criticism|criticisms|condemnation|denunciation', pos: 'NOUN', from: 'nmod:poss', to: 'nmod+on|of', reason: "A's attack on / criticism of B", confidence: 0.75 },
  { id: 'tree-critic-of', type: 'CRITICIZED', cue: '@critic', pos: 'NOUN', from: 'nsubj , ^appos', to: 'nmod+of , nmod:poss', reason: 'A, a critic / an opponent of B', confidence: 0.8 },
  { id: 'tree-supports', type: 'SUPPORTS', cue: '@support|endorse|back|support', ...ACTIVE, to: 'obj , obj/nmod:poss', reason: "A backs / supports B (or B's plan)", confidence: 0.85 },
  { id: 'tree-supported-by', type: 'SUPPORTS', cue: '@backed|endorsed', ...PASSIVE, reason: 'B was backed / endorsed by A; B, backed by A', confidence: 0.8 },
  { id: 'tree-backing-for', type: 'SUPPORTS', cue: 'backing|support|endorsement', pos: 'NOUN', from: 'nmod:poss', to: 'nmod+for|of', reason: "A's backing for / support of B", confidence: 0.75 },
  { id: 'tree-gave-support-to', type: 'SUPPORTS', cue: 'support|backing', pos: 'NOUN', governor: 'gave|give|gives|given|giving|lent|lends|threw|throws|pledged|offered|offers', from: '^obj/nsubj', to: '^obj/obl+to|behind , nmod:poss', reason: "A gave (his) support to B / to B's ambitions", confidence: 0.75 },
  { id: 'tree-supporter-of', type: 'SUPPORTS', cue: 'supporter|supporters|backer|backers', pos: 'NOUN', from: 'nsubj , ^appos', to: 'nmod+of , nmod:poss', reason: 'A, a supporter / backer of B', confidence: 0.8 },
  { id: 'tree-killed', type: 'KILLED', cue: '@killed', ...ACTIVE, to: 'obj', reason: 'A killed B', confidence: 0.85 },
  { id: 'tree-killed-by', type: 'KILLED', cue: '@killed', ...PASSIVE, reason: 'B was killed by A', confidence: 0.8 },
  { id: 'tree-killing-of-by', type: 'KILLED', cue: '@killnoun', pos: 'NOUN', from: 'nmod+by , nmod:poss', to: 'nmod+of', reason: "the assassination of B by A; A's killing of B", confidence: 0.75 },
];
