// The relation rules' view of a sentence: a flat array of items where every actor mention is ONE
// item (its written title included when the mentions stage marks one with roleTokenStart),
// punctuation from the tokens' pre/post is its own item, and a direct quotation is collapsed into
// one quote item. Built once per sentence from the token arrays; no re-parsing.
import type { ActorType, Mention } from '../mentions/mention';
import type { Sentence, Token } from '../nlp/parsed-article';
import { isCountryName } from './lexicon/countries';
import { isPunctuation, type QuoteSpan } from './quote-spans';

interface ItemBase {
  /** Character offsets into Article.text. */
  start: number;
  end: number;
}
export interface WordItem extends ItemBase {
  kind: 'word';
  token: number;
  text: string;
  /** Lower-case form with a possessive 's removed. */
  normal: string;
  poss: boolean;
  tags: readonly string[];
}
export interface PunctItem extends ItemBase {
  kind: 'punct';
  /** One of , ; : ( ) - _ . ! ? and `open`/`close` for quotation marks. */
  char: string;
}
export interface MentionItem extends ItemBase {
  kind: 'mention';
  mention: Mention;
  type: ActorType;
  poss: boolean;
  /** Location mention naming a sovereign country (world-countries). */
  country: boolean;
  /** Written as an abbreviation ("N.Y.", "Calif."). */
  abbreviated: boolean;
  /** Opens the written title of the person item after it ("Illinois" in "Illinois Gov. X"). */
  inTitle: boolean;
  /** A person's gender when a word of the name is a known female or male first name. */
  gender?: 'f' | 'm';
}
export interface QuoteItem extends ItemBase {
  kind: 'quote';
  quote: QuoteSpan;
}
export type Item = WordItem | PunctItem | MentionItem | QuoteItem;

const POSSESSIVE = /(?:['\u2019]s|s['\u2019])$/i;
const CLOSE_AFTER_S = /^['\u2019]/;

/** Punctuation characters of a token's pre/post as items, in writing order. */
function punctItems(chars: string, at: number, side: 'pre' | 'post'): PunctItem[] {
  const out: PunctItem[] = [];
  const s = chars.replace(/` ?`/g, '\u0001').replace(/''/g, '\u0002');
  for (const ch of s) {
    let char: string | undefined;
    if (ch === '\u0001') char = 'open';
    else if (ch === '\u0002') char = 'close';
    else if (ch === '"' || ch === '\u201c' || ch === '\u201d') char = side === 'pre' || /\s["\u201c]\s*$/.test(chars) ? 'open' : 'close';
    else if (',;:()_!?.'.includes(ch)) char = ch;
    else if ('-\u2013\u2014'.includes(ch)) char = '-';
    if (char) out.push({ kind: 'punct', char, start: at, end: at });
  }
  return out;
}

/** The part of a token's trailing punctuation after its closing quotation mark. */
function afterCloseQuote(post: string): string {
  const m = /(?:''|["\u201d])(?!.*(?:''|["\u201d]))/.exec(post);
  return m ? post.slice(m.index + m[0].length) : post;
}

function wordItem(token: Token, index: number, nextPost: string): WordItem {
  const poss = POSSESSIVE.test(token.text) || (/s$/i.test(token.text) && CLOSE_AFTER_S.test(nextPost) && token.tags.includes('Possessive'));
  const normal = token.normal.replace(/['\u2019]s$/, '').replace(/s['\u2019]$/, 's');
  return { kind: 'word', token: index, text: token.text, normal, poss, tags: token.tags, start: token.start, end: token.end };
}

function mentionItem(tokens: readonly Token[], m: Mention, first: number, inTitle: boolean): MentionItem {
  const last = tokens[m.tokenEnd - 1];
  const poss = POSSESSIVE.test(last.text) || (/s$/i.test(last.text) && /^['\u2019]/.test(last.post));
  const country = m.type === 'Location' && isCountryName(m.canonical ?? m.text);
  // "N.Y.", "Calif." — or a short single word written with a dot ("Miss.", which the parser may
  // read as a verb and a sentence end), unless it is a country's name.
  const shortWithDot = m.tokenEnd - m.tokenStart === 1 && last.text.length <= 5 && last.post.startsWith('.') && !country;
  const abbreviated = last.text.includes('.') || last.tags.includes('Abbreviation') || shortWithDot;
  const item: MentionItem = { kind: 'mention', mention: m, type: m.type, poss, country, abbreviated, inTitle, start: tokens[first].start, end: m.end };
  const gender = m.type === 'Person' ? genderOf(tokens.slice(m.tokenStart, m.tokenEnd)) : undefined;
  return gender ? { ...item, gender } : item;
}

/** 'f' or 'm' when the name's words carry only female or only male first-name tags. */
function genderOf(tokens: readonly Token[]): 'f' | 'm' | undefined {
  const f = tokens.some((t) => t.tags.includes('FemaleName'));
  const m = tokens.some((t) => t.tags.includes('MaleName'));
  return f === m ? undefined : f ? 'f' : 'm';
}

/**
 * Mentions placed as items, keyed by their first token: sorted by start, overlapping ones
 * dropped, except that a place or organization opening a written title ("Illinois Gov. X",
 * "Cape Town Supreme Court Judge X") becomes its own item before the titled person, whose
 * item then starts after it (its Mention.role is unchanged).
 */
function placeMentions(mentions: readonly Mention[]): Map<number, { mention: Mention; inTitle: boolean }> {
  const placed = new Map<number, { mention: Mention; inTitle: boolean }>();
  const firstTok = (m: Mention): number => Math.min(m.roleTokenStart ?? m.tokenStart, m.tokenStart);
  const sorted = [...mentions].sort((a, b) => firstTok(a) - firstTok(b) || b.tokenEnd - a.tokenEnd);
  let covered = -1;
  for (const m of sorted) {
    let from = firstTok(m);
    if (from < covered || m.tokenEnd <= m.tokenStart) continue;
    for (;;) {
      const inner = from < m.tokenStart ? sorted.find((x) => x !== m && x.type !== 'Person' && x.tokenStart === from && x.tokenEnd <= m.tokenStart) : undefined;
      if (!inner) break;
      placed.set(from, { mention: inner, inTitle: true });
      from = inner.tokenEnd;
    }
    placed.set(from, { mention: m, inTitle: false });
    covered = m.tokenEnd;
  }
  return placed;
}

export function buildItems(sentence: Sentence, mentions: readonly Mention[], quotes: readonly QuoteSpan[] = []): Item[] {
  const { tokens } = sentence;
  const placed = placeMentions(mentions);
  const items: Item[] = [];
  let i = 0;
  while (i < tokens.length) {
    const quote = quotes.find((q) => tokens[i].start >= q.start && tokens[i].end <= q.end);
    if (quote) {
      let j = i;
      while (j < tokens.length && tokens[j].end <= quote.end) j++;
      items.push({ kind: 'quote', quote, start: Math.max(quote.start, sentence.start), end: Math.min(quote.end, sentence.end) });
      items.push(...punctItems(afterCloseQuote(tokens[j - 1].post), tokens[j - 1].end, 'post'));
      i = j;
      continue;
    }
    // a token of punctuation only (`, "`): its marks, after a quotation only what follows its close
    if (isPunctuation(tokens[i]) && !placed.has(i)) {
      const chars = tokens[i].text + tokens[i].post;
      items.push(...punctItems(items[items.length - 1]?.kind === 'quote' ? afterCloseQuote(chars) : chars, tokens[i].start, 'post'));
      i++;
      continue;
    }
    const spot = placed.get(i);
    const m = spot?.mention;
    const tokenEnd = m ? m.tokenEnd : i + 1;
    items.push(...punctItems(tokens[i].pre, tokens[i].start, 'pre'));
    if (m) items.push(mentionItem(tokens, m, i, spot.inTitle));
    else items.push(wordItem(tokens[i], i, tokens[i].post));
    const last = tokens[tokenEnd - 1];
    const post = last.post.replace(/^['\u2019](?=\s|$)/, '');
    // An abbreviation's dot ("Sen.", "Mo.,") inside the sentence is not punctuation for the rules.
    items.push(...punctItems(tokenEnd < tokens.length ? post.replace(/^\./, '') : post, last.end, 'post'));
    i = tokenEnd;
  }
  return items;
}
