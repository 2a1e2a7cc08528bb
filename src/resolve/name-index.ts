// The name index of a streaming run (kg extract), folded from the articles' uses as they arrive.
// Most name keys are used by one article only (three in four on the BBC corpus, more on a year of
// news), so such a key keeps that one use as a single JSON string instead of a NameRecord with five
// tallies (several times the memory); a second use turns it into a NameRecord. records() gives
// exactly the NameRecords that folding every use with addUses gives (same tallies, same order).
import { addUse, emptyRecord, type NameRecord, type NameUse } from './name-record';

/** A key's only use so far: JSON of [use, date]. */
type SingleUse = string;

type Entry = NameRecord | SingleUse;

export interface NameIndex {
  /** Folds one article's uses (its date goes into their dates tallies). */
  add(uses: readonly NameUse[], date: string | undefined): void;
  /** Every record, sorted by key; empties the index. */
  records(): NameRecord[];
}

function toRecord(entry: Entry): NameRecord {
  if (typeof entry !== 'string') return entry;
  const [use, date] = JSON.parse(entry) as [NameUse, string | null];
  const record = emptyRecord(use.group, use.type);
  addUse(record, use, date ?? undefined, 1);
  return record;
}

export function makeNameIndex(): NameIndex {
  const entries = new Map<string, Entry>();
  return {
    add(uses, date) {
      for (const use of uses) {
        const entry = entries.get(use.group);
        if (!entry) {
          entries.set(use.group, JSON.stringify([use, date ?? null]));
          continue;
        }
        const record = toRecord(entry);
        addUse(record, use, date, 1);
        entries.set(use.group, record);
      }
    },
    records() {
      const keys = [...entries.keys()].sort((a, b) => (a < b ? -1 : 1));
      return keys.map((key) => {
        const record = toRecord(entries.get(key) as Entry);
        entries.delete(key); // the compact entry goes as its record is made
        return record;
      });
    },
  };
}
