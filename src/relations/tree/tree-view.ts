// One sentence's tree joined to the relation stage's items: which actor mention (name or written
// title) covers a word, which item a word belongs to, and what a referring word ("he", "its",
// "the company") stands for. Built once per sentence.
import type { Mention } from '../../mentions/mention';
import type { Item } from '../items';
import { ORG_ANAPHOR_NOUNS, ORG_PRONOUNS, PERSON_PRONOUNS, TITLE_NOUNS } from '../lexicon/cue-words';
import type { MatchContext } from '../pattern/match-pattern';
import { childrenOf, type SentenceTree } from './sentence-tree';

export interface TreeView {
  tree: SentenceTree;
  /** Children of each word (1-based; 0 = the root's). */
  children: number[][];
  /** Lower-case form of each word (1-based; index 0 is ''). */
  forms: string[];
  /** The actor mention whose name or written title covers the word. */
  mentionAt(word: number): Mention | undefined;
  /** The item index of the word, -1 when it has none (punctuation inside a token). */
  itemAt(word: number): number;
  /** The actor a referring word stands for ("he", "its", "the company", "the minister"), never one of `exclude`. */
  referent(word: number, exclude: readonly Mention[]): Mention | undefined;
}

const PERSON = new Set(PERSON_PRONOUNS);
const IT = new Set(ORG_PRONOUNS);
const ORG_NOUNS = new Set(ORG_ANAPHOR_NOUNS);
const DEFINITE = new Set(['the', 'this']);
const TITLES = new Set(TITLE_NOUNS);
const TITLE_PARTS = new Set(['amod', 'compound']);

/** Sentence token index → item index, from the items' own token indexes and offsets. */
function itemsByToken(items: readonly Item[], tokenStarts: readonly number[]): number[] {
  const out: number[] = new Array<number>(tokenStarts.length).fill(-1);
  items.forEach((item, i) => {
    if (item.kind === 'word') out[item.token] = i;
    else if (item.kind === 'mention' || item.kind === 'quote') {
      tokenStarts.forEach((start, t) => {
        if (start >= item.start && start < item.end) out[t] = i;
      });
    }
  });
  return out;
}

/**
 * `quoted`: the sentence's mentions, so that names inside a quotation (one item there) are found
 * too ("Ms Moro's appointment of X is a mistake," he said); what a quoted pronoun refers to is
 * left alone.
 */
export function makeTreeView(tree: SentenceTree, ctx: MatchContext, tokenStarts: readonly number[], quoted: readonly Mention[] = []): TreeView {
  const children = childrenOf(tree);
  const forms = ['', ...tree.tokens.map((t) => t.form.toLowerCase())];
  const byToken = itemsByToken(ctx.items, tokenStarts);
  const itemAt = (word: number): number => byToken[tree.tokens[word - 1]?.source ?? -1] ?? -1;
  const inQuote = (word: number): boolean => ctx.items[itemAt(word)]?.kind === 'quote';
  const mentionAt = (word: number): Mention | undefined => {
    const item = ctx.items[itemAt(word)];
    if (item?.kind === 'mention') return item.mention;
    const source = tree.tokens[word - 1]?.source ?? -1;
    return item?.kind === 'quote' ? quoted.find((m) => source >= (m.roleTokenStart ?? m.tokenStart) && source < m.tokenEnd) : undefined;
  };
  const hasDefinite = (word: number): boolean => children[word].some((c) => tree.tokens[c - 1].deprel === 'det' && DEFINITE.has(forms[c]));
  const referent = (word: number, exclude: readonly Mention[]): Mention | undefined => {
    const at = itemAt(word);
    const form = forms[word];
    if (at < 0 || inQuote(word)) return undefined;
    if (PERSON.has(form)) return ctx.antecedent(at, exclude);
    if (IT.has(form)) return ctx.orgAntecedent(at, exclude);
    // a description in apposition ("Skype, the internet firm,") describes its own name, it refers to none
    if (ORG_NOUNS.has(form) && tree.tokens[word - 1].deprel !== 'appos' && hasDefinite(word)) return ctx.orgAntecedent(at, exclude, form);
    // "the (prime) minister": the person who holds that title (not "the president of X", which names its own)
    if (TITLES.has(form) && tree.tokens[word - 1].deprel !== 'appos' && hasDefinite(word) && !children[word].some((c) => tree.tokens[c - 1].deprel === 'nmod')) {
      const title = [...children[word].filter((c) => c < word && TITLE_PARTS.has(tree.tokens[c - 1].deprel) && !mentionAt(c)), word].map((w) => forms[w]).filter((w) => w !== 'former').join(' ');
      return ctx.titleAntecedent(at, exclude, title);
    }
    return undefined;
  };
  return { tree, children, forms, mentionAt, itemAt, referent };
}
