// The organization (or country) that "it", "its" or a definite description ("the firm", "the
// agency", "the club's") refers to. Per-article noun indexes are built once, on first use.
import { appendTo } from '../../text/append-to';
import type { Mention } from '../../mentions/mention';
import type { Item, MentionItem } from '../items';
import { ORG_ANAPHOR_NOUNS, PUBLIC_ANAPHOR_NOUNS, PUBLIC_BODY_HEADS, WORD_LISTS } from '../lexicon/cue-words';
import type { ArticleItems } from '../sentence-context';

const PUBLIC_HEADS = new Set(PUBLIC_BODY_HEADS);
const GENERIC_ORG_NOUNS = new Set(['company', 'firm', 'group', 'corporation', 'business', 'organisation', 'organization']);
const PUBLIC_NOUNS = new Set(PUBLIC_ANAPHOR_NOUNS);
const ANAPHOR_NOUNS = new Set(ORG_ANAPHOR_NOUNS);
/** Common nouns for a body that "its" may refer to instead of a name before them. */
const BODY_NOUNS = new Set([...WORD_LISTS.orgnoun, ...WORD_LISTS.unitnoun, ...WORD_LISTS.leaderunit, 'ministry', 'parliament', 'council', 'country', 'nation', 'state']);
const lastWord = (name: string): string => name.toLowerCase().replace(/'s?$/, '').split(/\s+/).pop() ?? '';

type Placed = { sentence: number; at: number; item: MentionItem };

/** Each word of an organization's name → its mentions in text order. */
function indexByNameWord(all: ArticleItems): Map<string, Placed[]> {
  const index = new Map<string, Placed[]>();
  all.items.forEach((items, sentence) => items.forEach((item, at) => {
    if (item.kind !== 'mention' || item.type !== 'Organization') return;
    for (const word of new Set(item.mention.text.toLowerCase().split(/\s+/))) appendTo(index, word, { sentence, at, item });
  }));
  return index;
}

/** An anaphor noun written right before an organization's name ("second-division club X") → those organizations in text order. */
function indexByDescriptor(all: ArticleItems): Map<string, Placed[]> {
  const index = new Map<string, Placed[]>();
  all.items.forEach((items, sentence) => items.forEach((item, at) => {
    const before = items[at - 1];
    if (item.kind !== 'mention' || item.type !== 'Organization' || before?.kind !== 'word' || before.poss || !ANAPHOR_NOUNS.has(before.normal)) return;
    appendTo(index, before.normal, { sentence, at, item });
  }));
  return index;
}

/** A definite description of a body before the item ("the government"), not in apposition to a name. */
function competingBody(items: readonly Item[], itemIndex: number): boolean {
  return items.slice(0, itemIndex).some((it, i) => {
    if (it.kind !== 'word' || !BODY_NOUNS.has(it.normal) || it.poss) return false;
    const the = items[i - 1];
    const after = items[i + 1];
    return the?.kind === 'word' && the.normal === 'the' && items[i - 2]?.kind !== 'punct' && after?.kind !== 'mention';
  });
}

/** Only punctuation or a quote comes before the item: it opens its sentence. */
const opensSentence = (items: readonly Item[], index: number): boolean => items.slice(0, index).every((it) => it.kind === 'punct' || it.kind === 'quote');

export interface OrgResolver {
  (sentence: number, itemIndex: number, excluded: ReadonlySet<string>, noun?: string): Mention | undefined;
}

/** `subjects`: per sentence with a tree, the ids of the mentions that are a main clause's subject. */
export function makeOrgResolver(all: ArticleItems, actorOf: Readonly<Record<string, string>>, subjects: ReadonlyArray<ReadonlySet<string> | undefined> = []): OrgResolver {
  let byNameWord: Map<string, Placed[]> | undefined;
  let byDescriptor: Map<string, Placed[]> | undefined;
  const key = (m: Mention): string => actorOf[m.id] ?? m.id;
  return (sentence, itemIndex, excluded, noun) => {
    const items = all.items[sentence];
    const fits = (it: Item): it is MentionItem => it.kind === 'mention' && !excluded.has(key(it.mention))
      && (it.type === 'Organization' || (noun === undefined && it.type === 'Location' && it.country));
    const here = items.slice(0, itemIndex).filter(fits);
    const before = [sentence - 1, sentence - 2].filter((s) => s >= 0).map((s) => all.items[s].filter(fits));
    // "it"/"its": the nearest organization or country before it in the sentence; a sentence
    // opening "Its chief executive, X, said" continues the sentence before's first organization
    // (a sentence-opening "It" does not: "It also owns Y" is too often about something else)
    if (noun === undefined) {
      if (here.length) {
        // "criticised the council over the floods and its reply": a body named by a definite
        // description before "its" may be what it refers to
        return competingBody(items, itemIndex) ? undefined : here[here.length - 1].mention;
      }
      const word = items[itemIndex];
      const its = word?.kind === 'word' && word.normal === 'its';
      if (!its || !opensSentence(items, itemIndex) || sentence === 0) return undefined;
      return all.items[sentence - 1].find((it): it is MentionItem => fits(it) && it.type === 'Organization')?.mention;
    }
    // "the agency": the nearest organization with "agency" in its name
    const named = [...[...here].reverse(), ...before.flat()].find((it) => it.mention.text.toLowerCase().split(/\s+/).includes(noun));
    if (named) return named.mention;
    const earlier = (p: Placed): boolean => p.sentence < sentence || (p.sentence === sentence && p.at < itemIndex);
    if (!GENERIC_ORG_NOUNS.has(noun)) {
      // "the club's president" after "second-division club X" earlier in the article (nearest first)
      byDescriptor ??= indexByDescriptor(all);
      const described = [...(byDescriptor.get(noun) ?? [])].reverse().find((d) => earlier(d) && fits(d.item));
      if (described) return described.item.mention;
      // "the university", "the museum": an organization with that noun in its name further back
      byNameWord ??= indexByNameWord(all);
      const far = [...(byNameWord.get(noun) ?? [])].reverse().find((d) => d.sentence <= sentence - 3 && fits(d.item));
      if (far) return far.item.mention;
    }
    // "the firm" after another organization in its own sentence is usually a second one ("X plans
    // to take the firm private"), unless that one is no clause's subject but a modifier ("praised
    // the Acme cover chosen by the magazine's art director"); at a sentence's start it continues
    // the last sentence's subject
    if (here.length) {
      const tree = subjects[sentence];
      return tree && here.length === 1 && !tree.has(here[0].mention.id) && here[0].type === 'Organization' ? here[0].mention : undefined;
    }
    const first = before.find((list) => list.length)?.[0].mention;
    // "the paper's editor" after a sentence about a prosecutor's office: a public body is only a
    // guess for a noun that can name one ("the agency", "the watchdog")
    if (first && !PUBLIC_NOUNS.has(noun) && PUBLIC_HEADS.has(lastWord(first.text))) return undefined;
    return first;
  };
}
