// Shared helpers for the mention/resolve unit tests: run the real parse on a sentence of ours.
import { makeArticle } from '../../src/ingest/make-article';
import { findMentions } from '../../src/mentions/find-mentions';
import type { Mention } from '../../src/mentions/mention';
import { parseArticle } from '../../src/nlp/parse-article';

export function mentionsOf(text: string, source = 'test.txt'): Mention[] {
  return findMentions(parseArticle(makeArticle({ text, source })));
}

/** "Type:text" for each mention that is a surface form (demonyms excluded). */
export function namesOf(text: string): string[] {
  return mentionsOf(text)
    .filter((m) => !m.linkOnly)
    .map((m) => `${m.type}:${m.text}`);
}
