// The actors a tree rule's path reaches: the word's own mention, what a referring word stands for,
// a name in apposition ("the minister, X"), the name an appositive description stands for ("X, the
// man who ..."), the subject a predicate noun describes, the place a government noun is written with
// ("the UK government"); and every conjunct of a list ("A, B and C"). An actor reached through a
// referring word says which word.
import type { Mention } from '../../mentions/mention';
import { countryCodeOf } from '../lexicon/countries';
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
/** Nouns for a state's government and its agents: "the UK government", "Iraqi troops", "German prosecutors". */
const GOVERNMENT_NOUNS = new Set(['government', 'governments', 'administration', 'authorities', 'regime', 'officials', 'prosecutors', 'troops', 'forces', 'leaders', 'leadership', 'diplomats']);
const PLACE_LABELS = new Set(['compound', 'amod', 'nmod:desc']);

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
function actorAt(view: TreeView, word: number, exclude: readonly Mention[]): Found | undefined {
  const named = view.mentionAt(word);
  if (named) return { mention: named };
  const referred = view.referent(word, exclude);
  if (referred) return { mention: referred, reference: view.tree.tokens[word - 1].form };
  const m = placeOfGovernment(view, word);
  if (m) return { mention: m };
  const kids = view.children[word];
  // a description in apposition stands for its name: "X, the man who killed Y"
  const t = view.tree.tokens[word - 1];
  if (t.deprel === 'appos' && t.upos === 'NOUN' && t.head > 0) {
    const head = view.mentionAt(t.head);
    if (head && (head.type === 'Person' || !HUMAN_NOUNS.has(view.forms[word]))) return { mention: head };
  }
  for (const c of kids) {
    if (labelOf(view, c) !== 'appos' && labelOf(view, c) !== 'flat') continue;
    const appos = view.mentionAt(c);
    if (appos) return { mention: appos };
  }
  if (view.tree.tokens[word - 1].upos === 'NOUN' && kids.some((c) => labelOf(view, c) === 'cop')) {
    const subject = kids.find((c) => labelOf(view, c) === 'nsubj');
    if (subject) return actorAt(view, subject, exclude);
  }
  return undefined;
}

/** "The UK government", "Iraqi troops": a government noun stands for the place written on it. */
function placeOfGovernment(view: TreeView, word: number): Mention | undefined {
  if (!GOVERNMENT_NOUNS.has(view.forms[word])) return undefined;
  const places = view.children[word].filter((c) => c < word && PLACE_LABELS.has(labelOf(view, c))).map((c) => view.mentionAt(c)).filter((m): m is Mention => m?.type === 'Location');
  return places.length === 1 ? places[0] : undefined;
}

/** A path's type filter: an actor type, `Country` (a Location that is a country) or `Place` (a Location that is not). */
function typeFits(types: ReadonlySet<string>, m: Mention): boolean {
  if (types.has(m.type)) return true;
  if (m.type !== 'Location' || !(types.has('Country') || types.has('Place'))) return false;
  const country = countryCodeOf(m.canonical ?? m.text) !== undefined;
  return country ? types.has('Country') : types.has('Place');
}

/** An actor reached: its mention, and the referring word it was reached through ("he", "the firm"), if any. */
export interface Found {
  mention: Mention;
  reference?: string;
}

export function actorsAt(view: TreeView, words: readonly Reached[], exclude: readonly Mention[], untitled = false): Array<Found & { word: number }> {
  const out: Array<Found & { word: number }> = [];
  for (const { word: w, types } of words) {
    for (const c of withConjuncts(view, w, untitled)) {
      const found = actorAt(view, c, exclude);
      if (found && (!types || typeFits(types, found.mention)) && !out.some((o) => o.mention.id === found.mention.id)) out.push({ word: c, ...found });
    }
  }
  return out;
}

/** The referring words and their antecedents among the actors (' [reference: "he" = X]'), '' when none. */
export function referenceNote(actors: readonly Found[]): string {
  const notes = actors.filter((a) => a.reference).map((a) => `"${a.reference}" = ${a.mention.text}`);
  return notes.length ? ` [reference: ${notes.join('; ')}]` : '';
}
