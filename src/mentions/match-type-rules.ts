// The engine for TYPE_RULES: evaluates a rule's conditions over a candidate name.
import type { GazetteerEntry } from './gazetteer';
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

const DETERMINERS = new Set(['the', 'a', 'an']);

function neighbour(span: NameSpan, side: 'before' | 'after'): number {
  const { keys } = span.view;
  if (side === 'after') return span.end;
  let i = (span.roleStart ?? span.start) - 1;
  while (i >= 0 && DETERMINERS.has(keys[i])) i--;
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

function shapeOf(span: NameSpan, shape: 'allCaps' | 'middleInitial' | 'camelCase'): boolean {
  const { tokens } = span.view;
  const words = tokens.slice(span.start, span.end);
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
  if ('at' in c) {
    let indexes: number[];
    if (c.at === 'first') indexes = [start];
    else if (c.at === 'last') indexes = [end - 1];
    else if (c.at === 'any') indexes = Array.from({ length: end - start }, (_, k) => start + k);
    else indexes = [neighbour(span, c.at)];
    return indexes.some((i) => i >= 0 && i < view.tokens.length && (!c.list || WORD_LISTS[c.list].has(view.keys[i])) && (!c.tag || view.has(i, c.tag)));
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
