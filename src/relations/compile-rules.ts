// Compiles the rule rows once per process: pattern text → elements, plus two cheap filters that
// keep the engine linear in practice: the words a sentence must contain for the rule to have a
// chance, and where a match can start.
import type { Item } from './items';
import type { Element } from './pattern/elements';
import { compilePattern, PatternError } from './pattern/compile-pattern';
import { ORG_ANAPHOR_NOUNS, ORG_PRONOUNS, PERSON_PRONOUNS, WORD_LISTS } from './lexicon/cue-words';
import { expandMacros } from './rules/macros';
import type { RelationRule } from './rules/relation-rule';
import { RELATION_RULES } from './rules';

/** Where a match of a rule may start, from its first element. */
export type StartKind =
  | { kind: 'first' }
  | { kind: 'mention'; pronoun: boolean }
  | { kind: 'word'; words: ReadonlySet<string> }
  | { kind: 'quote' }
  | { kind: 'any-word' }
  | { kind: 'any' };

export interface CompiledRule {
  rule: RelationRule;
  elements: readonly Element[];
  /** Every set must share a word with the sentence. */
  required: ReadonlyArray<ReadonlySet<string>>;
  start: StartKind;
  /** Words that may not come just before a match (RelationRule.notAfter). */
  notAfter?: ReadonlySet<string>;
}

function startKind(first: Element | undefined): StartKind {
  if (first?.k === 'alt') {
    // alternatives that all open with a slot start at mentions (and referring words if any slot is ~)
    const kinds = first.seqs.map((seq) => startKind(seq[0]));
    if (kinds.every((k) => k.kind === 'mention')) return { kind: 'mention', pronoun: kinds.some((k) => k.kind === 'mention' && k.pronoun) };
    return { kind: 'any' };
  }
  switch (first?.k) {
    case 'start': return { kind: 'first' };
    case 'slot': return { kind: 'mention', pronoun: first.pron };
    case 'word': return { kind: 'word', words: first.words };
    case 'both': return { kind: 'word', words: new Set(['both']) };
    case 'cap': return first.what === 'quote' ? { kind: 'quote' } : { kind: 'any-word' };
    default: return { kind: 'any' };
  }
}

/** Words where a `~` slot may bind a referring word: pronouns, "the firm", "the [Japanese] carmaker". */
const REFERRING = new Set([...PERSON_PRONOUNS, ...ORG_PRONOUNS, ...ORG_ANAPHOR_NOUNS]);
const DEFINITE = new Set(['the', 'this']);

/** Item indexes by kind, computed once per sentence. */
export interface StartIndex {
  all: number[];
  mentions: number[];
  /** Mentions and the words a `~` slot can start on. */
  mentionsAndWords: number[];
  words: number[];
  quotes: number[];
  byWord: Map<string, number[]>;
}

export function indexStarts(items: readonly Item[]): StartIndex {
  const index: StartIndex = { all: [], mentions: [], mentionsAndWords: [], words: [], quotes: [], byWord: new Map() };
  items.forEach((item, i) => {
    index.all.push(i);
    if (item.kind === 'mention') index.mentions.push(i);
    if (item.kind === 'quote') index.quotes.push(i);
    if (item.kind === 'word') {
      index.words.push(i);
      const list = index.byWord.get(item.normal);
      if (list) list.push(i);
      else index.byWord.set(item.normal, [i]);
    }
    const prev = items[i - 1];
    const referring = item.kind === 'word' && (REFERRING.has(item.normal) || (prev?.kind === 'word' && DEFINITE.has(prev.normal)));
    if (item.kind === 'mention' || referring) index.mentionsAndWords.push(i);
  });
  return index;
}

export function startsOf(start: StartKind, index: StartIndex): number[] {
  switch (start.kind) {
    case 'first': return index.all.length ? [0] : [];
    case 'mention': return start.pronoun ? index.mentionsAndWords : index.mentions;
    case 'quote': return index.quotes;
    case 'any-word': return index.words;
    case 'any': return index.all;
    case 'word': {
      const out: number[] = [];
      for (const [word, at] of index.byWord) if (start.words.has(word)) out.push(...at);
      return out.sort((a, b) => a - b);
    }
  }
}

type WordElement = Extract<Element, { k: 'word' }>;

/**
 * Word sets a sentence must meet for the sequence to match: each plain word element, and for a
 * group of alternatives that each hold a plain word, the union of their first such words.
 */
function requiredWords(seq: readonly Element[]): Array<ReadonlySet<string>> {
  const out: Array<ReadonlySet<string>> = [];
  for (const e of seq) {
    if (e.k === 'word') out.push(e.words);
    if (e.k !== 'alt') continue;
    const firsts = e.seqs.map((alt) => alt.find((x): x is WordElement => x.k === 'word'));
    if (firsts.every((w) => w !== undefined)) out.push(new Set(firsts.flatMap((w) => [...(w as WordElement).words])));
  }
  return out;
}

export function compileRule(rule: RelationRule): CompiledRule {
  const elements = compilePattern(expandMacros(rule.pattern));
  const required = requiredWords(elements);
  const compiled: CompiledRule = { rule, elements, required, start: startKind(elements[0]) };
  if (rule.notAfter) {
    const list = WORD_LISTS[rule.notAfter];
    if (!list) throw new PatternError(`unknown word list @${rule.notAfter} in notAfter of ${rule.id}`);
    compiled.notAfter = new Set(list);
  }
  return compiled;
}

let compiled: readonly CompiledRule[] | undefined;

/** The project's rules, compiled on first use. */
export function compiledRules(): readonly CompiledRule[] {
  compiled ??= RELATION_RULES.map(compileRule);
  return compiled;
}
