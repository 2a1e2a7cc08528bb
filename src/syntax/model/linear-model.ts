// The compact trained linear model: for each kept feature key, a short row of (class, weight)
// pairs with weights quantized to 16-bit integers. Scores are integer sums, so decoding is exact
// and deterministic. At load time the rows are laid out for few cache misses per feature: an
// open-addressing table of (key, row start << 8 | row length) pairs, and one array of entries
// packed as weight << 8 | class.
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

const MAX_ENTRIES = 1 << 24;

export class LinearModel implements Scorer {
  readonly classes: number;
  readonly data: LinearModelData;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly entries: Int32Array;

  constructor(data: LinearModelData) {
    if (data.entryClass.length >= MAX_ENTRIES) throw new RangeError(`too many weights for one linear model (${data.entryClass.length})`);
    this.data = data;
    this.classes = data.classes;
    this.entries = new Int32Array(data.entryClass.length);
    for (let e = 0; e < this.entries.length; e++) this.entries[e] = (data.entryWeight[e] << 8) | data.entryClass[e];
    const rows = data.keys.length;
    let size = 1024;
    while (size < rows * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size); // (key, start << 8 | length); length 0 marks an empty slot
    for (let r = 0, start = 0; r < rows; start += data.rowLength[r++]) {
      let s = data.keys[r] & this.mask;
      while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = data.keys[r];
      this.slots[2 * s + 1] = (start << 8) | data.rowLength[r];
    }
  }

  score(keys: Int32Array, count: number, out: Float64Array): void {
    out.fill(0, 0, this.classes);
    const { slots, mask, entries } = this;
    for (let i = 0; i < count; i++) {
      const key = keys[i];
      for (let s = key & mask; ; s = (s + 1) & mask) {
        const row = slots[2 * s + 1];
        if (row === 0) break;
        if (slots[2 * s] !== key) continue;
        for (let e = row >>> 8, end = e + (row & 255); e < end; e++) {
          const v = entries[e];
          out[v & 255] += v >> 8;
        }
        break;
      }
    }
  }
}
