// The cross-article index that resolution works on: one NameRecord per name key (actor type +
// normalized name), folded from the articles' uses of that name. Every field is a sum or a tally
// (value → number of uses), so a use can be added and taken away again in any order and the
// record is the same function of the set of uses: what lets kg load keep it in Neo4j (the :Name
// nodes), add and remove articles, and re-resolve only the names a batch touches.
import type { ActorType } from '../mentions/mention';
import { actorKey, compactKey } from '../text/normalize-name';
import type { ArticleActors } from './actor-summary';
import type { Aliases } from './aliases';

/** One article's use of one name key: its local actors under that key, merged. */
export interface NameUse {
  /** `${type}|${actorKey}`: the NameRecord it folds into. */
  group: string;
  type: ActorType;
  /** The name (after the alias file's renames) that competes to name the record. */
  name: string;
  /** The local actors' names and surface forms (alias candidates), first-seen order. */
  forms: string[];
  roles: string[];
  mentions: number;
  /** Type confidence of the surest local actor (0.5 when the entities stage set none). */
  confidence: number;
}

export type Tally<K> = Map<K, number>;

export interface NameRecord {
  key: string;
  type: ActorType;
  names: Tally<string>;
  forms: Tally<string>;
  roles: Tally<string>;
  /** Article dates of the uses. */
  dates: Tally<string>;
  confidences: Tally<number>;
  mentions: number;
  uses: number;
}

const DEFAULT_CONFIDENCE = 0.5;

export const groupKeyOf = (type: ActorType, name: string): string => `${type}|${actorKey(type, name)}`;

function addOnce(list: string[], values: readonly string[]): void {
  for (const v of values) if (!list.includes(v)) list.push(v);
}

/** The article's uses, one per name key (sorted), and the name key of each local actor. */
export function articleUses(summary: ArticleActors, aliases: Aliases): { uses: NameUse[]; groupOf: Map<string, string> } {
  const renames = new Map(Object.entries(aliases.names).map(([from, to]) => [compactKey(from), to]));
  const byGroup = new Map<string, NameUse & { top: number }>();
  const groupOf = new Map<string, string>();
  for (const local of summary.actors) {
    const name = [local.name, ...local.forms].map((f) => renames.get(compactKey(f))).find(Boolean) ?? local.name;
    const group = groupKeyOf(local.type, name);
    groupOf.set(local.key, group);
    const confidence = local.confidence ?? DEFAULT_CONFIDENCE;
    const use = byGroup.get(group);
    if (!use) {
      byGroup.set(group, { group, type: local.type, name, forms: [local.name, ...local.forms.filter((f) => f !== local.name)], roles: [...new Set(local.roles)], mentions: local.mentions, confidence, top: local.mentions });
      continue;
    }
    if (local.mentions > use.top) [use.name, use.top] = [name, local.mentions];
    addOnce(use.forms, [local.name, ...local.forms]);
    addOnce(use.roles, local.roles);
    use.mentions += local.mentions;
    use.confidence = Math.max(use.confidence, confidence);
  }
  const uses = [...byGroup.values()].map(({ top, ...use }) => (void top, use));
  return { uses: uses.sort((a, b) => (a.group < b.group ? -1 : 1)), groupOf };
}

export function emptyRecord(key: string, type: ActorType): NameRecord {
  return { key, type, names: new Map(), forms: new Map(), roles: new Map(), dates: new Map(), confidences: new Map(), mentions: 0, uses: 0 };
}

function bump<K>(tally: Tally<K>, value: K, by: number): void {
  const n = (tally.get(value) ?? 0) + by;
  if (n === 0) tally.delete(value);
  else tally.set(value, n);
}

/** Adds (sign 1) or takes away (sign -1) one use of an article dated `date`. */
export function addUse(record: NameRecord, use: NameUse, date: string | undefined, sign: 1 | -1): void {
  bump(record.names, use.name, sign);
  for (const f of use.forms) bump(record.forms, f, sign);
  for (const r of use.roles) bump(record.roles, r, sign);
  if (date) bump(record.dates, date, sign);
  bump(record.confidences, use.confidence, sign);
  record.mentions += sign * use.mentions;
  record.uses += sign;
}

/** Adds one article's uses to a name index (record key → record). */
export function addUses(index: Map<string, NameRecord>, uses: readonly NameUse[], date: string | undefined): void {
  for (const use of uses) {
    const record = index.get(use.group) ?? emptyRecord(use.group, use.type);
    addUse(record, use, date, 1);
    index.set(use.group, record);
  }
}

/** The records of a name index, sorted by key. */
export const sortedRecords = (index: ReadonlyMap<string, NameRecord>): NameRecord[] => [...index.values()].sort((a, b) => (a.key < b.key ? -1 : 1));

/** Folds every use of the articles into records, sorted by key. */
export function foldNames(articles: readonly ArticleActors[], aliases: Aliases): NameRecord[] {
  const index = new Map<string, NameRecord>();
  for (const summary of articles) addUses(index, articleUses(summary, aliases).uses, summary.date);
  return sortedRecords(index);
}

/** The record's name: the name most uses give it; ties go to the first in code-unit order. */
export function recordName(record: NameRecord): string {
  let best = '';
  let count = 0;
  for (const [name, n] of record.names) if (n > count || (n === count && name < best)) [best, count] = [name, n];
  return best;
}

export function recordConfidence(record: NameRecord): number {
  return Math.max(0, ...record.confidences.keys());
}
