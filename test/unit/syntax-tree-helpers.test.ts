import type { SentenceTree } from '../../src/syntax/parse-syntax';
import { ancestorsOf, childrenOf, headOfSpan, nodesOfSpan, pathBetween } from '../../src/syntax/tree-helpers';

// "The new mayor met Ann Lee ." as a hand-built tree; compromise tokens: the new mayor met Ann Lee
// (the period is a punctuation token that came from "Lee").
const row = (form: string, head: number, deprel: string, source: number) => ({ form, upos: 'X', head, deprel, source, start: 0, end: 0 });
const TREE: SentenceTree = {
  tokens: [row('The', 3, 'det', 0), row('new', 3, 'amod', 1), row('mayor', 4, 'nsubj', 2), row('met', 0, 'root', 3), row('Ann', 4, 'obj', 4), row('Lee', 5, 'flat', 5), row('.', 4, 'punct', 5)],
};

test.each([
  [4, [3, 5, 7]],
  [3, [1, 2]],
  [0, [4]],
  [6, []],
])('childrenOf(%i)', (node, expected) => expect(childrenOf(TREE, node)).toEqual(expected));

test('nodes and head of a span of compromise tokens', () => {
  expect(nodesOfSpan(TREE, 4, 6)).toEqual([5, 6, 7]);
  expect(headOfSpan(TREE, 4, 6)).toBe(5);
  expect(headOfSpan(TREE, 0, 3)).toBe(3);
  expect(headOfSpan(TREE, 9, 12)).toBe(0);
});

test('ancestors and the path between two nodes', () => {
  expect(ancestorsOf(TREE, 1)).toEqual([1, 3, 4]);
  expect(pathBetween(TREE, 3, 6)).toEqual([3, 4, 5, 6]);
  expect(pathBetween(TREE, 6, 1)).toEqual([6, 5, 4, 3, 1]);
  expect(pathBetween(TREE, 2, 2)).toEqual([2]);
});
