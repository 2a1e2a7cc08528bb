// Compiles the rule rows once per process: pattern text → elements, plus two cheap filters that
// keep the engine linear in practice: the words a sentence must contain for the rule to have a
// chance, and where a match can start.
import type { Item } from './items';
import type { Element } from './pattern/elements';
import { compilePattern } from './pattern/compile-pattern';
import { expandMacros } from './rules/macros';
import type { RelationRule } from './rules/relation-rule';
import { RELATION_RULES } from './rules';

export interface CompiledRule {
  rule: RelationRule;
  elements: readonly Element[];
  /** Every set must share a word with the sentence. */
  required: ReadonlyArray<ReadonlySet<string>>;
  /** Item indexes where a match may start. */
  starts(items: readonly Item[]): number[];
}

function startFilter(first: Element | undefined): (item: Item, index: number) => boolean {
  if (!first) return () => true;
  switch (first.k) {
    case 'start': return (_item, i) => i === 0;
    case 'slot': return (item) => item.kind === 'mention' || (first.pron && item.kind === 'word');
    case 'word': return (item) => item.kind === 'word' && first.words.has(item.normal);
    case 'both': return (item) => item.kind === 'word' && item.normal === 'both';
    case 'cap': return first.what === 'quote' ? (item) => item.kind === 'quote' : (item) => item.kind === 'word';
    default: return () => true;
  }
}

export function compileRule(rule: RelationRule): CompiledRule {
  const elements = compilePattern(expandMacros(rule.pattern));
  const required = elements.filter((e): e is Extract<Element, { k: 'word' }> => e.k === 'word').map((e) => e.words);
  const fits = startFilter(elements[0]);
  return {
    rule,
    elements,
    required,
    starts: (items) => items.flatMap((item, i) => (fits(item, i) ? [i] : [])),
  };
}

let compiled: readonly CompiledRule[] | undefined;

/** The project's rules, compiled on first use. */
export function compiledRules(): readonly CompiledRule[] {
  compiled ??= RELATION_RULES.map(compileRule);
  return compiled;
}
