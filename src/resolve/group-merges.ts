// Merging cross-article groups of local actors (one per NameRecord) under guards (variant-rules.ts) with a
// union-find that honours the user's forbidden merges. Candidates come from indexes (by name,
// surname, initials), so the work grows with the number of same-surname groups, not its square.
import type { ActorType } from '../mentions/mention';
import { compactKey, initialsOf, orgKey } from '../text/normalize-name';
import { forbidIndex, type Aliases } from './aliases';
import { isAcronymOf, isSpellingVariant, isSurnameOf, surnameOf } from './variant-rules';

export interface Group {
  key: string;
  type: ActorType;
  /** Highest type confidence of the group's local actors. */
  confidence: number;
  name: string;
  /** Mentions over all its articles. */
  mentions: number;
  parent?: Group;
  /** Name keys held by this group's root (for forbid checks). */
  keys: Set<string>;
}

/** A name typed below this everywhere has no type to impose on others. */
const WEAK_TYPE = 0.6;
/** A type this sure (gazetteer, title) never yields to another type of the same name. */
const SURE_TYPE = 0.9;
/** Evidence for a group's type: its confidence times its mentions. */
const support = (g: Group): number => g.confidence * g.mentions;

export const root = (g: Group): Group => (g.parent ? (g.parent = root(g.parent)) : g);
export const wordCount = (s: string): number => s.split(/\s+/).length;

/** The groups by a key of each, in their order. */
export function indexBy<K>(groups: readonly Group[], keyOf: (g: Group) => K): Map<K, Group[]> {
  const index = new Map<K, Group[]>();
  for (const g of groups) {
    const key = keyOf(g);
    const list = index.get(key);
    if (list) list.push(g);
    else index.set(key, [g]);
  }
  return index;
}

function makeUnion(aliases: Aliases): (a: Group, b: Group) => void {
  const forbid = forbidIndex(aliases);
  const lists = (g: Group): Set<number> => new Set([...g.keys].flatMap((k) => forbid.get(k) ?? []));
  return (a, b) => {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) return;
    const la = lists(ra);
    if ([...lists(rb)].some((id) => la.has(id))) return;
    const [keep, join] = ra.key < rb.key ? [ra, rb] : [rb, ra];
    join.parent = keep;
    for (const k of join.keys) keep.keys.add(k);
  };
}

/** Merges the groups: forced aliases, one type per name, spelling variants, then lone surnames and acronyms with one candidate. */
export function mergeGroups(groups: readonly Group[], aliases: Aliases): void {
  const union = makeUnion(aliases);
  for (const list of aliases.merge) {
    const keys = new Set(list.map(compactKey));
    const hits = groups.filter((g) => [...g.keys].some((k) => keys.has(k)));
    for (const g of hits.slice(1)) union(hits[0], g);
  }
  for (const same of indexBy(groups, (g) => orgKey(g.name)).values()) {
    if (same.length < 2) continue;
    const winner = [...same].sort((a, b) => support(b) - support(a) || b.confidence - a.confidence || (a.key < b.key ? -1 : 1))[0];
    for (const g of same) if (g !== winner && g.confidence < SURE_TYPE && winner.confidence >= WEAK_TYPE) union(winner, g);
  }
  const persons = groups.filter((g) => g.type === 'Person' && wordCount(g.name) >= 2);
  const bySurname = indexBy(persons, (g) => surnameOf(g.name) ?? '');
  for (const same of bySurname.values()) {
    for (let i = 0; i < same.length; i++) for (let j = i + 1; j < same.length; j++) if (isSpellingVariant(same[i].name, same[j].name)) union(same[i], same[j]);
  }
  const byInitials = indexBy(
    groups.filter((g) => g.type !== 'Person' && wordCount(g.name) >= 2),
    (g) => initialsOf(g.name),
  );
  for (const g of groups) {
    if (wordCount(g.name) !== 1) continue;
    const pool = g.type === 'Person' ? bySurname.get(compactKey(g.name)) ?? [] : byInitials.get(compactKey(g.name)) ?? [];
    const fits = (o: Group): boolean => o !== g && (g.type === 'Person' ? isSurnameOf(g.name, o.name) : isAcronymOf(g.name, o.name));
    const candidates = new Set(pool.filter(fits).map(root));
    if (candidates.size === 1) union(g, [...candidates][0]);
  }
}
