// Conditions of the type rules read in news phrasing: a newspaper named by its title word, a
// person introduced by a noun and a comma.
import type { NameSpan } from './name-span';
import { isLexiconGivenName } from './shape-conditions';
import { WORD_LISTS, type WordListName } from './word-lists';

/** "told the Times", "The Economist magazine", "the Guardian reported": a newspaper's title word alone after "the",
 * not modifying a common noun ("the Independent inquiry"). */
export function newspaperName({ view, start, end }: NameSpan): boolean {
  const from = view.keys[start] === 'the' ? start + 1 : start;
  if (end - from !== 1 || !WORD_LISTS.newspaperHeads.has(view.keys[from]) || (from === start && view.keys[start - 1] !== 'the')) return false;
  if (end >= view.tokens.length || /[^\s]/.test(view.tokens[end - 1].post)) return true;
  const next = view.tokens[end];
  return WORD_LISTS.newspaperNouns.has(view.keys[end]) || !/^\p{Ll}/u.test(next.text) || !view.has(end, 'Noun') || view.has(end, 'Verb');
}

/** "a Scottish lecturer, Rowan Tetley": a lower-case noun of the list, then a comma, right before a name that opens with a
 * given name of the lexicon (even one the sentence tags a place). */
export function nounCommaBefore({ view, start }: NameSpan, list: WordListName): boolean {
  const i = start - 1;
  return i >= 0 && /^\p{Ll}/u.test(view.tokens[i].text) && /^,\s*$/.test(view.tokens[i].post) && WORD_LISTS[list].has(view.keys[i]) && isLexiconGivenName(view.keys[start]);
}
