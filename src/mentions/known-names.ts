// A name the article writes in full elsewhere keeps its first word at a sentence start, where
// capitalization says nothing: "Allied Domecq shares rose" after "Allied Domecq" mid-sentence
// (compromise reads the sentence-initial "Allied" as a verb, so the chunk was only "Domecq").
import type { ParsedArticle } from '../nlp/parsed-article';
import { cleanName } from '../text/normalize-name';
import type { Mention } from './mention';
import type { TokenView } from './token-view';

/** Mentions whose sentence-initial capitalized word before them completes a multi-word name of the article. */
export function extendKnownNames(parsed: ParsedArticle, views: ReadonlyMap<number, TokenView>, mentions: readonly Mention[]): Mention[] {
  const known = new Map<string, Mention>();
  for (const m of mentions) {
    const view = views.get(m.sentence);
    if (view && !m.linkOnly && m.tokenEnd - m.tokenStart >= 2 && m.confidence >= 0.6) known.set(view.keys.slice(m.tokenStart, m.tokenEnd).join(' '), m);
  }
  if (known.size === 0) return [...mentions];
  const taken = new Set(mentions.map((m) => `${m.sentence}:${m.tokenStart}`));
  return mentions.map((m) => {
    const view = views.get(m.sentence);
    const at = m.tokenStart - 1;
    if (!view || at < 0 || !view.initial[at] || taken.has(`${m.sentence}:${at}`) || !/^\p{Lu}/u.test(view.tokens[at].text) || /[^\s\-]/.test(view.tokens[at].post)) return m;
    const full = known.get(view.keys.slice(at, m.tokenEnd).join(' '));
    if (!full || m.role) return m;
    const start = view.tokens[at].start;
    const text = cleanName(parsed.article.text.slice(start, view.tokens[m.tokenEnd - 1].end));
    return { ...m, id: `${m.sentence}:${at}-${m.tokenEnd}`, tokenStart: at, start, end: start + text.length, text, type: full.type, rule: 'known-name', confidence: full.confidence };
  });
}
