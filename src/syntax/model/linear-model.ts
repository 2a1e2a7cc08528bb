// The compact trained linear model: for each kept feature key, a short row of (class, weight)
// pairs with weights quantized to 16-bit integers. Scores are integer sums, so decoding is exact
// and deterministic (the order in which weights are added does not matter).
//
// Scoring is bound by memory latency (a parser step looks up over a hundred keys in tables of
// tens of MB), so at load time every row is laid out to cost one cache line: an open-addressing
// table of 16-byte slots (key, then three entries packed as weight << 8 | class). A row with more
// than three entries keeps two in its slot and, in the third place, a link (start << 8 | 255) to
// the rest in `overflow`, where overflow[start] holds their count. Entries of weight 0 add
// nothing and are dropped, so a slot whose first entry is 0 is empty.
import type { Scorer } from './scorer';

/** What is stored in the model file for one linear model. */
export interface LinearModelData {
  classes: number;
  /** Feature keys, one per row. */
  keys: Int32Array;
  /** Entries per row (rows are consecutive in `entryClass`/`entryWeight`). */
  rowLength: Uint8Array;
  entryClass: Uint8Array;
  entryWeight: Int16Array;
}

/** A built model's look-up tables, in shared memory: a worker thread given them (structured
 * clone shares, not copies, a SharedArrayBuffer) scores with the same tables, with no rebuild. */
export interface LinearTables {
  classes: number;
  slots: Int32Array;
  overflow: Int32Array;
}

const sharedInts = (length: number): Int32Array => new Int32Array(new SharedArrayBuffer(4 * length));

const MAX_OVERFLOW = 1 << 23;
const LINK = 255;
/** First-probe keys of one score call (feature sets are far smaller). */
const firstKeys = new Int32Array(1024);

export class LinearModel implements Scorer {
  readonly classes: number;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly overflow: Int32Array;

  constructor(data: LinearModelData | LinearTables) {
    if ('slots' in data) {
      this.classes = data.classes;
      this.slots = data.slots;
      this.overflow = data.overflow;
      this.mask = data.slots.length / 4 - 1;
      return;
    }
    if (data.classes >= LINK) throw new RangeError(`too many classes for one linear model (${data.classes})`);
    this.classes = data.classes;
    let size = 1024;
    while (size < data.keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = sharedInts(4 * size);
    const row = new Int32Array(256);
    let overflowLength = 0;
    for (let r = 0; r < data.keys.length; r++) if (data.rowLength[r] > 3) overflowLength += data.rowLength[r] - 1;
    if (overflowLength >= MAX_OVERFLOW) throw new RangeError(`too many weights for one linear model (${overflowLength})`);
    this.overflow = sharedInts(overflowLength);
    let used = 0;
    for (let r = 0, start = 0; r < data.keys.length; start += data.rowLength[r++]) {
      let length = 0;
      for (let e = start; e < start + data.rowLength[r]; e++) if (data.entryWeight[e] !== 0) row[length++] = (data.entryWeight[e] << 8) | data.entryClass[e];
      if (length > 0) used = this.insertRow(data.keys[r], row, length, used);
    }
  }

  tables(): LinearTables {
    return { classes: this.classes, slots: this.slots, overflow: this.overflow };
  }

  /** Puts a row in the first free slot from its key's home (a repeated key keeps its first row);
   * returns the overflow used so far. */
  private insertRow(key: number, row: Int32Array, length: number, used: number): number {
    const { slots, mask, overflow } = this;
    let s = key & mask;
    for (; slots[4 * s + 1] !== 0; s = (s + 1) & mask) if (slots[4 * s] === key) return used;
    slots[4 * s] = key;
    slots[4 * s + 1] = row[0];
    slots[4 * s + 2] = length > 1 ? row[1] : 0;
    if (length <= 3) {
      slots[4 * s + 3] = length > 2 ? row[2] : 0;
      return used;
    }
    slots[4 * s + 3] = (used << 8) | LINK;
    overflow[used] = length - 2;
    for (let e = 2; e < length; e++) overflow[used + e - 1] = row[e];
    return used + length - 1;
  }

  score(keys: Int32Array, count: number, out: Float64Array): void {
    out.fill(0, 0, this.classes);
    const { slots, mask, overflow } = this;
    // All home slots first: independent loads the CPU can have in flight together.
    const prefetched = Math.min(count, firstKeys.length);
    for (let i = 0; i < prefetched; i++) firstKeys[i] = slots[4 * (keys[i] & mask)];
    for (let i = 0; i < count; i++) {
      const key = keys[i];
      let s = key & mask;
      if (i >= prefetched || firstKeys[i] !== key) while (slots[4 * s + 1] !== 0 && slots[4 * s] !== key) s = (s + 1) & mask;
      if (slots[4 * s + 1] === 0) continue;
      const a = slots[4 * s + 1], b = slots[4 * s + 2], c = slots[4 * s + 3];
      out[a & 255] += a >> 8;
      out[b & 255] += b >> 8;
      if ((c & 255) !== LINK) {
        out[c & 255] += c >> 8;
        continue;
      }
      for (let e = (c >>> 8) + 1, end = e + overflow[c >>> 8]; e < end; e++) {
        const v = overflow[e];
        out[v & 255] += v >> 8;
      }
    }
  }
}
