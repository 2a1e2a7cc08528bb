// Counts and precision/recall/F1, rounded to three places as the shared scorers print them.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf extends Counts {
  p: number;
  r: number;
  f1: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const round = (x: number): number => Math.round(x * 1000) / 1000;

export function toPrf(c: Counts): Prf {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { ...c, p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
}

/** Adds one outcome for a type and for `all`. */
export function bump(table: Record<string, Counts>, type: string, field: keyof Counts): void {
  table[type] ??= emptyCounts();
  table.all ??= emptyCounts();
  table[type][field]++;
  table.all[field]++;
}

export function prfTable(table: Record<string, Counts>): Record<string, Prf> {
  const out: Record<string, Prf> = { all: toPrf(table.all ?? emptyCounts()) };
  for (const key of Object.keys(table).filter((k) => k !== 'all').sort()) out[key] = toPrf(table[key]);
  return out;
}
