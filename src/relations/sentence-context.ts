// Per-article context for the matcher: each sentence's items, and the light coreference the `~`
// slots and {both} use: a pronoun refers to the last person named before it (in its sentence, or
// else in the two sentences before); "both" to the last two people named in the sentence before.
import type { Mention } from '../mentions/mention';
import type { ParsedArticle } from '../nlp/parsed-article';
import { buildItems, type Item } from './items';
import type { MatchContext } from './pattern/match-pattern';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';

export interface ArticleItems {
  items: Item[][];
  quotes: QuoteSpan[];
}

export function buildArticleItems(parsed: ParsedArticle, mentions: readonly Mention[]): ArticleItems {
  const quotes = findQuoteSpans(parsed);
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const items = parsed.sentences.map((s) => buildItems(s, bySentence.get(s.index) ?? [], quotes.filter((q) => q.start < s.end && q.end > s.start)));
  return { items, quotes };
}

const persons = (items: readonly Item[]): Mention[] =>
  items.flatMap((it) => (it.kind === 'mention' && it.type === 'Person' ? [it.mention] : []));

export function makeMatchContext(all: ArticleItems, sentence: number, text: string, actorOf: Readonly<Record<string, string>>): MatchContext {
  const items = all.items[sentence];
  return {
    items,
    text,
    antecedent(itemIndex, exclude) {
      const excluded = new Set(exclude.map((m) => actorOf[m.id] ?? m.id));
      const allowed = (list: Mention[]): Mention[] => list.filter((m) => !excluded.has(actorOf[m.id] ?? m.id));
      const here = allowed(persons(items.slice(0, itemIndex)));
      if (here.length) return here[here.length - 1];
      for (let s = sentence - 1; s >= 0 && s >= sentence - 2; s--) {
        const there = allowed(persons(all.items[s]));
        if (there.length) return there[there.length - 1];
      }
      return undefined;
    },
    orgAntecedent(itemIndex, exclude) {
      const excluded = new Set(exclude.map((m) => actorOf[m.id] ?? m.id));
      for (let i = itemIndex - 1; i >= 0; i--) {
        const it = items[i];
        if (it.kind !== 'mention' || excluded.has(actorOf[it.mention.id] ?? it.mention.id)) continue;
        if (it.type === 'Organization' || (it.type === 'Location' && it.country)) return it.mention;
      }
      return undefined;
    },
    pair() {
      if (sentence === 0) return undefined;
      const seen = new Map<string, Mention>();
      for (const m of persons(all.items[sentence - 1])) {
        const key = actorOf[m.id] ?? m.id;
        seen.delete(key);
        seen.set(key, m);
      }
      const last = [...seen.values()];
      return last.length >= 2 ? last.slice(-2) : undefined;
    },
  };
}
