// The person a pronoun ("he", "his", "she", "her") or a titled description ("the minister", "the
// prime minister", "the senator") refers to: the nearest person named before it in its sentence,
// else in the sentences before, that agrees in gender (first names and styles, gender.ts) or,
// for a description, holds that title somewhere in the article. With no agreeing person in reach
// a pronoun takes the nearest person (some first names are shared).
import type { Mention } from '../../mentions/mention';
import type { Item } from '../items';
import type { ArticleItems } from '../sentence-context';
import { actorGenders, pronounGender, type Gender } from './gender';

/** Sentences before a pronoun's that may hold its antecedent; a title reaches further. */
const PRONOUN_REACH = 2;
const TITLE_REACH = 6;

const persons = (items: readonly Item[]): Mention[] => items.flatMap((it) => (it.kind === 'mention' && it.type === 'Person' ? [it.mention] : []));

export interface PersonResolver {
  /** `title`: the words of a titled description ("prime minister"); otherwise the item is a pronoun. */
  (sentence: number, itemIndex: number, excluded: ReadonlySet<string>, title?: string): Mention | undefined;
}

/** Each person actor's titles, lower-case ("prime minister", "mr"). */
function actorTitles(all: ArticleItems, actorOf: Readonly<Record<string, string>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const it of all.items.flat()) {
    if (it.kind !== 'mention' || it.type !== 'Person' || !it.mention.role) continue;
    const key = actorOf[it.mention.id] ?? it.mention.id;
    out.set(key, [...(out.get(key) ?? []), it.mention.role.toLowerCase().replace(/\./g, '')]);
  }
  return out;
}

const holds = (titles: readonly string[] | undefined, title: string): boolean =>
  (titles ?? []).some((t) => t === title || t.endsWith(` ${title}`) || t.endsWith(`-${title}`));

export function makePersonResolver(all: ArticleItems, actorOf: Readonly<Record<string, string>>): PersonResolver {
  let genders: Map<string, Gender> | undefined;
  let titles: Map<string, string[]> | undefined;
  const key = (m: Mention): string => actorOf[m.id] ?? m.id;
  return (sentence, itemIndex, excluded, title) => {
    const items = all.items[sentence];
    const word = items[itemIndex];
    const wanted = title === undefined && word?.kind === 'word' ? pronounGender(word.normal) : undefined;
    if (wanted) genders ??= actorGenders(all.items, actorOf);
    if (title !== undefined) titles ??= actorTitles(all, actorOf);
    const nearest = (ok: (m: Mention) => boolean): Mention | undefined => {
      const here = persons(items.slice(0, itemIndex)).filter(ok);
      if (here.length) return here[here.length - 1];
      const reach = title === undefined ? PRONOUN_REACH : TITLE_REACH;
      for (let s = sentence - 1; s >= 0 && s >= sentence - reach; s--) {
        const there = persons(all.items[s]).filter(ok);
        if (there.length) return there[there.length - 1];
      }
      return undefined;
    };
    const free = (m: Mention): boolean => !excluded.has(key(m));
    if (title !== undefined) return nearest((m) => free(m) && holds(titles?.get(key(m)), title));
    const clash = wanted === 'f' ? 'm' : wanted === 'm' ? 'f' : undefined;
    return (clash ? nearest((m) => free(m) && genders?.get(key(m)) !== clash) : undefined) ?? nearest(free);
  };
}
