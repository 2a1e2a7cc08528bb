// The name index of a streaming run (kg extract), kept out of memory: each article's uses go to
// an external sort by name key as they arrive; resolution then reads them back in key order, folds
// the uses of one key into its NameRecord at a time, keeps only that record's Group (key, name,
// type, confidence, mentions) for resolve-groups.ts, and spools the record for the output pass.
// Memory at the end of a run grows with the number of name keys by about 200 bytes a key, not
// with their tallies. The records and the resolution are those of resolveNames over the records
// that folding every use in memory gives.
import type { Aliases } from '../resolve/aliases';
import type { Group } from '../resolve/group-merges';
import { addUse, emptyRecord, type NameRecord, type NameUse, type Tally } from '../resolve/name-record';
import { needsKeys, resolveGroups, toGroup, type ActorHead } from '../resolve/resolve-groups';
import { makeLineSpool } from './spill/line-spool';
import { makeRunSorter } from './spill/sorted-runs';
import type { TempFiles } from './spill/temp-files';

export interface SpooledNames {
  /** Name key → actor id. */
  actorOf: Map<string, string>;
  /** Every record, sorted by key, with its actor (call once). */
  records(): AsyncGenerator<{ record: NameRecord; actor: ActorHead }>;
}

export interface NameSpool {
  /** Adds one article's uses (its date goes into their dates tallies). */
  add(uses: readonly NameUse[], date: string | undefined): void;
  /** Resolves the names (call once, after the last add). */
  resolve(aliases: Aliases): Promise<SpooledNames>;
}

type RecordRow = [string, NameRecord['type'], [string, number][], [string, number][], [string, number][], [string, number][], [number, number][], number, number];

function encodeRecord(r: NameRecord): string {
  const row: RecordRow = [r.key, r.type, [...r.names], [...r.forms], [...r.roles], [...r.dates], [...r.confidences], r.mentions, r.uses];
  return JSON.stringify(row);
}

function decodeRecord(line: string): NameRecord {
  const [key, type, names, forms, roles, dates, confidences, mentions, uses] = JSON.parse(line) as RecordRow;
  const tally = <K>(entries: [K, number][]): Tally<K> => new Map(entries);
  return { key, type, names: tally(names), forms: tally(forms), roles: tally(roles), dates: tally(dates), confidences: tally(confidences), mentions, uses };
}

/** Records spooled per append. */
const APPEND_RECORDS = 1000;

export function makeNameSpool(tmp: TempFiles, budgetChars: number): NameSpool {
  const uses = makeRunSorter<[NameUse, string | null]>(tmp, 'uses', budgetChars);
  return {
    add(list, date) {
      for (const use of list) uses.add(use.group, [use, date ?? null]);
    },
    async resolve(aliases) {
      const withKeys = needsKeys(aliases);
      const groups: Group[] = [];
      const spool = makeLineSpool('names', budgetChars, tmp);
      let lines: string[] = [];
      let record: NameRecord | undefined;
      const close = (): void => {
        if (!record) return;
        groups.push(toGroup(record, withKeys));
        lines.push(encodeRecord(record));
        if (lines.length < APPEND_RECORDS) return;
        spool.append(lines.join('\n') + '\n');
        lines = [];
      };
      for await (const [key, [use, date]] of uses.sorted()) {
        if (record?.key !== key) {
          close();
          record = emptyRecord(key, use.type);
        }
        addUse(record, use, date ?? undefined, 1);
      }
      close();
      if (lines.length > 0) spool.append(lines.join('\n') + '\n');
      const resolved = resolveGroups(groups, aliases);
      const actorOf = new Map<string, string>();
      groups.forEach((g, i) => actorOf.set(g.key, resolved.actors[resolved.actorOf[i]].id));
      groups.length = 0;
      return {
        actorOf,
        async *records() {
          let i = 0;
          for await (const line of spool.lines()) yield { record: decodeRecord(line), actor: resolved.actors[resolved.actorOf[i++]] };
        },
      };
    },
  };
}
