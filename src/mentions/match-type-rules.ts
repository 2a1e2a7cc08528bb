// The engine for TYPE_RULES: the first rule whose conditions all hold types the name.
import { lookupName } from './gazetteer';
import type { ActorType } from './mention';
import { neighbour, type NameSpan } from './name-span';
import * as ctx from './span-conditions';
import * as news from './news-conditions';
import * as shapes from './shape-conditions';
import { regionAfterInThe } from './region-conditions';
import * as phrases from './phrase-conditions';
import { TYPE_RULES, type Condition, type TypeRule } from './type-rules';
import { WORD_LISTS } from './word-lists';

/** "of" in the Romance languages, as it follows an organization word ("Journal de", "Banco do"). */
const FOREIGN_OF = new Set(['de', 'du', 'des', 'di', 'da', 'do', 'dos', 'das', 'del', 'della', 'dello']);

export type { NameSpan } from './name-span';

export interface TypeDecision {
  type: ActorType;
  rule: string;
  confidence: number;
  keepsNonName?: boolean;
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

type Predicate = (span: NameSpan) => boolean;

/** A condition as a predicate, built once per condition object (the rule table is static). */
function compile(c: Condition): Predicate {
  if ('gazetteer' in c) return (span) => span.entry !== undefined && c.gazetteer.includes(span.entry.kind);
  if ('role' in c) return (span) => span.roleStart !== undefined;
  if ('appositive' in c) return (span) => ctx.appositiveHead(span, c.appositive);
  if ('shape' in c) return (span) => ctx.shapeOf(span, c.shape);
  if ('commaThen' in c) return (span) => ctx.commaThenPlace(span, c.commaThen);
  if ('ofAfterOwner' in c) return (span) => ctx.ofAfterOwner(span);
  if ('ofAfter' in c) return (span) => ctx.ofAfter(span, c.ofAfter);
  if ('coordinatedWithPlace' in c) return (span) => ctx.coordinatedWithPlace(span);
  if ('placeInside' in c) return (span) => ctx.placeInside(span);
  if ('ageOrWhoAfter' in c) return (span) => ctx.ageOrWhoAfter(span);
  if ('whereAfter' in c) return (span) => ctx.whereAfter(span);
  if ('employerAfterRole' in c) return (span) => ctx.employerAfterRole(span);
  if ('inParentheses' in c) return (span) => ctx.inParentheses(span);
  if ('hyphenAfter' in c) return (span) => shapes.hyphenAfter(span, c.hyphenAfter);
  if ('lexiconGivenName' in c) return (span) => shapes.lexiconGivenName(span);
  if ('unknownBeforeCity' in c) return (span) => shapes.unknownBeforeCity(span);
  if ('closeAfter' in c) return (span) => span.end < span.view.tokens.length && !/[^\s]/.test(span.view.tokens[span.end - 1].post);
  if ('datelineAgency' in c) return (span) => shapes.datelineAgency(span);
  if ('placeWithout' in c) return (span) => lookupName(c.placeWithout === 'first' ? span.view.keys.slice(span.start + 1, span.end) : span.view.keys.slice(span.start, span.end - 1))?.type === 'Location';
  if ('foreignOf' in c) return (span) => (WORD_LISTS.orgHeads.has(span.view.keys[span.start]) || WORD_LISTS.orgOpeners.has(span.view.keys[span.start])) && FOREIGN_OF.has(span.view.keys[span.start + 1] ?? '');
  if ('basedBefore' in c) return (span) => span.start >= 2 && span.view.keys[span.start - 1] === 'based' && /^[\-\u2010\u2011]$/.test(span.view.tokens[span.start - 2].post) && !/[^\s]/.test(span.view.tokens[span.start - 1].post);
  if ('afterArticle' in c) return (span) => ['a', 'an'].includes(span.view.keys[span.start - 1] ?? '');
  if ('subjectOfVerb' in c) return (span) => ctx.subjectOfVerb(span);
  if ('notAfter' in c) return (span) => ctx.notAfter(span, c.notAfter);
  if ('ofPhrase' in c) return (span) => ctx.ofPhrase(span, c.ofPhrase);
  if ('hyphenedWithCountry' in c) return (span) => ctx.hyphenedWithCountry(span);
  if ('ownedThing' in c) return (span) => ctx.ownedThing(span);
  if ('endsWith' in c) return (span) => ctx.placeEnding(span, c.endsWith);
  if ('phraseBefore' in c) return (span) => phrases.phraseBefore(span, c.phraseBefore);
  if ('phraseAfter' in c) return (span) => phrases.phraseAfter(span, c.phraseAfter, c.possessive);
  if ('foundedAfter' in c) return (span) => phrases.foundedAfter(span, WORD_LISTS.foundingVerbs);
  if ('whichAfter' in c) return (span) => phrases.whichAfter(span);
  if ('roleAppositive' in c) return (span) => ctx.roleAppositive(span);
  if ('notPersonName' in c) return (span) => !ctx.opensWithPersonName(span);
  if ('notPossessive' in c) return (span) => !phrases.isPossessiveToken(span.view, span.end - 1);
  if ('regionAfterInThe' in c) return (span) => regionAfterInThe(span);
  if ('nounAfter' in c) return (span) => ctx.nounAfter(span, c.nounAfter);
  if ('companyRegion' in c) return (span) => ctx.companyRegion(span);
  if ('nounCommaBefore' in c) return (span) => news.nounCommaBefore(span, c.nounCommaBefore);
  if ('newspaperName' in c) return (span) => news.newspaperName(span);
  if ('minLetters' in c) return (span) => span.view.tokens.slice(span.start, span.end).reduce((n, t) => n + (t.text.replace(/['\u2019]s$/, '').match(/\p{L}/gu)?.length ?? 0), 0) >= c.minLetters;
  if ('notInGazetteer' in c) return (span) => span.entry === undefined;
  if ('at' in c) return (span) => tokenCondition(span, c);
  return (span) => {
    const n = span.end - span.start;
    return n >= (c.minTokens ?? 0) && n <= (c.maxTokens ?? Infinity);
  };
}

const compiled = new WeakMap<Condition, Predicate>();

function holds(span: NameSpan, c: Condition): boolean {
  let predicate = compiled.get(c);
  if (!predicate) {
    predicate = compile(c);
    compiled.set(c, predicate);
  }
  return predicate(span);
}

export function matchTypeRules(span: NameSpan, rules: readonly TypeRule[] = TYPE_RULES): TypeDecision {
  for (const rule of rules) {
    if (rule.when.every((c) => holds(span, c))) return { type: rule.type, rule: rule.id, confidence: rule.confidence, ...(rule.keepsNonName ? { keepsNonName: true } : {}) };
  }
  return { type: 'Organization', rule: 'fallback', confidence: 0.3 };
}
