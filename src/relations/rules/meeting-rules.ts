// MET_WITH (symmetric): stated meetings. Denied or planned meetings ("did not meet", "plans to
// meet", "refused to meet") never match: the gaps stop at negation and intention words, and the
// cue words are past or present forms only. Place and date come from "in PLACE" / "on DATE" in
// the rest of the clause.
import type { RelationRule } from './relation-rule';

export const MEETING_RULES: readonly RelationRule[] = [
  {
    id: 'met-verb',
    type: 'MET_WITH',
    pattern: '[A:actor~] %appos %adv @met ( on? {date} )? with? %titled [B:actor+] !np',
    where: true,
    reason: 'A met (on DATE) (with) B: "X, a close adviser, met Iran\'s envoy Y in Z on DATE", "X met on Friday with Y"',
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
    pattern: '[A:actor] and %titled [B:actor] ,? %adv @met !with',
    where: true,
    reason: 'A and B met (each other): "X and Y met in Geneva", "X and Chinese President Y met"',
    confidence: 0.8,
  },
  {
    id: 'talks-between',
    type: 'MET_WITH',
    pattern: "@talks *6~ between [A:actor] and ( [T:actor's] )? ( [T2:Org|Loc] )? ( {role:title} ,? )? [B:actor] !head",
    where: true,
    reason: "a meeting/talks (in PLACE last month) between A and (T's owner,) B",
    confidence: 0.8,
  },
  {
    id: 'held-talks-with',
    type: 'MET_WITH',
    pattern: '[A:actor+~] %appos %adv @held @det? *2 @talks *5~ with %titled [B:actor+] !head',
    where: true,
    reason: 'A held talks / a meeting (on DATE, in PLACE, on trade) with B',
    confidence: 0.85,
  },
  {
    id: 'talks-with-delegation',
    type: 'MET_WITH',
    pattern: '[A:Person~] %appos %adv ( @held @det? *2 @talks *3~ with / @met with? ) @det? *1 ( delegation / delegates / representatives / envoys / negotiators ) ( from / of ) @det? [B:Org|Country]',
    where: true,
    reason: 'A held talks with / met a (rebel) delegation from B: A met B',
    confidence: 0.8,
  },
  {
    id: 'sat-down-with',
    type: 'MET_WITH',
    pattern: '[A:actor~] %appos %adv ( sat / sits / sit / met ) ( down / up )? with %titled [B:actor+] !head',
    where: true,
    reason: 'A sat down with B',
    confidence: 0.85,
  },
  {
    id: 'hosted',
    type: 'MET_WITH',
    pattern: "[A:Person~] %appos %adv ( hosted / hosts / welcomed / welcomes / received / receives / visited / visits ) ( @det ( [T2:Org|Loc] )? {role:title} , / %titled ) [B:Person+] !np",
    where: true,
    reason: 'A hosted/welcomed/received/visited (the German chancellor,) B (people: "hosted the summit", "visited Paris" name no one)',
    confidence: 0.8,
  },
  {
    id: 'after-talks-with',
    type: 'MET_WITH',
    pattern: '[A:actor~] %appos *10~ ( after / following / during ) @det? *2 ( @talks / audience / audiences / call ) with %titled [B:actor+] !head',
    where: true,
    reason: 'A (did something) after/during an audience/talks with B: the subject took part',
    confidence: 0.75,
  },
  {
    id: 'hosted-by',
    type: 'MET_WITH',
    pattern: '[B:Person~] %appos %adv @be %adv ( hosted / welcomed / received / visited ) by %titled [A:Person] !np',
    where: true,
    reason: 'B was hosted/welcomed/received by A',
    confidence: 0.8,
  },
  {
    id: 'pair-held-talks',
    type: 'MET_WITH',
    pattern: '[A:actor] and %titled [B:actor] %adv @held @det? *2 @talks !with',
    where: true,
    reason: 'A and B held talks (with each other)',
    confidence: 0.8,
  },
];
