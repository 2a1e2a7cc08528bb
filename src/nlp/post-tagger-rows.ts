// The index of compromise's post-tagger rows that picks the rows worth trying on a clause: the
// rows of the index keys (words, #Tags) the clause has, in compromise's key order, the first row
// of each match text, those whose needs, wants and ifNo the clause meets. The same selection as
// compromise's sweep, which scans every index key for every clause; keys here are numbers and a
// clause's keys are stamped into an array, so a row is checked without hashing strings.

/** One post-tagger row, as compromise parsed it (`needs`: index keys all required; `wants`: at least `minWant` of them). */
export interface MatchRow {
  match: string;
  regs?: unknown[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

interface CompiledRow {
  row: MatchRow;
  text: number;
  needs: Int32Array;
  wants: Int32Array;
  ifNo: Int32Array;
}

export interface RowIndex {
  rows: CompiledRow[];
  /** Row numbers by index key; index keys are numbered in compromise's key order. */
  lists: Int32Array[];
  /** Every key a row reads (index keys first) → its number. */
  keyId: Map<string, number>;
  always: MatchRow[];
  /** Per key, the clause that last had it; per match text, the clause that last took a row with it. */
  keyIn: Int32Array;
  textIn: Int32Array;
  clause: number;
}

/** Indexes the rows as compromise does: by needs and wants, in a plain object, so its key order is compromise's. */
export function indexRows(rows: readonly MatchRow[]): RowIndex {
  const hooks: Record<string, number[]> = {};
  rows.forEach((row, r) => {
    for (const key of [...row.needs, ...row.wants]) (hooks[key] ??= []).push(r);
  });
  const keyId = new Map(Object.keys(hooks).map((key, i) => [key, i]));
  const idOf = (key: string): number => keyId.get(key) ?? keyId.set(key, keyId.size).size - 1;
  const texts = new Map<string, number>();
  const compiled = rows.map((row) => ({
    row,
    text: texts.get(row.match) ?? texts.set(row.match, texts.size).size - 1,
    needs: Int32Array.from(row.needs, idOf),
    wants: Int32Array.from(row.wants, idOf),
    ifNo: Int32Array.from(row.ifNo ?? [], idOf),
  }));
  // compromise keeps the first row of each match text per key
  const lists = Object.keys(hooks).map((key) => Int32Array.from(hooks[key].filter((r, i, list) => list.findIndex((q) => compiled[q].text === compiled[r].text) === i)));
  const always = rows.filter((row) => row.needs.length === 0 && row.wants.length === 0);
  return { rows: compiled, lists, keyId, always, keyIn: new Int32Array(keyId.size).fill(-1), textIn: new Int32Array(texts.size).fill(-1), clause: 0 };
}

function admits(index: RowIndex, row: CompiledRow, clause: number, words: number): boolean {
  const { keyIn } = index;
  if (words < row.row.minWords) return false;
  for (let k = 0; k < row.needs.length; k++) if (keyIn[row.needs[k]] !== clause) return false;
  for (let k = 0; k < row.ifNo.length; k++) if (keyIn[row.ifNo[k]] === clause) return false;
  if (row.wants.length === 0) return true;
  let wanted = 0;
  for (let k = 0; k < row.wants.length; k++) if (keyIn[row.wants[k]] === clause) wanted++;
  return wanted >= row.row.minWant;
}

/** The rows to try on a clause with these index keys (compromise's cacheDoc) and this many terms, in compromise's order. */
export function selectRows(index: RowIndex, haves: Set<string>, words: number): MatchRow[] {
  if (index.clause === 0x7fffffff) {
    index.keyIn.fill(-1);
    index.textIn.fill(-1);
    index.clause = 0;
  }
  const clause = ++index.clause;
  const ranks: number[] = [];
  for (const item of haves) {
    const id = index.keyId.get(item);
    if (id === undefined) continue;
    index.keyIn[id] = clause;
    if (id < index.lists.length) ranks.push(id);
  }
  ranks.sort((a, b) => a - b);
  const selected: MatchRow[] = [];
  for (const rank of ranks) {
    const list = index.lists[rank];
    for (let k = 0; k < list.length; k++) {
      const row = index.rows[list[k]];
      if (index.textIn[row.text] === clause) continue;
      index.textIn[row.text] = clause;
      if (admits(index, row, clause, words)) selected.push(row.row);
    }
  }
  for (const row of index.always) if (words >= row.minWords) selected.push(row);
  return selected;
}
