// Splits the stored graph into CSV tables for neo4j-admin import: one file per kind (entities,
// articles, quotes, evidence, names, mentions, relationships), with one typed column per property key. A key
// whose values have another type in some element (never in graphs we extract) sends that element
// to a second file of the kind ("entities-2.csv"), since a column has one type. Lists that no cell
// can hold go to the LIST_COLUMN of their element. Pure.
import { NewsgraphError } from '../errors';
import type { Row } from '../load/row-values';
import { isListFix, valueType, type ColumnType } from './csv-values';
import type { StoredGraph, StoredNode, StoredRelationship } from './stored-graph';

/** Names the lists an element gets after the import ("aliases=[]"), then is removed. */
export const LIST_COLUMN = '_newsgraph_lists';

export interface CsvTable {
  file: string;
  kind: 'nodes' | 'relationships';
  /** Property columns in header order (key, Neo4j import type). */
  columns: [string, ColumnType][];
  /** Whether the table carries LIST_COLUMN. */
  listFixes: boolean;
  rows: CsvRow[];
}

export interface CsvRow {
  element: StoredNode | StoredRelationship;
  /** "key=[]" / "key=['']" entries for LIST_COLUMN. */
  fixes: string[];
}

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Typed {
  element: StoredNode | StoredRelationship;
  types: Map<string, ColumnType>;
  fixes: string[];
}

function typeElement(element: StoredNode | StoredRelationship, where: string): Typed {
  const types = new Map<string, ColumnType>();
  const fixes: string[] = [];
  const props: Row = element.properties;
  for (const key of Object.keys(props).sort()) {
    if ('labels' in element && key === 'id') continue; // the id:ID column stores it
    if (!KEY.test(key) || key === LIST_COLUMN) {
      throw new NewsgraphError('GRAPH_INVALID', `${where}: property name "${key}" cannot be a CSV import column`, 'Property names are identifiers (letters, digits, _); this is a bug in the extraction.');
    }
    const t = valueType(props[key], `${where}, property ${key}`);
    if (isListFix(t)) fixes.push(`${key}${t}`);
    else types.set(key, t);
  }
  return { element, types, fixes };
}

function partition(kind: CsvTable['kind'], base: string, elements: (StoredNode | StoredRelationship)[]): CsvTable[] {
  const parts: { types: Map<string, ColumnType>; items: Typed[] }[] = [];
  for (const element of elements) {
    const where = 'labels' in element ? `node ${element.id}` : `${element.type} ${element.start} -> ${element.end}`;
    const typed = typeElement(element, where);
    let part = parts.find((p) => [...typed.types].every(([k, t]) => (p.types.get(k) ?? t) === t));
    if (!part) parts.push((part = { types: new Map(), items: [] }));
    for (const [k, t] of typed.types) part.types.set(k, t);
    part.items.push(typed);
  }
  if (parts.length === 0) parts.push({ types: new Map(), items: [] });
  return parts.map((p, i) => ({
    file: `${base}${i === 0 ? '' : `-${i + 1}`}.csv`,
    kind,
    columns: [...p.types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    listFixes: p.items.some((t) => t.fixes.length > 0),
    rows: p.items.map((t) => ({ element: t.element, fixes: t.fixes })),
  }));
}

export function toCsvTables(graph: StoredGraph): CsvTable[] {
  const nodes = (label: string): StoredNode[] => graph.nodes.filter((n) => n.labels.includes(label));
  const rels = (mentions: boolean): StoredRelationship[] => graph.relationships.filter((r) => (r.type === 'MENTIONS') === mentions);
  return [
    ...partition('nodes', 'entities', nodes('Entity')),
    ...partition('nodes', 'articles', nodes('Article')),
    ...partition('nodes', 'quotes', nodes('Quote')),
    ...partition('nodes', 'evidence', nodes('Evidence')),
    ...partition('nodes', 'names', nodes('Name')),
    ...partition('relationships', 'mentions', rels(true)),
    ...partition('relationships', 'relationships', rels(false)),
  ];
}
