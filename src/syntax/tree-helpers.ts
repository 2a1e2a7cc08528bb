// Small helpers over a SentenceTree for later stages. Nodes are 1-based token numbers as in
// CoNLL-U (node k is tree.tokens[k - 1]); 0 is the artificial root.
import type { SentenceTree } from './parse-syntax';

/** The nodes whose head is `node`, in sentence order. */
export function childrenOf(tree: SentenceTree, node: number): number[] {
  const out: number[] = [];
  tree.tokens.forEach((t, i) => {
    if (t.head === node) out.push(i + 1);
  });
  return out;
}

/** The nodes made from the compromise tokens [tokenStart, tokenEnd) of the sentence. */
export function nodesOfSpan(tree: SentenceTree, tokenStart: number, tokenEnd: number): number[] {
  const out: number[] = [];
  tree.tokens.forEach((t, i) => {
    if (t.source >= tokenStart && t.source < tokenEnd) out.push(i + 1);
  });
  return out;
}

/** The node and its heads up to the root (0 excluded), nearest first. */
export function ancestorsOf(tree: SentenceTree, node: number): number[] {
  const out: number[] = [];
  for (let at = node; at > 0 && at <= tree.tokens.length && out.length <= tree.tokens.length; at = tree.tokens[at - 1].head) out.push(at);
  return out;
}

/** The head node of a span of compromise tokens: the span node closest to the root (0 if none). */
export function headOfSpan(tree: SentenceTree, tokenStart: number, tokenEnd: number): number {
  let best = 0;
  let bestDepth = Infinity;
  for (const node of nodesOfSpan(tree, tokenStart, tokenEnd)) {
    const depth = ancestorsOf(tree, node).length;
    if (depth < bestDepth) {
      best = node;
      bestDepth = depth;
    }
  }
  return best;
}

/** The nodes on the tree path from `a` to `b`, both included, through their lowest common head. */
export function pathBetween(tree: SentenceTree, a: number, b: number): number[] {
  const up = ancestorsOf(tree, a);
  const down = ancestorsOf(tree, b);
  const onDown = new Set(down);
  const meet = up.findIndex((n) => onDown.has(n));
  if (meet < 0) return [...up, 0, ...down.reverse()];
  return [...up.slice(0, meet + 1), ...down.slice(0, down.indexOf(up[meet])).reverse()];
}
