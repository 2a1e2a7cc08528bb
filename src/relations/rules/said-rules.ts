// SAID: a direct quotation and its speaker (a person or an organization).
import type { RelationRule } from './relation-rule';

export const SAID_RULES: readonly RelationRule[] = [
  {
    id: 'quote-said-speaker',
    type: 'SAID',
    pattern: "{quote} ,? @speech @det? ( [T:actor's] )? {role:title}? ,? [A:Person|Org~]",
    to: 'quote',
    reason: '"...," said A',
    confidence: 0.9,
  },
  {
    id: 'quote-speaker-said',
    type: 'SAID',
    pattern: "{quote} ,? @det? ( [T:actor's] )? {role:title}? ,? [A:Person|Org~] !head %appos %adv @speech",
    to: 'quote',
    reason: '"...," A said',
    confidence: 0.9,
  },
  {
    id: 'speaker-said-quote',
    type: 'SAID',
    pattern: '[A:Person|Org~] %appos *6, @speech ( on ( [X:actor] / *1 ) )? *2, ( , / : )? {quote}',
    to: 'quote',
    reason: 'A said/wrote (on X): "..."',
    confidence: 0.85,
  },
  {
    id: 'quote-according-to',
    type: 'SAID',
    pattern: '{quote} ,? according to @det? ( [T:actor\'s] )? {role:title}? ,? [A:Person|Org]',
    to: 'quote',
    reason: '"...," according to A',
    confidence: 0.85,
  },
];
