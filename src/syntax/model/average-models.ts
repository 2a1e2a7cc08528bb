// Averages linear models of the same classes trained with different seeds (an ensemble that costs
// nothing at run time: scores are linear, so the average model scores as the models' mean) and
// drops the entries whose averaged weight stays below `minWeight` — mostly features that only one
// model happened to learn, whose removal both shrinks the file and helps accuracy a little.
import type { LinearModelData } from './linear-model';

/** Row indexes of a model in ascending key order. */
function sortRows(model: LinearModelData): Int32Array {
  const keys = model.keys;
  return Int32Array.from(keys.keys()).sort((a, b) => keys[a] - keys[b] || a - b);
}

/** Start of every row in the entry arrays, plus the end. */
function rowStarts(model: LinearModelData): Int32Array {
  const starts = new Int32Array(model.keys.length + 1);
  for (let r = 0; r < model.keys.length; r++) starts[r + 1] = starts[r] + model.rowLength[r];
  return starts;
}

export function averageModels(models: readonly LinearModelData[], minWeight = 1): LinearModelData {
  if (models.length === 0) throw new RangeError('no models to average');
  const classes = models[0].classes;
  if (models.some((m) => m.classes !== classes)) throw new RangeError('models with different classes');
  const orders = models.map(sortRows);
  const starts = models.map(rowStarts);
  const next = new Int32Array(models.length); // position in each model's sorted rows
  const sums = new Float64Array(classes);
  const keys: number[] = [];
  const lengths: number[] = [];
  const entryClass: number[] = [];
  const entryWeight: number[] = [];
  for (;;) {
    let key = 0;
    let found = false;
    models.forEach((m, i) => {
      if (next[i] < orders[i].length && (!found || m.keys[orders[i][next[i]]] < key)) [key, found] = [m.keys[orders[i][next[i]]], true];
    });
    if (!found) break;
    sums.fill(0);
    models.forEach((m, i) => {
      if (next[i] >= orders[i].length || m.keys[orders[i][next[i]]] !== key) return;
      const r = orders[i][next[i]++];
      for (let e = starts[i][r]; e < starts[i][r + 1]; e++) sums[m.entryClass[e]] += m.entryWeight[e];
    });
    let length = 0;
    for (let c = 0; c < classes; c++) {
      const w = Math.round(sums[c] / models.length);
      if (Math.abs(w) < minWeight) continue;
      entryClass.push(c);
      entryWeight.push(w);
      length++;
    }
    if (length === 0) continue;
    keys.push(key);
    lengths.push(length);
  }
  return { classes, keys: Int32Array.from(keys), rowLength: Uint8Array.from(lengths), entryClass: Uint8Array.from(entryClass), entryWeight: Int16Array.from(entryWeight) };
}
