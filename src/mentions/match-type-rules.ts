// The engine for TYPE_RULES: evaluates a rule's conditions over a candidate name.
import { PLACE_NAME_ENDINGS } from '../data/location-words';
import { lookupDemonym, lookupName, type GazetteerEntry } from './gazetteer';
import type { ActorType } from './mention';
import { TYPE_RULES, type Condition, type TypeRule } from './type-rules';
import type { TokenView } from './token-view';
import { WORD_LISTS, type WordListName } from './word-lists';

export interface NameSpan {
  view: TokenView;
  start: number;
  end: number;
  /** First token of the role written before the name, if any. */
  roleStart?: number;
  entry?: GazetteerEntry;
}

export interface TypeDecision {
  type: ActorType;
  rule: string;
  confidence: number;
}

const PLACE_ENDINGS = PLACE_NAME_ENDINGS.map((e) => e.toLowerCase());
const DETERMINERS = new Set(['the', 'a', 'an']);
/** Words skipped when looking for the word before a name: "groups like X", "officials such as X". */
const SKIPPED_BEFORE = new Set(['the', 'a', 'an', 'like', 'such', 'as', 'including', 'especially', 'notably']);

function neighbour(span: NameSpan, side: 'before' | 'after'): number {
  const { keys } = span.view;
  if (side === 'after') return span.end;
  let i = (span.roleStart ?? span.start) - 1;
  while (i >= 0 && SKIPPED_BEFORE.has(keys[i]) && span.start - i < 4) i--;
  return i;
}

function appositiveHead(span: NameSpan, list: WordListName): boolean {
  const { tokens, keys } = span.view;
  if (span.end >= tokens.length || !/^,\s*$/.test(tokens[span.end - 1].post) || !DETERMINERS.has(keys[span.end])) return false;
  for (let i = span.end + 1; i < Math.min(tokens.length, span.end + 5); i++) {
    if (WORD_LISTS[list].has(keys[i])) return true;
    if (/[^\s]/.test(tokens[i].post) || span.view.has(i, 'Preposition') || span.view.has(i, 'Verb')) return false;
  }
  return false;
}

function hyphenedWithCountry(span: NameSpan): boolean {
  const { tokens, keys } = span.view;
  const isCountry = (i: number): boolean => i >= 0 && i < tokens.length && lookupName([keys[i]])?.kind === 'country';
  return (span.start > 0 && /^[\-\u2010\u2011]/.test(tokens[span.start - 1].post) && isCountry(span.start - 1)) || (/^[\-\u2010\u2011]/.test(tokens[span.end - 1].post) && isCountry(span.end));
}

function ownedThing(span: NameSpan): boolean {
  const { tokens, view } = { tokens: span.view.tokens, view: span.view };
  const before = tokens[span.start - 1];
  const after = tokens[span.end];
  return !!before && !!after && /['\u2019]s$/.test(before.text) && /^\p{Ll}/u.test(after.text) && view.has(span.end, 'Noun') && !view.has(span.end, 'Verb');
}

function shapeOf(span: NameSpan, shape: 'allCaps' | 'notAllCaps' | 'middleInitial' | 'camelCase'): boolean {
  const { tokens } = span.view;
  const words = tokens.slice(span.start, span.end);
  if (shape === 'notAllCaps') return !shapeOf(span, 'allCaps');
  if (shape === 'allCaps') return words.every((t) => /^[\p{Lu}\d&.\-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text));
  if (shape === 'camelCase') return words.length === 1 && /^\p{L}+$/u.test(words[0].text) && /\p{Ll}\p{Lu}/u.test(words[0].text);
  return words.length >= 3 && words.slice(1, -1).some((t) => /^\p{Lu}$/u.test(t.text) && t.post.startsWith('.'));
}

function holds(span: NameSpan, c: Condition): boolean {
  const { view, start, end } = span;
  if ('gazetteer' in c) return span.entry !== undefined && c.gazetteer.includes(span.entry.kind);
  if ('role' in c) return span.roleStart !== undefined;
  if ('appositive' in c) return appositiveHead(span, c.appositive);
  if ('shape' in c) return shapeOf(span, c.shape);
  if ('commaThen' in c) {
    if (end >= view.tokens.length || !/^,\s*$/.test(view.tokens[end - 1].post)) return false;
    for (let j = Math.min(view.tokens.length, end + 3); j > end; j--) {
      const entry = lookupName(view.keys.slice(end, j));
      // The place closes the phrase ("Petaluma, Calif.;"), unlike "Steve Gallagher, US chief economist".
      const closes = j === view.tokens.length || /[,.;:)\]]/.test(view.tokens[j - 1].post) || !view.has(j, 'Noun') || view.cap[j];
      if (entry && c.commaThen.includes(entry.kind) && closes) return true;
    }
    return false;
  }
  if ('ofAfterOwner' in c) {
    const at = (span.roleStart ?? start) - 1;
    if (at < 1 || view.keys[at] !== 'of') return false;
    const owner = at - 1;
    return WORD_LISTS.corporateSuffixes.has(view.keys[owner]) || /^\d+$/.test(view.tokens[owner].text) || view.has(owner, 'Person');
  }
  if ('ofAfter' in c) {
    const at = (span.roleStart ?? start) - 1;
    return at >= 1 && view.keys[at] === 'of' && WORD_LISTS[c.ofAfter].has(view.keys[at - 1]);
  }
  if ('coordinatedWithPlace' in c) {
    const joins = (i: number): boolean => i >= 0 && i < view.tokens.length && (view.keys[i] === 'and' || view.keys[i] === 'or');
    const place = (i: number): boolean => i >= 0 && i < view.tokens.length && lookupName([view.keys[i]])?.type === 'Location';
    return (joins(start - 1) && place(start - 2)) || (joins(end) && place(end + 1));
  }
  if ('placeInside' in c) {
    for (let k = start; k < end; k++) {
      if (lookupName([view.keys[k]])?.type === 'Location' || WORD_LISTS.neverNames.has(view.keys[k]) || lookupDemonym(view.keys[k])) return true;
      if (k + 1 < end && lookupName(view.keys.slice(k, k + 2))?.type === 'Location') return true;
    }
    return false;
  }
  if ('ageOrWhoAfter' in c) {
    if (!/^,\s*$/.test(view.tokens[end - 1].post) || end >= view.tokens.length) return false;
    return view.keys[end] === 'who' || (/^\d{1,3}$/.test(view.tokens[end].text) && /^,/.test(view.tokens[end].post));
  }
  if ('employerAfterRole' in c) {
    let at = (span.roleStart ?? start) - 1;
    if (at >= 0 && view.keys[at] === 'the') at--;
    return at >= 1 && (view.keys[at] === 'for' || view.keys[at] === 'at') && WORD_LISTS.employeeNouns.has(view.keys[at - 1]);
  }
  if ('inParentheses' in c) return /\(\s*$/.test(view.tokens[start].pre) && /^\)/.test(view.tokens[end - 1].post);
  if ('subjectOfVerb' in c) {
    const prev = start > 0 ? view.keys[start - 1] : '';
    const v = end < view.tokens.length && view.has(end, 'Adverb') ? end + 1 : end;
    const next = view.tokens[v];
    const verb = !!next && view.has(v, 'Verb') && !view.has(v, 'Gerund') && !/[^\s]/.test(view.tokens[end - 1].post);
    return verb && !view.has(end - 1, 'Plural') && !['the', 'a', 'an', 'of', 'such', 'this', 'that'].includes(prev);
  }
  if ('notAfter' in c) {
    const i = neighbour(span, 'before');
    return i < 0 || !(WORD_LISTS[c.notAfter].has(view.keys[i]) || view.keys[i] === 'at' || view.keys[i] === 'from');
  }
  if ('ofPhrase' in c) {
    for (let k = start; k + 1 < end; k++) if (WORD_LISTS[c.ofPhrase].has(view.keys[k]) && (view.keys[k + 1] === 'of' || view.keys[k + 1] === 'for')) return true;
    return false;
  }
  if ('hyphenedWithCountry' in c) return hyphenedWithCountry(span);
  if ('ownedThing' in c) return ownedThing(span);
  if ('endsWith' in c) return PLACE_ENDINGS.some((e) => view.keys[end - 1].length > e.length + 2 && view.keys[end - 1].endsWith(e));
  if ('at' in c) {
    let indexes: number[];
    if (c.at === 'first') indexes = [start];
    else if (c.at === 'last') indexes = [end - 1];
    else if (c.at === 'any') indexes = Array.from({ length: end - start }, (_, k) => start + k);
    else indexes = [neighbour(span, c.at)];
    return indexes.some((i) => i >= 0 && i < view.tokens.length && (!c.list || WORD_LISTS[c.list].has(view.keys[i])) && (!c.tag || view.has(i, c.tag)) && (!('notTag' in c) || !c.notTag || !view.has(i, c.notTag)));
  }
  const n = end - start;
  return n >= (c.minTokens ?? 0) && n <= (c.maxTokens ?? Infinity);
}

export function matchTypeRules(span: NameSpan, rules: readonly TypeRule[] = TYPE_RULES): TypeDecision {
  for (const rule of rules) {
    if (rule.when.every((c) => holds(span, c))) return { type: rule.type, rule: rule.id, confidence: rule.confidence };
  }
  return { type: 'Organization', rule: 'fallback', confidence: 0.3 };
}
