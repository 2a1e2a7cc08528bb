// Zero-width checks of the pattern notation: whether what follows (or just precedes) the current
// position ends a noun phrase, a name or a list (!head, !np, !name, !list, !appos, and the ,^
// comma that closes a name written as an appositive).
import type { Item, WordItem } from '../items';
import { ROLE_HEADS, UNIT_NOUNS } from '../lexicon/role-words';
import { WORD_LISTS } from '../lexicon/cue-words';

const isWord = (item: Item | undefined, words: ReadonlySet<string>): boolean => item?.kind === 'word' && words.has(item.normal);
const COORD = new Set(['and', 'or']);
const DETS = new Set(['the', 'a', 'an']);
const DIRECTIONS = new Set(WORD_LISTS.direction);
const NOT_HEAD = new Set([...ROLE_HEADS, ...UNIT_NOUNS]);

/** A common noun that would continue the noun phrase ("the Kebara findings"). */
const commonNoun = (item: WordItem): boolean =>
  item.tags.includes('Noun') && !item.tags.some((t) => ['Pronoun', 'Date', 'Value', 'ProperNoun', 'Possessive'].includes(t)) && !item.tags.includes('Verb');

/** A mention that opens someone's title does not end a noun phrase ("Illinois" in "Illinois Gov. X"). */
const titleOpener = (item: Item | undefined): boolean => item?.kind === 'mention' && item.inTitle;

const isPunct = (item: Item | undefined, char: string): boolean => item?.kind === 'punct' && item.char === char;

/** True when the items at pos continue a list: ", PLACE," / ", PLACE and" / "(,) and PLACE" (not "and PLACE, PLACE", a list of pairs). */
function continuesList(items: readonly Item[], at: number): boolean {
  const pos = isPunct(items[at], '.') ? at + 1 : at;
  /** Where a list item's place is: past a determiner and a direction ("and (the) southern X"). */
  const placeIndex = (i: number): number => {
    const j = isWord(items[i], DETS) ? i + 1 : i;
    return isWord(items[j], DIRECTIONS) ? j + 1 : j;
  };
  const placeAt = (i: number): boolean => {
    const j = placeIndex(i);
    return items[j]?.kind === 'mention' && items[j].type === 'Location';
  };
  // "Jackson, Wyo., and Aspen, Colo.": a state or country just ended the item and the next item is
  // itself "PLACE, PLACE", so the list is of pairs ("Boston, Chicago and Denver, Colorado" is not).
  const before = items[at - 1];
  const endsPair = before?.kind === 'mention' && (before.abbreviated || before.country);
  const pairFollows = (i: number): boolean => {
    const j = placeIndex(i);
    return endsPair && isPunct(items[j + 1], ',') && placeAt(j + 2);
  };
  if (isWord(items[pos], COORD)) return placeAt(pos + 1) && !pairFollows(pos + 1);
  if (!isPunct(items[pos], ',')) return false;
  if (isWord(items[pos + 1], COORD)) return placeAt(pos + 2) && !pairFollows(pos + 2);
  const after = isPunct(items[pos + 2], '.') ? pos + 3 : pos + 2;
  return placeAt(pos + 1) && (isPunct(items[after], ',') || isWord(items[after], COORD));
}

const MAX_ADJECTIVES = 2;

/** Adjectives then a common noun: the noun phrase goes on ("Britain's biggest union"). */
function nounAfterAdjectives(items: readonly Item[], pos: number): boolean {
  let j = pos;
  while (j < pos + MAX_ADJECTIVES && items[j]?.kind === 'word' && (items[j] as WordItem).tags.includes('Adjective')) j++;
  const next = items[j];
  return j > pos && next?.kind === 'word' && (commonNoun(next) || NOT_HEAD.has(next.normal));
}

const MAX_APPOS_WORDS = 3;

/** True when up to three plain words, a comma and (a determiner and) a mention follow: "'s financial watchdog, the FSA". */
function appositiveNameFollows(items: readonly Item[], at: number): boolean {
  let pos = at;
  while (pos < at + MAX_APPOS_WORDS && items[pos]?.kind === 'word' && !(items[pos] as WordItem).tags.includes('Verb')) pos++;
  if (pos === at || !isPunct(items[pos], ',')) return false;
  const name = isWord(items[pos + 1], DETS) ? pos + 2 : pos + 1;
  return items[name]?.kind === 'mention';
}

/** The comma closing a name that is itself an appositive: ", X," in "Sony's chief executive, X, said". */
export function closesAppositive(items: readonly Item[], pos: number): boolean {
  return isPunct(items[pos], ',') && items[pos - 1]?.kind === 'mention' && isPunct(items[pos - 2], ',');
}

export type LookAhead = 'nolist' | 'appos' | 'noname' | 'head' | 'np';

/** True when the look-ahead fails at pos (the pattern must not go on). */
export function lookAheadFails(kind: LookAhead, items: readonly Item[], pos: number): boolean {
  const item = items[pos];
  switch (kind) {
    case 'nolist': return continuesList(items, pos);
    case 'appos': return appositiveNameFollows(items, pos);
    case 'noname': return (item?.kind === 'word' && /^\p{Lu}/u.test(item.text)) || item?.kind === 'mention';
    case 'head': return titleOpener(items[pos - 1]) || (item?.kind === 'word' && NOT_HEAD.has(item.normal));
    case 'np': return titleOpener(items[pos - 1]) || (item?.kind === 'word' && (NOT_HEAD.has(item.normal) || commonNoun(item))) || nounAfterAdjectives(items, pos);
  }
}
