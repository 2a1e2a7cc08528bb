// Parameter values for the load statements: graph properties as driver values, with integer
// properties marked as Neo4j integers (plain JS numbers would be stored as floats). Pure.
import neo4j, { type Integer } from 'neo4j-driver';
import type { Properties, PropertyValue } from '../graph/graph-document';

export type RowValue = string | number | boolean | null | Integer | RowValue[] | { [key: string]: RowValue };
export type Row = { [key: string]: RowValue };

export const ACTOR_LABELS = ['Person', 'Organization', 'Location'] as const;
/** Properties stored as integers wherever they appear. */
export const INTEGER_KEYS: ReadonlySet<string> = new Set([
  'chars', 'count', 'articleCount', 'start', 'end', 'starts', 'ends', 'mentions', 'sentence', 'uses',
  'nameCounts', 'formCounts', 'roleCounts', 'dateCounts', 'confidenceCounts',
]);

export function toRowValue(key: string, value: PropertyValue): RowValue {
  if (!INTEGER_KEYS.has(key)) return Array.isArray(value) ? [...value] : value;
  const toInt = (v: string | number | boolean): RowValue => (typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v);
  return Array.isArray(value) ? value.map(toInt) : toInt(value);
}

export function toRowProperties(props: Properties, omit: readonly string[] = []): Row {
  const out: Row = {};
  for (const key of Object.keys(props).sort()) {
    const value = props[key];
    if (omit.includes(key) || value === undefined || value === null) continue;
    out[key] = toRowValue(key, value);
  }
  return out;
}
