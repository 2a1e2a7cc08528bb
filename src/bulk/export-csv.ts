// `kg extract --format csv`: the files for `neo4j-admin database import full` that build exactly
// the graph `kg load` builds in an empty database (labels :Entity:Person, lists as lists,
// integers as integers, every character of every value), plus import.json (how to read them)
// and after-import.cypher (the lists no cell can hold). Pure: graph → { file name → content }.
import type { GraphDocument } from '../graph/graph-document';
import { readCypher } from '../load/cypher-file';
import { AFTER_IMPORT_FILE, MANIFEST_FILE, newManifest, type CsvManifest } from './csv-manifest';
import { LIST_COLUMN, toCsvTables, type CsvTable } from './csv-tables';
import { chooseArrayDelimiter, encodeCell, quoteCell, unicodeName } from './csv-values';
import { toStoredGraph } from './stored-graph';

const MIB = 1024 * 1024;
const DEFAULT_READ_BUFFER = 4 * MIB;

function* listStrings(tables: CsvTable[]): Iterable<string> {
  for (const t of tables) {
    for (const { element, fixes } of t.rows) {
      if ('labels' in element) yield* element.labels;
      yield* fixes;
      for (const [key, type] of t.columns) if (type === 'string[]') yield* (element.properties[key] as string[] | undefined) ?? [];
    }
  }
}

interface RenderedTable {
  text: string;
  /** Whether some value holds a line break. */
  multiline: boolean;
  longestRecordBytes: number;
}

function renderTable(t: CsvTable, delimiter: string): RenderedTable {
  const keys = t.kind === 'nodes' ? ['id:ID', ':LABEL'] : [':START_ID', ':END_ID', ':TYPE'];
  const header = [...keys, ...t.columns.map(([k, type]) => `${k}:${type}`), ...(t.listFixes ? [`${LIST_COLUMN}:string[]`] : [])];
  const lines = [header.join(',')];
  let multiline = false;
  let longest = 0;
  for (const { element, fixes } of t.rows) {
    const ends = 'labels' in element ? [quoteCell(element.id), quoteCell(element.labels.join(delimiter))] : [quoteCell(element.start), quoteCell(element.end), element.type];
    const cells = t.columns.map(([k, type]) => encodeCell(element.properties[k], type, delimiter));
    if (t.listFixes) cells.push(fixes.length > 0 ? quoteCell(fixes.join(delimiter)) : '');
    const line = [...ends, ...cells].join(',');
    multiline ||= /[\r\n]/.test(line);
    if (line.length * 3 > longest) longest = Math.max(longest, Buffer.byteLength(line));
    lines.push(line);
  }
  return { text: lines.join('\n') + '\n', multiline, longestRecordBytes: longest };
}

export interface CsvExport {
  /** File name → content, import.json and after-import.cypher included. */
  files: Record<string, string>;
  manifest: CsvManifest;
}

export function buildCsvExport(graph: GraphDocument): CsvExport {
  const tables = toCsvTables(toStoredGraph(graph));
  const delimiter = chooseArrayDelimiter(listStrings(tables));
  const files: Record<string, string> = {};
  const multiline: string[] = [];
  let longest = 0;
  for (const t of tables) {
    const rendered = renderTable(t, delimiter);
    files[t.file] = rendered.text;
    if (rendered.multiline) multiline.push(t.file);
    longest = Math.max(longest, rendered.longestRecordBytes);
  }
  const manifest = newManifest({
    arrayDelimiter: unicodeName(delimiter),
    nodes: tables.filter((t) => t.kind === 'nodes').map((t) => t.file),
    relationships: tables.filter((t) => t.kind === 'relationships').map((t) => t.file),
    multiline,
    listFixes: tables.some((t) => t.listFixes),
    readBufferBytes: Math.max(DEFAULT_READ_BUFFER, Math.ceil((2 * longest) / MIB) * MIB),
  });
  files[MANIFEST_FILE] = JSON.stringify(manifest, null, 2) + '\n';
  files[AFTER_IMPORT_FILE] = readCypher('admin/restore-lists.cypher');
  return { files, manifest };
}

export function toCsvFiles(graph: GraphDocument): Record<string, string> {
  return buildCsvExport(graph).files;
}

export interface ImportArgumentOptions {
  database?: string;
  /** Replace an existing database (the default when a user runs the printed command). */
  overwrite?: boolean;
  /** Where neo4j-admin writes its report of bad entries. */
  reportFile?: string;
}

/** The neo4j-admin arguments that import the files of a manifest from dir (database name first, as since 5.19). */
export function importArguments(dir: string, manifest: CsvManifest, options: ImportArgumentOptions = {}): string[] {
  const file = (name: string): string => `${dir.replace(/\/$/, '')}/${name}`;
  return [
    'database', 'import', 'full', options.database ?? 'neo4j',
    ...manifest.nodes.map((f) => `--nodes=${file(f)}`),
    ...manifest.relationships.map((f) => `--relationships=${file(f)}`),
    `--array-delimiter=${manifest.arrayDelimiter}`,
    ...(manifest.multiline.length > 0 ? ['--multiline-fields=true'] : []),
    `--read-buffer-size=${manifest.readBufferBytes}`,
    '--legacy-style-quoting=false', '--trim-strings=false', '--ignore-empty-strings=false', '--id-type=string',
    ...(options.reportFile ? [`--report-file=${options.reportFile}`] : []),
    ...(options.overwrite === false ? [] : ['--overwrite-destination=true']),
  ];
}

const shellWord = (w: string): string => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

/** What to do with the folder: the local import, or neo4j-admin plus the after-import step on a server of one's own. */
export function describeCsvImport(dir: string, manifest: CsvManifest): string {
  return [
    `wrote CSV files to ${dir}; replace the local Neo4j's database with them (checked first; the current one stays until the new one runs):`,
    `  kg neo4j import ${shellWord(dir)} --force`,
    'or, on a Neo4j 5.26 server of your own (stopped), with its neo4j-admin:',
    `  neo4j-admin ${importArguments(dir, manifest).map(shellWord).join(' ')}`,
    `  then start it and run ${shellWord(`${dir.replace(/\/$/, '')}/${AFTER_IMPORT_FILE}`)} (cypher-shell -f FILE) and \`kg schema\``,
  ].join('\n');
}
