// Conditions of the type rules (type-rules.ts) that tell a region from an organization by the words around it.
import type { NameSpan } from './name-span';
import { WORD_LISTS } from './word-lists';

/** "in the X" closing a phrase: X is a region ("logging in the Sahel."), unless writing, work or money comes before
 * "in" ("wrote in the X", "a stake in the X") or a noun follows X ("in the X store"). */
export function regionAfterInThe({ view, start, end }: NameSpan): boolean {
  if (start < 2 || view.keys[start - 1] !== 'the' || !WORD_LISTS.placePrepositions.has(view.keys[start - 2])) return false;
  if (start >= 3 && WORD_LISTS.notRegionBefore.has(view.keys[start - 3])) return false;
  const closes = end >= view.tokens.length || /[^\s]/.test(view.tokens[end - 1].post) || ['Preposition', 'Conjunction', 'Verb', 'Adverb'].some((tag) => view.has(end, tag));
  return closes && !view.has(start, 'Person');
}
