// A candidate name in its sentence, and the neighbour lookups the type conditions share.
import type { GazetteerEntry } from './gazetteer';
import type { TokenView } from './token-view';

export interface NameSpan {
  view: TokenView;
  start: number;
  end: number;
  /** First token of the role written before the name, if any. */
  roleStart?: number;
  entry?: GazetteerEntry;
}

export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Words skipped when looking for the word before a name: "groups like X", "officials such as X". */
const SKIPPED_BEFORE = new Set(['the', 'a', 'an', 'like', 'such', 'as', 'including', 'especially', 'notably']);

/** Index of the word before the name (before its role, skipping "the", "like", "such as") or right after it. */
export function neighbour(span: NameSpan, side: 'before' | 'after'): number {
  const { keys } = span.view;
  if (side === 'after') return span.end;
  let i = (span.roleStart ?? span.start) - 1;
  while (i >= 0 && SKIPPED_BEFORE.has(keys[i]) && span.start - i < 4) i--;
  return i;
}

/** Index of the word right before the name or its role (-1 at the sentence start). */
export const wordBefore = (span: NameSpan): number => (span.roleStart ?? span.start) - 1;

/** True when the name is followed by ", " (its last token's trailing punctuation is a comma). */
export const commaAfter = (span: NameSpan): boolean => span.end < span.view.tokens.length && /^,\s*$/.test(span.view.tokens[span.end - 1].post);
