// The actors a tree rule's path reaches: the word's own mention, what a referring word stands for,
// a name in apposition ("the minister, X"), the name an appositive description stands for ("X, the
// man who ..."), the subject a predicate noun describes; and every conjunct of a list ("A, B and C").
import type { Mention } from '../../mentions/mention';
import type { TreeView } from './tree-view';

/** A word a path reached, with the actor types the path asks for. */
export interface Reached {
  word: number;
  types?: ReadonlySet<string>;
}

const labelOf = (view: TreeView, word: number): string => view.tree.tokens[word - 1].deprel;

/** Nouns that describe a person only: "X, the man who ..." is about X when X is a person. */
const HUMAN_NOUNS = new Set(['man', 'woman', 'person', 'men', 'women', 'people', 'boy', 'girl']);
const INDEFINITE = new Set(['a', 'an']);
const TITLE_LABELS = new Set(['nmod:desc', 'compound']);

/**
 * The word and its conjuncts ("A, B and C"). A list is joined by a conjunction somewhere; a
 * "conjunct" with an indefinite article and no conjunction is an apposition read wrongly ("X, a
 * key Y ally"). With `untitled`, a conjunct with a title of its own ("A managers B and C, and D
 * managers E") is no member of the first title's list.
 */
function withConjuncts(view: TreeView, word: number, untitled = false): number[] {
  const label = (w: number): string => view.tree.tokens[w - 1].deprel;
  const titled = (w: number): boolean => view.children[w].some((k) => TITLE_LABELS.has(label(k)) && !view.mentionAt(k));
  if (untitled) return titledList(view, word, titled);
  const out = [word];
  for (let i = 0; i < out.length && out.length < 12; i++) {
    const conjuncts = view.children[out[i]].filter((c) => label(c) === 'conj');
    const joined = conjuncts.some((c) => view.children[c].some((k) => label(k) === 'cc'));
    for (const c of conjuncts) {
      if (!joined && view.children[c].some((k) => label(k) === 'det' && INDEFINITE.has(view.forms[k]))) continue;
      out.push(c);
    }
  }
  return out;
}

/**
 * The names a title written before a name describes: that name and the conjuncts after it up to
 * the next one with a title of its own ("A managers B and C, and D managers E, F": B, C | E, F).
 * UD attaches every conjunct to the first, so the list of a later title is read among its siblings.
 */
function titledList(view: TreeView, word: number, titled: (w: number) => boolean): number[] {
  const t = view.tree.tokens[word - 1];
  const first = t.deprel === 'conj' ? t.head : word;
  const members = [first, ...view.children[first].filter((c) => view.tree.tokens[c - 1].deprel === 'conj')].sort((a, b) => a - b);
  const out: number[] = [];
  for (const m of members.slice(members.indexOf(word))) {
    if (m !== word && titled(m)) break;
    out.push(m);
  }
  return out;
}


/**
 * The actor at a word: its mention, what it refers to, a name in apposition to it ("the
 * minister, X"), or the subject a predicate noun describes ("X was the actor who killed Y").
 */
function actorAt(view: TreeView, word: number, exclude: readonly Mention[]): Mention | undefined {
  const m = view.mentionAt(word) ?? view.referent(word, exclude);
  if (m) return m;
  const kids = view.children[word];
  // a description in apposition stands for its name: "X, the man who killed Y"
  const t = view.tree.tokens[word - 1];
  if (t.deprel === 'appos' && t.upos === 'NOUN' && t.head > 0) {
    const named = view.mentionAt(t.head);
    if (named && (named.type === 'Person' || !HUMAN_NOUNS.has(view.forms[word]))) return named;
  }
  for (const c of kids) {
    if (labelOf(view, c) !== 'appos' && labelOf(view, c) !== 'flat') continue;
    const named = view.mentionAt(c);
    if (named) return named;
  }
  if (view.tree.tokens[word - 1].upos === 'NOUN' && kids.some((c) => labelOf(view, c) === 'cop')) {
    const subject = kids.find((c) => labelOf(view, c) === 'nsubj');
    if (subject) return view.mentionAt(subject) ?? view.referent(subject, exclude);
  }
  return undefined;
}

export function actorsAt(view: TreeView, words: readonly Reached[], exclude: readonly Mention[], untitled = false): Array<{ word: number; mention: Mention }> {
  const out: Array<{ word: number; mention: Mention }> = [];
  for (const { word: w, types } of words) {
    for (const c of withConjuncts(view, w, untitled)) {
      const mention = actorAt(view, c, exclude);
      if (mention && (!types || types.has(mention.type)) && !out.some((o) => o.mention.id === mention.id)) out.push({ word: c, mention });
    }
  }
  return out;
}

