// Averaged perceptron for training, with sparse weights: each feature holds a row of only the
// classes it was ever updated for. Rows live in shared typed arrays (no per-feature objects or
// string keys) and move to a block twice as large when they fill up. Averaging uses the usual
// trick: keep w and u (sum of step * delta); the average is w - u / step.
import type { LinearModelData } from '../model/linear-model';
import type { Scorer } from '../model/scorer';

function grown<T extends Int32Array | Uint8Array | Float32Array | Float64Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = make(size);
  b.set(a);
  return b;
}

export class SparsePerceptron implements Scorer {
  readonly classes: number;
  /** Open addressing: pairs of (key, feature + 1); feature + 1 = 0 marks an empty slot. */
  private slots = new Int32Array(1 << 17);
  private featureKey = new Int32Array(1 << 15);
  private rowStart = new Int32Array(1 << 15);
  private rowLength = new Uint8Array(1 << 15);
  private rowCapacity = new Uint8Array(1 << 15);
  private features = 0;
  private entryClass = new Uint8Array(1 << 16);
  private entryW = new Float32Array(1 << 16);
  private entryU = new Float64Array(1 << 16);
  private used = 0;
  /** Number of training examples seen so far (the averaging clock). */
  step = 1;

  constructor(classes: number) {
    if (classes > 255) throw new RangeError(`at most 255 classes (got ${classes})`);
    this.classes = classes;
  }

  private findFeature(key: number): number {
    const mask = (this.slots.length >> 1) - 1;
    for (let s = key & mask; ; s = (s + 1) & mask) {
      const f = this.slots[2 * s + 1] - 1;
      if (f < 0 || this.slots[2 * s] === key) return f;
    }
  }

  private insertSlot(key: number, f: number): void {
    const mask = (this.slots.length >> 1) - 1;
    let s = key & mask;
    while (this.slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    this.slots[2 * s] = key;
    this.slots[2 * s + 1] = f + 1;
  }

  private addFeature(key: number): number {
    const f = this.features++;
    this.featureKey = grown(this.featureKey, this.features, (n) => new Int32Array(n));
    this.rowStart = grown(this.rowStart, this.features, (n) => new Int32Array(n));
    this.rowLength = grown(this.rowLength, this.features, (n) => new Uint8Array(n));
    this.rowCapacity = grown(this.rowCapacity, this.features, (n) => new Uint8Array(n));
    if (this.features * 4 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let g = 0; g < f; g++) this.insertSlot(this.featureKey[g], g);
    }
    this.featureKey[f] = key;
    this.rowStart[f] = this.allocate(2);
    this.rowLength[f] = 0;
    this.rowCapacity[f] = 2;
    this.insertSlot(key, f);
    return f;
  }

  private allocate(size: number): number {
    const start = this.used;
    this.used += size;
    this.entryClass = grown(this.entryClass, this.used, (n) => new Uint8Array(n));
    this.entryW = grown(this.entryW, this.used, (n) => new Float32Array(n));
    this.entryU = grown(this.entryU, this.used, (n) => new Float64Array(n));
    return start;
  }

  score(keys: Int32Array, count: number, out: Float64Array): void {
    out.fill(0, 0, this.classes);
    for (let i = 0; i < count; i++) {
      const f = this.findFeature(keys[i]);
      if (f < 0) continue;
      for (let e = this.rowStart[f], end = e + this.rowLength[f]; e < end; e++) out[this.entryClass[e]] += this.entryW[e];
    }
  }

  private addWeight(f: number, cls: number, delta: number): void {
    let e = this.rowStart[f];
    const end = e + this.rowLength[f];
    while (e < end && this.entryClass[e] !== cls) e++;
    if (e === end) {
      if (this.rowLength[f] === this.rowCapacity[f]) {
        const capacity = Math.min(this.classes, this.rowCapacity[f] * 2);
        const start = this.allocate(capacity);
        const old = this.rowStart[f];
        this.entryClass.copyWithin(start, old, end);
        this.entryW.copyWithin(start, old, end);
        this.entryU.copyWithin(start, old, end);
        this.rowStart[f] = start;
        this.rowCapacity[f] = capacity;
        e = start + this.rowLength[f];
      }
      this.entryClass[e] = cls;
      this.entryW[e] = 0;
      this.entryU[e] = 0;
      this.rowLength[f]++;
    }
    this.entryW[e] += delta;
    this.entryU[e] += this.step * delta;
  }

  /** Moves weight from the guessed class to the gold class for every key. */
  update(keys: Int32Array, count: number, gold: number, guess: number): void {
    if (gold === guess) return;
    for (let i = 0; i < count; i++) {
      let f = this.findFeature(keys[i]);
      if (f < 0) f = this.addFeature(keys[i]);
      this.addWeight(f, gold, 1);
      if (guess >= 0) this.addWeight(f, guess, -1);
    }
  }

  get size(): { features: number; entries: number } {
    let entries = 0;
    for (let f = 0; f < this.features; f++) entries += this.rowLength[f];
    return { features: this.features, entries };
  }

  /** Averaged weights, quantized to 16 bits; entries that round below `minWeight` are dropped. */
  toModelData(minWeight = 1): LinearModelData {
    let maxAbs = 0;
    const average = (e: number): number => this.entryW[e] - this.entryU[e] / this.step;
    for (let f = 0; f < this.features; f++) {
      for (let e = this.rowStart[f], end = e + this.rowLength[f]; e < end; e++) maxAbs = Math.max(maxAbs, Math.abs(average(e)));
    }
    const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
    const total = this.size.entries;
    const keys = new Int32Array(this.features);
    const lengths = new Uint8Array(this.features);
    const cls = new Uint8Array(total);
    const weights = new Int16Array(total);
    let rows = 0;
    let kept = 0;
    for (let f = 0; f < this.features; f++) {
      const row: Array<[number, number]> = [];
      for (let e = this.rowStart[f], end = e + this.rowLength[f]; e < end; e++) {
        const q = Math.round(average(e) * scale);
        if (Math.abs(q) >= minWeight) row.push([this.entryClass[e], q]);
      }
      if (row.length === 0) continue;
      row.sort((a, b) => a[0] - b[0]);
      keys[rows] = this.featureKey[f];
      lengths[rows++] = row.length;
      for (const [c, q] of row) {
        cls[kept] = c;
        weights[kept++] = q;
      }
    }
    return { classes: this.classes, keys: keys.slice(0, rows), rowLength: lengths.slice(0, rows), entryClass: cls.slice(0, kept), entryWeight: weights.slice(0, kept) };
  }
}
