// MET_WITH (symmetric): stated meetings. Denied or planned meetings ("did not meet", "plans to
// meet", "refused to meet") never match: the gaps stop at negation and intention words, and the
// cue words are past or present forms only. Place and date come from "in PLACE" / "on DATE" in
// the rest of the clause.
import type { RelationRule } from './relation-rule';

export const MEETING_RULES: readonly RelationRule[] = [
  {
    id: 'met-verb',
    type: 'MET_WITH',
    pattern: '[A:actor~] %appos %adv @met with? %titled [B:actor+] !np',
    where: true,
    reason: 'A met (with) B: "X, a close adviser, met Iran\'s envoy Y in Z on DATE"',
    confidence: 0.9,
  },
  {
    id: 'met-described',
    type: 'MET_WITH',
    pattern: "[A:actor~] %appos %adv @met with? @det? ( [T:actor's] )? ( [T2:Org|Loc] )? {role:title} %posting , [B:Person] !np",
    also: [{ type: 'WORKS_FOR', from: 'B', to: 'T', role: 'title' }],
    where: true,
    reason: "A met (with) T's ROLE (to U), B: the appositive name is who was met (and B works for T)",
    confidence: 0.85,
  },
  {
    id: 'met-pair',
    type: 'MET_WITH',
    pattern: '[A:actor] and [B:actor] %adv @met !with',
    where: true,
    reason: 'A and B met (each other): "X and Y met in Geneva"',
    confidence: 0.8,
  },
  {
    id: 'talks-between',
    type: 'MET_WITH',
    pattern: '@talks between [A:actor] and %titled [B:actor] !head',
    where: true,
    reason: 'a meeting/talks between A and B',
    confidence: 0.8,
  },
  {
    id: 'held-talks-with',
    type: 'MET_WITH',
    pattern: '[A:actor~] %appos %adv @held @det? *2 @talks with %titled [B:actor+] !head',
    where: true,
    reason: 'A held talks / a meeting with B',
    confidence: 0.85,
  },
  {
    id: 'poss-meeting-with',
    type: 'MET_WITH',
    pattern: "[A:actor's] *2 @talks with %titled [B:actor] !head",
    where: true,
    reason: "A's meeting with B",
    confidence: 0.75,
  },
];
