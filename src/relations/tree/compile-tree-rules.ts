// Compiles the tree rule rows once per process: cue words expanded from their word lists, paths
// parsed, and an index from cue word to rules so that a sentence only tries the rules its words cue.
import { WORD_LISTS } from '../lexicon/cue-words';
import { TREE_RULES } from './rules';
import { compilePaths, TreePathError, type TreePath } from './tree-path';
import type { TreeRule } from './tree-rule';

export interface CompiledTreeRule {
  rule: TreeRule;
  pos?: ReadonlySet<string>;
  governor?: ReadonlySet<string>;
  cueCase?: ReadonlySet<string>;
  from: readonly TreePath[];
  to: readonly TreePath[];
}

export type TreeRuleIndex = ReadonlyMap<string, readonly CompiledTreeRule[]>;

function cueWords(spec: string): string[] {
  return spec.split('|').flatMap((alt) => {
    if (!alt.startsWith('@')) return [alt.toLowerCase()];
    const list = WORD_LISTS[alt.slice(1)];
    if (!list) throw new TreePathError(`unknown word list ${alt}`);
    return [...list];
  });
}

export function compileTreeRules(rules: readonly TreeRule[]): TreeRuleIndex {
  const index = new Map<string, CompiledTreeRule[]>();
  for (const rule of rules) {
    let compiled: CompiledTreeRule;
    try {
      compiled = { rule, from: compilePaths(rule.from), to: compilePaths(rule.to) };
      if (rule.pos) compiled.pos = new Set(rule.pos.split('|'));
      if (rule.governor) compiled.governor = new Set(cueWords(rule.governor));
      if (rule.cueCase) compiled.cueCase = new Set(cueWords(rule.cueCase));
    } catch (err) {
      throw new TreePathError(`tree rule ${rule.id}: ${err instanceof Error ? err.message : String(err)}`);
    }
    for (const word of new Set(cueWords(rule.cue))) index.set(word, [...(index.get(word) ?? []), compiled]);
  }
  return index;
}

let cached: TreeRuleIndex | undefined;

/** The index of the shipped rule rows, compiled on first use. */
export function compiledTreeRules(): TreeRuleIndex {
  cached ??= compileTreeRules(TREE_RULES);
  return cached;
}
