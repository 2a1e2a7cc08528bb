// Per-article context for the matcher: each sentence's items, and the light coreference the `~`
// slots and {both} use: a pronoun refers to the last person named before it (in its sentence, or
// else in the two sentences before); "both" to the last two people named in the sentence before.
import type { Mention } from '../mentions/mention';
import type { ParsedArticle } from '../nlp/parsed-article';
import { buildItems, type Item, type MentionItem } from './items';
import { ORG_ANAPHOR_NOUNS, PUBLIC_ANAPHOR_NOUNS, PUBLIC_BODY_HEADS } from './lexicon/cue-words';
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

const PUBLIC_HEADS = new Set(PUBLIC_BODY_HEADS);
const GENERIC_ORG_NOUNS = new Set(['company', 'firm', 'group', 'corporation', 'business', 'organisation', 'organization']);
const PUBLIC_NOUNS = new Set(PUBLIC_ANAPHOR_NOUNS);
const lastWord = (name: string): string => name.toLowerCase().replace(/'s?$/, '').split(/\s+/).pop() ?? '';

/** Per article: each word of an organization's name → its mentions in text order (built once, on first use). */
const NAME_WORD_INDEX = new WeakMap<ArticleItems, Map<string, Array<{ sentence: number; item: MentionItem }>>>();
function orgsByNameWord(all: ArticleItems): Map<string, Array<{ sentence: number; item: MentionItem }>> {
  let index = NAME_WORD_INDEX.get(all);
  if (index) return index;
  index = new Map();
  all.items.forEach((items, sentence) => {
    for (const item of items) {
      if (item.kind !== 'mention' || item.type !== 'Organization') continue;
      for (const word of new Set(item.mention.text.toLowerCase().split(/\s+/))) index.set(word, [...(index.get(word) ?? []), { sentence, item }]);
    }
  });
  NAME_WORD_INDEX.set(all, index);
  return index;
}

/** Only punctuation or a quote comes before the item: it opens its sentence. */
const opensSentence = (items: readonly Item[], index: number): boolean => items.slice(0, index).every((it) => it.kind === 'punct' || it.kind === 'quote');

const ANAPHOR_NOUNS = new Set(ORG_ANAPHOR_NOUNS);

/**
 * Per article: an anaphor noun written right before an organization's name ("second-division club
 * X", "rival daily X" is not one: only the list's nouns) → those organizations in text order.
 */
const DESCRIBED_INDEX = new WeakMap<ArticleItems, Map<string, Array<{ sentence: number; at: number; item: MentionItem }>>>();
function orgsByDescriptor(all: ArticleItems): Map<string, Array<{ sentence: number; at: number; item: MentionItem }>> {
  let index = DESCRIBED_INDEX.get(all);
  if (index) return index;
  index = new Map();
  all.items.forEach((items, sentence) => {
    items.forEach((item, at) => {
      const before = items[at - 1];
      if (item.kind !== 'mention' || item.type !== 'Organization' || before?.kind !== 'word' || before.poss || !ANAPHOR_NOUNS.has(before.normal)) return;
      index?.set(before.normal, [...(index.get(before.normal) ?? []), { sentence, at, item }]);
    });
  });
  DESCRIBED_INDEX.set(all, index);
  return index;
}

const FEMALE = new Set(['she', 'her']);
const MALE = new Set(['he', 'him', 'his']);

/** Each person actor's gender, from any of its mentions in the article written with a first name. */
function actorGenders(all: ArticleItems, actorOf: Readonly<Record<string, string>>): Map<string, 'f' | 'm'> {
  const out = new Map<string, 'f' | 'm'>();
  for (const items of all.items) for (const it of items) if (it.kind === 'mention' && it.gender) out.set(actorOf[it.mention.id] ?? it.mention.id, it.gender);
  return out;
}

export function makeMatchContext(all: ArticleItems, sentence: number, text: string, actorOf: Readonly<Record<string, string>>): MatchContext {
  const items = all.items[sentence];
  let genders: Map<string, 'f' | 'm'> | undefined;
  return {
    items,
    text,
    antecedent(itemIndex, exclude) {
      const excluded = new Set(exclude.map((m) => actorOf[m.id] ?? m.id));
      // "he" prefers a man's name and "she" a woman's (first-name tags; some names are shared,
      // so with no agreeing person in reach the nearest person is still taken)
      const word = items[itemIndex];
      const pronoun = word?.kind === 'word' ? word.normal : '';
      const clash = FEMALE.has(pronoun) ? 'm' : MALE.has(pronoun) ? 'f' : undefined;
      if (clash) genders ??= actorGenders(all, actorOf);
      const nearest = (agree: boolean): Mention | undefined => {
        const ok = (m: Mention): boolean => !excluded.has(actorOf[m.id] ?? m.id) && (!agree || genders?.get(actorOf[m.id] ?? m.id) !== clash);
        const here = persons(items.slice(0, itemIndex)).filter(ok);
        if (here.length) return here[here.length - 1];
        for (let s = sentence - 1; s >= 0 && s >= sentence - 2; s--) {
          const there = persons(all.items[s]).filter(ok);
          if (there.length) return there[there.length - 1];
        }
        return undefined;
      };
      return (clash ? nearest(true) : undefined) ?? nearest(false);
    },
    orgAntecedent(itemIndex, exclude, noun) {
      const excluded = new Set(exclude.map((m) => actorOf[m.id] ?? m.id));
      const fits = (it: Item): it is MentionItem => it.kind === 'mention' && !excluded.has(actorOf[it.mention.id] ?? it.mention.id)
        && (it.type === 'Organization' || (noun === undefined && it.type === 'Location' && it.country));
      const here = items.slice(0, itemIndex).filter(fits);
      const before = [sentence - 1, sentence - 2].filter((s) => s >= 0).map((s) => all.items[s].filter(fits));
      // "it"/"its": the nearest organization or country before it in the sentence; a sentence
      // opening "Its chief executive, X, said" continues the sentence before's first organization
      // (a sentence-opening "It" does not: "It also owns Y" is too often about something else)
      if (noun === undefined) {
        if (here.length) return here[here.length - 1].mention;
        const word = items[itemIndex];
        const its = word?.kind === 'word' && word.normal === 'its';
        if (!its || !opensSentence(items, itemIndex) || sentence === 0) return undefined;
        const prior = all.items[sentence - 1].find((it): it is MentionItem => fits(it) && it.type === 'Organization');
        return prior?.mention;
      }
      // "the agency": the nearest organization with "agency" in its name
      const named = [...[...here].reverse(), ...before.flat()].find((it) => it.mention.text.toLowerCase().split(/\s+/).includes(noun));
      if (named) return named.mention;
      // "the club's president" after "second-division club X" earlier in the article: X (nearest
      // first; not for generic nouns, where "the company" may be another company)
      if (!GENERIC_ORG_NOUNS.has(noun)) {
        const described = orgsByDescriptor(all).get(noun) ?? [];
        for (let k = described.length - 1; k >= 0; k--) {
          const d = described[k];
          if ((d.sentence < sentence || (d.sentence === sentence && d.at < itemIndex)) && fits(d.item)) return d.item.mention;
        }
      }
      // "the university", "the museum": an organization with that noun in its name further back in
      // the article (nearest first); not for generic nouns ("the company" may be another company)
      if (!GENERIC_ORG_NOUNS.has(noun)) {
        const named = orgsByNameWord(all).get(noun) ?? [];
        for (let k = named.length - 1; k >= 0; k--) if (named[k].sentence <= sentence - 3 && fits(named[k].item)) return named[k].item.mention;
      }
      // "the firm" after another organization in its own sentence is usually a second one ("X plans
      // to take the firm private"); at a sentence's start it continues the last sentence's subject
      if (here.length) return undefined;
      const first = before.find((list) => list.length)?.[0].mention;
      // "the paper's editor" after a sentence about a prosecutor's office: a public body is only a
      // guess for a noun that can name one ("the agency", "the watchdog")
      if (first && !PUBLIC_NOUNS.has(noun) && PUBLIC_HEADS.has(lastWord(first.text))) return undefined;
      return first;
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
