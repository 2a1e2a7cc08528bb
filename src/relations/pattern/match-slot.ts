// Matches one slot of a pattern: a mention of a fitting type, or in a `~` slot a word that refers
// to one: a personal pronoun ("he", "his"), "it"/"its" for an organization or country, or a
// definite description of an organization ("the firm", "the Paris-based firm", "the company's").
import type { Mention } from '../../mentions/mention';
import type { Item, MentionItem } from '../items';
import { ORG_ANAPHOR_NOUNS, ORG_PRONOUNS, PERSON_PRONOUNS, TITLE_NOUNS } from '../lexicon/cue-words';
import { HONORIFICS, ROLE_HEADS } from '../lexicon/role-words';
import { isLocalOffice, skipHonorifics } from './captures';
import type { SlotEl, SlotType } from './elements';
import type { Bindings, Cont, MatchContext } from './match-pattern';

const isWord = (item: Item | undefined, words: ReadonlySet<string>): boolean => item?.kind === 'word' && words.has(item.normal);
const COORD = new Set(['and', 'or']);
/** A demonym after a preposition ("in Spanish") is a language or people, not the country, unless a name follows ("with German Chancellor X"). */
const PREPS = new Set(['in', 'of', 'at', 'from', 'to', 'with', 'for', 'by', 'into', 'near']);
const PRONOUNS = new Set(PERSON_PRONOUNS);
const IT = new Set(ORG_PRONOUNS);
const ANAPHORS = new Set(ORG_ANAPHOR_NOUNS);
const DEFINITE = new Set(['the', 'this']);
const MAX_MODIFIERS = 4;

/** "of British Music Rights": after "of" a demonym is the adjective of a name. */
const OF = new Set(['of']);
const TITLES = new Set([...ROLE_HEADS, ...HONORIFICS]);
const MAX_TITLE_WORDS = 3;
/** A demonym before a name or a title ("with German Chancellor X", "from Iraqi interim leader X") modifies it. */
function modifiesName(items: readonly Item[], from: number): boolean {
  const next = items[from];
  if (next?.kind === 'mention' || (next?.kind === 'word' && /^\p{Lu}/u.test(next.text) && TITLES.has(next.normal))) return true;
  // lower-case title words then a person: "interim leader X"
  let i = from;
  while (i < from + MAX_TITLE_WORDS && items[i]?.kind === 'word' && /^\p{Ll}/u.test((items[i] as { text: string }).text)) i++;
  const name = items[i];
  return i > from && TITLES.has((items[i - 1] as { normal: string }).normal) && name?.kind === 'mention' && name.type === 'Person';
}

/** "and German Chancellor X": a demonym written before a title and a person stands for neither; the member is the person. */
function personAfterDemonym(items: readonly Item[], at: number): number {
  const it = items[at];
  if (it?.kind !== 'mention' || !it.mention.linkOnly) return at;
  let i = at + 1;
  while (i <= at + MAX_TITLE_WORDS && items[i]?.kind === 'word' && TITLES.has((items[i] as { normal: string }).normal)) i++;
  const name = items[i];
  return name?.kind === 'mention' && name.type === 'Person' ? i : at;
}

function typeFits(item: MentionItem, t: SlotType): boolean {
  switch (t) {
    case 'actor': return true;
    case 'Person': return item.type === 'Person';
    case 'Org': return item.type === 'Organization';
    case 'Loc': return item.type === 'Location';
    case 'Country': return item.type === 'Location' && item.country;
    case 'Place': return item.type === 'Location' && !item.country;
  }
}

/** "the" (or "this") before the noun at pos, across lower-case modifiers and "Paris-based". */
/** A modifier inside a definite description: "Japanese", "Paris" "-" "based", "struggling". */
const isModifier = (it: Item | undefined): boolean =>
  (it?.kind === 'word' && /^\p{Ll}/u.test(it.text) && !it.poss && !it.tags.includes('Determiner') && !it.tags.includes('Preposition') && !ANAPHORS.has(it.normal))
  || (it?.kind === 'punct' && it.char === '-') || (it?.kind === 'mention' && it.type === 'Location' && !it.poss);

/** A description after a comma describes the name before it ("Skype, the internet firm,"): no anaphor. */
const appositive = (items: readonly Item[], the: number): boolean => items[the - 1]?.kind === 'punct' && (items[the - 1] as { char: string }).char === ',';

function definiteBefore(items: readonly Item[], pos: number): boolean {
  for (let i = pos - 1; i >= 0 && i >= pos - MAX_MODIFIERS; i--) {
    const it = items[i];
    if (it.kind === 'word' && DEFINITE.has(it.normal)) return !appositive(items, i);
    if (!isModifier(it)) return false;
  }
  return false;
}

/** Where a `~` organization slot starting at a modifier reaches its noun ("the [Japanese carmaker]"). */
function anaphorNoun(items: readonly Item[], pos: number): number {
  if (!isModifier(items[pos]) || !(items[pos - 1]?.kind === 'word' && DEFINITE.has((items[pos - 1] as { normal: string }).normal)) || appositive(items, pos - 1)) return -1;
  for (let i = pos + 1; i < items.length && i <= pos + MAX_MODIFIERS; i++) {
    const it = items[i];
    if (it.kind === 'word' && ANAPHORS.has(it.normal)) return i;
    if (!isModifier(it)) return -1;
  }
  return -1;
}

/** Title nouns a definite description of a person ends with ("the prime minister", "the senator"). */
const PERSON_TITLES = new Set(TITLE_NOUNS);
const TITLE_MODIFIERS = 3;
const QUALIFIERS = new Set(['of', 'for', 'to', 'at']);

/** "the (prime) minister" from the word at pos: where the title noun is and the title's words, if it is one. */
function titleNoun(items: readonly Item[], pos: number): { at: number; title: string } | undefined {
  const the = items[pos - 1];
  if (the?.kind !== 'word' || !DEFINITE.has(the.normal) || appositive(items, pos - 1)) return undefined;
  const words: string[] = [];
  for (let i = pos; i < items.length && i < pos + TITLE_MODIFIERS; i++) {
    const it = items[i];
    if (it.kind !== 'word' || it.poss) return undefined;
    words.push(it.normal);
    const next = items[i + 1];
    if (PERSON_TITLES.has(it.normal) && !(next?.kind === 'word' && PERSON_TITLES.has(next.normal))) {
      // "the president of X" names its own office, it does not refer back
      if (next?.kind === 'word' && QUALIFIERS.has(next.normal)) return undefined;
      return { at: i, title: words.filter((w) => w !== 'former' && w !== 'new').join(' ') };
    }
  }
  return undefined;
}

/** A name's head noun: its last word, or the word before "of", lower case, no possessive ("Labour Party's" → "party", "Institute of Physics" → "institute"). */
function headWord(text: string): string {
  const words = text.toLowerCase().replace(/['\u2019]s?$/, '').split(/\s+/);
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}

const orgTyped = (el: SlotEl): boolean => el.types.some((t) => t === 'Org' || t === 'actor');
const bound = (b?: Bindings): Mention[] => (b ? Object.values(b.slots).flat() : []);

/** The organization a `~` slot's word refers to ("it", "its", "the firm", "the company's"), if any. */
function orgReference(ctx: MatchContext, el: SlotEl, pos: number, b?: Bindings): Mention | undefined {
  const item = ctx.items[pos];
  if (item?.kind !== 'word' || !el.pron || !orgTyped(el)) return undefined;
  let m: Mention | undefined;
  if (IT.has(item.normal)) {
    if (el.poss !== 'any' && (item.normal === 'its') !== (el.poss === 'yes')) return undefined;
    m = ctx.orgAntecedent(pos, bound(b));
  } else if (ANAPHORS.has(item.normal) && definiteBefore(ctx.items, pos)) {
    if (el.poss !== 'any' && item.poss !== (el.poss === 'yes')) return undefined;
    m = ctx.orgAntecedent(pos, bound(b), item.normal);
  }
  return m && el.types.some((t) => t === 'actor' || (t === 'Org' && m.type === 'Organization')) ? m : undefined;
}

/** One member of a slot at pos: a fitting mention, or a word referring to one. */
function slotMember(ctx: MatchContext, el: SlotEl, pos: number, b?: Bindings): Mention | undefined {
  const item = ctx.items[pos];
  if (item?.kind === 'mention') {
    const prep = ctx.items[pos - 1];
    if (item.mention.linkOnly && isWord(prep, PREPS) && (!modifiesName(ctx.items, pos + 1) || isWord(prep, OF))) return undefined;
    if (el.titled && (item.mention.roleTokenStart === undefined || !item.mention.role)) return undefined;
    if (el.named && item.mention.linkOnly) return undefined;
    if (el.titled === 'local' && !isLocalOffice(item.mention.role ?? '')) return undefined;
    const possOk = el.poss === 'any' || (el.poss === 'yes') === item.poss;
    if (el.head && el.head.words.has(headWord(item.mention.text)) === el.head.not) return undefined;
    return possOk && el.types.some((t) => typeFits(item, t)) ? item.mention : undefined;
  }
  if (item?.kind === 'word' && el.pron && el.types.some((t) => t === 'Person' || t === 'actor') && PRONOUNS.has(item.normal)) {
    const poss = item.normal === 'his' ? true : item.normal === 'her' ? el.poss !== 'no' : false;
    if (el.poss !== 'any' && poss !== (el.poss === 'yes')) return undefined;
    return ctx.antecedent(pos, bound(b));
  }
  return orgReference(ctx, el, pos, b);
}

export function matchSlot(ctx: MatchContext, el: SlotEl, at: number, b: Bindings, k: Cont): Bindings | null {
  let pos = skipHonorifics(ctx.items, at);
  let first = slotMember(ctx, el, pos, b);
  if (!first && el.pron && orgTyped(el)) {
    const noun = anaphorNoun(ctx.items, pos);
    if (noun >= 0) {
      pos = noun;
      first = slotMember(ctx, el, pos, b);
    }
  }
  if (!first && el.pron && el.types.some((t) => t === 'Person' || t === 'actor')) {
    // from where the slot starts: the title's words may be honorifics ("the prime minister")
    const titled = titleNoun(ctx.items, at);
    if (titled) {
      first = ctx.titleAntecedent(titled.at, bound(b), titled.title);
      pos = titled.at;
    }
  }
  if (!first) return null;
  const ends: Array<{ pos: number; members: Mention[] }> = [{ pos: pos + 1, members: [first] }];
  if (el.list) {
    const member: SlotEl = el.poss === 'yes' ? { ...el, poss: 'any' } : el;
    let p = pos + 1;
    const members = [first];
    while (p < ctx.items.length) {
      const comma = ctx.items[p]?.kind === 'punct' && (ctx.items[p] as { char: string }).char === ',';
      let q = comma ? p + 1 : p;
      const coord = isWord(ctx.items[q], COORD);
      if (coord) q++;
      if (!comma && !coord) break;
      q = personAfterDemonym(ctx.items, q);
      const next = slotMember(ctx, member, q);
      if (!next) break;
      members.push(next);
      p = q + 1;
      ends.push({ pos: p, members: [...members] });
      if (coord) break;
    }
  }
  for (let e = ends.length - 1; e >= 0; e--) {
    const r = k(ends[e].pos, { ...b, slots: { ...b.slots, [el.name]: ends[e].members } });
    if (r) return r;
  }
  return null;
}
