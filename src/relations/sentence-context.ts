// Per-article context for the matcher: each sentence's items, and the references the `~` slots
// and {both} read from the article's resolver (./references).
import { appendTo } from '../text/append-to';
import type { Mention } from '../mentions/mention';
import type { ParsedArticle } from '../nlp/parsed-article';
import { buildItems, type Item } from './items';
import type { MatchContext } from './pattern/match-pattern';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import type { ArticleReferences } from './references/article-references';

export interface ArticleItems {
  items: Item[][];
  quotes: QuoteSpan[];
}

export function buildArticleItems(parsed: ParsedArticle, mentions: readonly Mention[]): ArticleItems {
  const quotes = findQuoteSpans(parsed);
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) appendTo(bySentence, m.sentence, m);
  const items = parsed.sentences.map((s) => buildItems(s, bySentence.get(s.index) ?? [], quotes.filter((q) => q.start < s.end && q.end > s.start)));
  return { items, quotes };
}

/** The matcher's view of one sentence; references go to the article's resolver (./references). */
export function makeMatchContext(all: ArticleItems, sentence: number, text: string, refs: ArticleReferences): MatchContext {
  return {
    items: all.items[sentence],
    text,
    antecedent: (itemIndex, exclude) => refs.person(sentence, itemIndex, exclude),
    orgAntecedent: (itemIndex, exclude, noun) => refs.organization(sentence, itemIndex, exclude, noun),
    titleAntecedent: (itemIndex, exclude, title) => refs.person(sentence, itemIndex, exclude, title),
    pair: () => refs.pair(sentence),
  };
}
