// The engine for TYPE_RULES: the first rule whose conditions all hold types the name.
import type { ActorType } from './mention';
import { neighbour, type NameSpan } from './name-span';
import * as ctx from './span-conditions';
import * as phrases from './phrase-conditions';
import { TYPE_RULES, type Condition, type TypeRule } from './type-rules';
import { WORD_LISTS } from './word-lists';

export type { NameSpan } from './name-span';

export interface TypeDecision {
  type: ActorType;
  rule: string;
  confidence: number;
}

/** A word-list / tag condition on tokens of the name or its neighbours. */
function tokenCondition(span: NameSpan, c: Extract<Condition, { at: string }>): boolean {
  const { view, start, end } = span;
  let indexes: number[];
  if (c.at === 'first') indexes = [start];
  else if (c.at === 'last') indexes = [end - 1];
  else if (c.at === 'any') indexes = Array.from({ length: end - start }, (_, k) => start + k);
  else indexes = [neighbour(span, c.at)];
  const notTag = 'notTag' in c ? c.notTag : undefined;
  return indexes.some(
    (i) => i >= 0 && i < view.tokens.length && (!c.list || WORD_LISTS[c.list].has(view.keys[i])) && (!c.tag || view.has(i, c.tag)) && (!notTag || !view.has(i, notTag)),
  );
}

function holds(span: NameSpan, c: Condition): boolean {
  if ('gazetteer' in c) return span.entry !== undefined && c.gazetteer.includes(span.entry.kind);
  if ('role' in c) return span.roleStart !== undefined;
  if ('appositive' in c) return ctx.appositiveHead(span, c.appositive);
  if ('shape' in c) return ctx.shapeOf(span, c.shape);
  if ('commaThen' in c) return ctx.commaThenPlace(span, c.commaThen);
  if ('ofAfterOwner' in c) return ctx.ofAfterOwner(span);
  if ('ofAfter' in c) return ctx.ofAfter(span, c.ofAfter);
  if ('coordinatedWithPlace' in c) return ctx.coordinatedWithPlace(span);
  if ('placeInside' in c) return ctx.placeInside(span);
  if ('ageOrWhoAfter' in c) return ctx.ageOrWhoAfter(span);
  if ('employerAfterRole' in c) return ctx.employerAfterRole(span);
  if ('inParentheses' in c) return ctx.inParentheses(span);
  if ('afterArticle' in c) return ['a', 'an'].includes(span.view.keys[span.start - 1] ?? '');
  if ('subjectOfVerb' in c) return ctx.subjectOfVerb(span);
  if ('notAfter' in c) return ctx.notAfter(span, c.notAfter);
  if ('ofPhrase' in c) return ctx.ofPhrase(span, c.ofPhrase);
  if ('hyphenedWithCountry' in c) return ctx.hyphenedWithCountry(span);
  if ('ownedThing' in c) return ctx.ownedThing(span);
  if ('endsWith' in c) return ctx.placeEnding(span);
  if ('phraseBefore' in c) return phrases.phraseBefore(span, c.phraseBefore);
  if ('phraseAfter' in c) return phrases.phraseAfter(span, c.phraseAfter, c.possessive);
  if ('foundedAfter' in c) return phrases.foundedAfter(span, WORD_LISTS.foundingVerbs);
  if ('whichAfter' in c) return phrases.whichAfter(span);
  if ('roleAppositive' in c) return ctx.roleAppositive(span);
  if ('notPersonName' in c) return !ctx.opensWithPersonName(span);
  if ('notPossessive' in c) return !phrases.isPossessiveToken(span.view, span.end - 1);
  if ('nounAfter' in c) return ctx.nounAfter(span, c.nounAfter);
  if ('notInGazetteer' in c) return span.entry === undefined;
  if ('at' in c) return tokenCondition(span, c);
  const n = span.end - span.start;
  return n >= (c.minTokens ?? 0) && n <= (c.maxTokens ?? Infinity);
}

export function matchTypeRules(span: NameSpan, rules: readonly TypeRule[] = TYPE_RULES): TypeDecision {
  for (const rule of rules) {
    if (rule.when.every((c) => holds(span, c))) return { type: rule.type, rule: rule.id, confidence: rule.confidence };
  }
  return { type: 'Organization', rule: 'fallback', confidence: 0.3 };
}
