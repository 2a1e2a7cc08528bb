// Checks a CSV folder before neo4j-admin sees it, so that a bad file is reported as FILE:LINE and
// a cause the user can act on (the importer names neither for duplicate ids or missing nodes).
// Per record: the number of values, every typed value, labels and types from the allow-lists,
// unique node ids, relationship ends that exist, line breaks only in files import.json lists.
// Pure: records in, first problem out. Node files must be checked before relationship files.
import { GRAPH_RELATIONSHIP_TYPES, NODE_LABELS } from '../graph/graph-document';
import type { CsvManifest } from './csv-manifest';
import { LIST_COLUMN } from './csv-tables';
import { SCALAR_TYPES, type ScalarType } from './csv-values';
import type { CsvRecord } from './read-csv-records';

export type CsvProblemKind = 'syntax' | 'value' | 'mixed-exports';

export interface CsvProblem {
  file: string;
  line: number;
  kind: CsvProblemKind;
  cause: string;
}

interface Column {
  name: string;
  type: ScalarType;
  list: boolean;
}

const VALUE: Record<ScalarType, RegExp> = {
  string: /[^]*/,
  long: /^-?\d{1,19}$/,
  double: /^(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|-?Infinity|NaN)$/,
  boolean: /^(?:true|false)$/,
};
const LONG_MAX = 2n ** 63n - 1n;
const FIX_ENTRY = /^[A-Za-z_][A-Za-z0-9_]*=(?:\[\]|\[''\])$/;
const KEYS = { nodes: ['id:ID', ':LABEL'], relationships: [':START_ID', ':END_ID', ':TYPE'] };

function parseColumn(header: string): Column | undefined {
  const m = /^([A-Za-z_][A-Za-z0-9_]*):([a-z]+)(\[\])?$/.exec(header);
  if (!m || !(SCALAR_TYPES as readonly string[]).includes(m[2])) return undefined;
  return { name: m[1], type: m[2] as ScalarType, list: m[3] !== undefined };
}

/** Checks the records of one file in order; `nodeIds` collects ids across node files ("file:line" of each). */
export class CsvFileCheck {
  private columns: Column[] | undefined;
  private readonly keys: string[];

  constructor(readonly file: string, readonly kind: 'nodes' | 'relationships', private readonly manifest: CsvManifest, private readonly delimiter: string, private readonly nodeIds: Map<string, string>) {
    this.keys = KEYS[kind];
  }

  /** The first problem of this record, if any. */
  check(r: CsvRecord): CsvProblem | undefined {
    const problem = (kind: CsvProblemKind, cause: string): CsvProblem => ({ file: this.file, line: r.line, kind, cause });
    if (r.multiline && !this.manifest.multiline.includes(this.file)) return problem('syntax', 'a value holds a line break, but import.json does not list this file under "multiline"');
    if (!this.columns) return this.readHeader(r.fields, problem);
    if (r.fields.length === 1 && r.fields[0] === '') return undefined; // a blank line
    if (r.fields.length !== this.keys.length + this.columns.length) return problem('syntax', `${r.fields.length} values, but the header has ${this.keys.length + this.columns.length} columns`);
    const cause = this.kind === 'nodes' ? this.checkNode(r) : this.checkRelationship(r.fields);
    if (cause) return problem(cause[0], cause[1]);
    for (let i = 0; i < this.columns.length; i++) {
      const bad = this.checkValue(this.columns[i], r.fields[this.keys.length + i]);
      if (bad) return problem('value', `column ${this.columns[i].name}: ${bad}`);
    }
    return undefined;
  }

  private readHeader(fields: string[], problem: (k: CsvProblemKind, c: string) => CsvProblem): CsvProblem | undefined {
    if (this.keys.some((k, i) => fields[i] !== k)) return problem('syntax', `the header must begin with ${this.keys.join(',')}`);
    const columns = fields.slice(this.keys.length).map(parseColumn);
    const bad = columns.findIndex((c) => c === undefined);
    if (bad >= 0) return problem('syntax', `header column "${fields[this.keys.length + bad]}" is not NAME:TYPE with a type of ${SCALAR_TYPES.join(', ')} (or TYPE[])`);
    this.columns = columns as Column[];
    return undefined;
  }

  private checkNode(r: CsvRecord): [CsvProblemKind, string] | undefined {
    const [id, labels] = r.fields;
    if (id === '') return ['value', 'a node without an id'];
    const seen = this.nodeIds.get(id);
    if (seen !== undefined) return ['mixed-exports', `node id "${id}" is already defined at ${seen}`];
    this.nodeIds.set(id, `${this.file}:${r.line}`);
    const unknown = labels.split(this.delimiter).filter((l) => !(NODE_LABELS as readonly string[]).includes(l));
    return unknown.length > 0 ? ['value', `label ${JSON.stringify(unknown[0])} is not one of ${NODE_LABELS.join(', ')}`] : undefined;
  }

  private checkRelationship([start, end, type]: string[]): [CsvProblemKind, string] | undefined {
    if (!(GRAPH_RELATIONSHIP_TYPES as readonly string[]).includes(type)) return ['value', `relationship type ${JSON.stringify(type)} is not in the vocabulary`];
    const missing = [start, end].find((id) => !this.nodeIds.has(id));
    return missing !== undefined ? ['mixed-exports', `the ${type} relationship names node "${missing}", which no node file defines`] : undefined;
  }

  private checkValue(c: Column, cell: string): string | undefined {
    if (cell === '' || (c.type === 'string' && !c.list)) return undefined;
    for (const v of c.list ? cell.split(this.delimiter) : [cell]) {
      if (c.type === 'long' && VALUE.long.test(v) && (BigInt(v) > LONG_MAX || BigInt(v) < -LONG_MAX - 1n)) return `${v} is out of the range of a long`;
      if (c.name === LIST_COLUMN ? !FIX_ENTRY.test(v) : !VALUE[c.type].test(v)) return `${JSON.stringify(v.slice(0, 60))} is not a ${c.name === LIST_COLUMN ? 'list entry like aliases=[]' : c.type}`;
    }
    return undefined;
  }
}
