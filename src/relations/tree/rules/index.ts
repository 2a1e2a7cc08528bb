// Every tree rule row, in the order the engine tries them.
import type { TreeRule } from '../tree-rule';
import { ACT_TREE_RULES } from './act-tree-rules';
import { TIE_TREE_RULES } from './tie-tree-rules';

export const TREE_RULES: readonly TreeRule[] = [...ACT_TREE_RULES, ...TIE_TREE_RULES];
