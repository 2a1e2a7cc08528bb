// ADVISES (person → actor) and ALLY_OF (symmetric).
import type { RelationRule } from './relation-rule';

export const ADVICE_RULES: readonly RelationRule[] = [
  {
    id: 'appos-adviser',
    type: 'ADVISES',
    pattern: "[A:Person] , %det *2 [B:actor's?] *2 ( @ally and )? @adviser",
    reason: 'A, a (close) B adviser / B\'s chief adviser: "X, a close Trump adviser"',
    confidence: 0.85,
  },
  {
    id: 'adviser-to',
    type: 'ADVISES',
    pattern: "[A:Person~] %appos ( , / @be / served as / serves as ) %det *3 ( @adviser / consultant / consultants ) ( to / for ) @det? [B:actor's?]",
    reason: "A, (an outside) adviser/consultant to/for (B's board) B",
    confidence: 0.85,
  },
  {
    id: 'tapped-to-advise',
    type: 'ADVISES',
    pattern: '[A:Person~] ( , who / who )? *3 @chosen to @advise [B:actor]',
    reason: 'A was tapped/named to advise B',
    confidence: 0.85,
  },
  {
    id: 'advises-verb',
    type: 'ADVISES',
    pattern: '[A:Person~] %appos %adv ( advises / advised / advising ) @det? ( [L:Loc] - @based / *1 - *1 )? [B:actor] !head',
    reason: 'A (, who) advises (the Geneva-based) B',
    confidence: 0.8,
  },
  {
    id: 'poss-adviser',
    type: 'ADVISES',
    pattern: "[B:actor's] *3 @adviser ,? [A:Person]",
    reason: "B's (senior) adviser, A",
    confidence: 0.8,
  },
  {
    id: 'appos-ally',
    type: 'ALLY_OF',
    pattern: "[A:actor] , %det *2 [B:actor's?] @ally",
    reason: 'A, a (key) B ally',
    confidence: 0.8,
  },
  {
    id: 'one-of-allies',
    type: 'ALLY_OF',
    pattern: "[A:Person] , ( **12- and )? one of [B:actor's~] *2 @ally",
    reason: "A, (the head of his office and) one of B's / his closest allies",
    confidence: 0.75,
  },
  {
    id: 'ally-of',
    type: 'ALLY_OF',
    pattern: '[A:actor~] ( , / @be ) %det *2 @ally of [B:actor]',
    reason: 'A, an ally of B / A is a close ally of B',
    confidence: 0.8,
  },
  {
    id: 'allies-including',
    type: 'ALLY_OF',
    pattern: '[B:actor~] %appos %adv ( gained / won / found / attracted / enlisted / has / have / had ) *3 @ally **8- ,? ( including / such as / like / among them ) [A:actor+]',
    reason: 'B has gained allies (in its fight with X), including A',
    confidence: 0.75,
  },
  {
    id: 'poss-allies-including',
    type: 'ALLY_OF',
    pattern: "[B:actor's~] *2 @ally ,? ( including / such as / like / among them ) [A:actor+]",
    reason: "B's (closest) allies, including A",
    confidence: 0.75,
  },
  {
    id: 'poss-ally',
    type: 'ALLY_OF',
    pattern: "[B:actor's] *2 @ally ,? [A:actor]",
    reason: "B's (close) ally (,) A",
    confidence: 0.75,
  },
  {
    id: 'allied-with',
    type: 'ALLY_OF',
    pattern: '[A:actor~] %adv ( allied / aligned ) with [B:actor]',
    reason: 'A allied with B',
    confidence: 0.75,
  },
];
