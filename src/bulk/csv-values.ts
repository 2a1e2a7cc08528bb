// Property values as cells of neo4j-admin import CSV: the column type a value needs (the same
// Neo4j type `kg load` stores: integers as long, other numbers as double) and its cell text.
// Strings are always quoted ("" inside), so commas, quotes, tabs, line breaks and any other
// character pass through unchanged; list elements are joined with the export's array delimiter.
// Two lists have no cell: [] and [''] (the importer reads an empty cell as "no property"); they
// are restored after the import (see LIST_FIXES). Pure.
import neo4j from 'neo4j-driver';
import { NewsgraphError } from '../errors';
import type { RowValue } from '../load/row-values';

export const SCALAR_TYPES = ['string', 'long', 'double', 'boolean'] as const;
export type ScalarType = (typeof SCALAR_TYPES)[number];
export type ColumnType = ScalarType | `${ScalarType}[]`;

/** Lists that no cell can hold, by how the after-import step writes them back. */
export const LIST_FIXES = { empty: '=[]', oneEmptyString: "=['']" } as const;
export type ListFix = (typeof LIST_FIXES)[keyof typeof LIST_FIXES];

function scalarType(v: RowValue, where: string): ScalarType {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return 'double';
  if (neo4j.isInt(v)) return 'long';
  throw new NewsgraphError('GRAPH_INVALID', `${where}: ${JSON.stringify(v)} cannot be stored as a Neo4j property`, 'Properties are scalars or lists of scalars; this is a bug in the extraction.');
}

/** The column type of a value, or the list fix it needs. Integers mixed with floats make a double list, as in Neo4j. */
export function valueType(value: RowValue, where: string): ColumnType | ListFix {
  if (!Array.isArray(value)) return scalarType(value, where);
  if (value.length === 0) return LIST_FIXES.empty;
  if (value.length === 1 && value[0] === '') return LIST_FIXES.oneEmptyString;
  const types = new Set(value.map((v) => scalarType(v, where)));
  if (types.size === 2 && types.has('long') && types.has('double')) return 'double[]';
  if (types.size > 1) {
    throw new NewsgraphError('GRAPH_INVALID', `${where}: a list mixes ${[...types].join(' and ')} values, which Neo4j cannot store`, 'This is a bug in the extraction; report it with the input that produced it.');
  }
  return `${[...types][0]}[]`;
}

export function isListFix(t: ColumnType | ListFix): t is ListFix {
  return (Object.values(LIST_FIXES) as string[]).includes(t);
}

export const quoteCell = (text: string): string => `"${text.replace(/"/g, '""')}"`;

function scalarText(v: RowValue): string {
  if (neo4j.isInt(v)) return v.toString();
  return String(v);
}

/** The cell for a value of a column (empty for no value: the importer sets no property). */
export function encodeCell(value: RowValue | undefined, type: ColumnType, delimiter: string): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value) && isListFix(valueType(value, ''))) return ''; // restored after the import
  if (Array.isArray(value)) return quoteCell(value.map(scalarText).join(delimiter));
  return type === 'string' ? quoteCell(scalarText(value)) : scalarText(value);
}

const DELIMITER_CANDIDATES = ['\u001f', '\u001e', '\u001d', '\u001c', ...Array.from({ length: 0x100 }, (_, i) => String.fromCharCode(0xe000 + i))];
const CANDIDATE_CHAR = /[\u001c-\u001f\ue000-\ue0ff]/g;

/** The first candidate array delimiter that no list element and no label contains. */
export function chooseArrayDelimiter(strings: Iterable<string>): string {
  const used = new Set<string>();
  for (const s of strings) for (const m of s.matchAll(CANDIDATE_CHAR)) used.add(m[0]);
  const chosen = DELIMITER_CANDIDATES.find((c) => !used.has(c));
  if (chosen === undefined) {
    throw new NewsgraphError('GRAPH_INVALID', 'every candidate array delimiter (U+001C-U+001F, U+E000-U+E0FF) occurs in some list value', 'Load this graph with `kg load` instead of the CSV bulk path.');
  }
  return chosen;
}

/** The importer's spelling of a delimiter character, e.g. U+001F. */
export function unicodeName(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
