// Small linear models for unit tests, written as rows of [key, [[class, weight], ...]].
import type { LinearModelData } from '../../src/syntax/model/linear-model';

export type ModelRow = [number, Array<[number, number]>];

export function makeModel(classes: number, rows: ModelRow[]): LinearModelData {
  return {
    classes,
    keys: Int32Array.from(rows.map(([k]) => k)),
    rowLength: Uint8Array.from(rows.map(([, e]) => e.length)),
    entryClass: Uint8Array.from(rows.flatMap(([, e]) => e.map(([c]) => c))),
    entryWeight: Int16Array.from(rows.flatMap(([, e]) => e.map(([, w]) => w))),
  };
}
