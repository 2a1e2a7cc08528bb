// import.json: what `kg extract --format csv` wrote into its folder and how neo4j-admin must read
// it (array delimiter, which files hold line breaks inside values, whether lists are restored
// after the import). `kg neo4j import` reads it back; the importer arguments come from it only.
import { NewsgraphError } from '../errors';

export const MANIFEST_FILE = 'import.json';
export const AFTER_IMPORT_FILE = 'after-import.cypher';
const FORMAT = 'newsgraph-csv';
const VERSION = 1;

export interface CsvManifest {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** neo4j-admin spelling, e.g. "U+001F". */
  arrayDelimiter: string;
  nodes: string[];
  relationships: string[];
  /** Files with a line break inside some value (read with --multiline-fields). */
  multiline: string[];
  /** Whether some element carries lists that the after-import step restores. */
  listFixes: boolean;
  /** neo4j-admin --read-buffer-size: room for the longest record (at least the importer's 4 MiB). */
  readBufferBytes: number;
}

export function newManifest(fields: Omit<CsvManifest, 'format' | 'version'>): CsvManifest {
  return { format: FORMAT, version: VERSION, ...fields };
}

const isNames = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string' && /^[a-z0-9-]+\.csv$/.test(x));

/** Parses import.json; `where` names the file in errors. */
export function parseManifest(text: string, where: string): CsvManifest {
  const fail = (why: string): never => {
    throw new NewsgraphError('INPUT_MALFORMED', `${where}: ${why}`, 'Write the folder again with `kg extract INPUTS --format csv --out DIR` (this version of kg reads only what it writes).');
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return fail(`not valid JSON (${(err as Error).message})`);
  }
  const m = value as Partial<CsvManifest> | null;
  if (!m || m.format !== FORMAT || m.version !== VERSION) return fail(`not a ${FORMAT} version ${VERSION} manifest`);
  if (typeof m.arrayDelimiter !== 'string' || !/^U\+[0-9A-F]{4}$/.test(m.arrayDelimiter)) return fail('arrayDelimiter must look like U+001F');
  if (!isNames(m.nodes) || !isNames(m.relationships) || !isNames(m.multiline) || typeof m.listFixes !== 'boolean' || !Number.isSafeInteger(m.readBufferBytes)) {
    return fail('nodes, relationships and multiline must list CSV file names, listFixes must be true or false, readBufferBytes an integer');
  }
  const { arrayDelimiter, nodes, relationships, multiline, listFixes, readBufferBytes } = m as CsvManifest;
  return newManifest({ arrayDelimiter, nodes, relationships, multiline, listFixes, readBufferBytes });
}

export function delimiterChar(manifest: CsvManifest): string {
  return String.fromCharCode(Number.parseInt(manifest.arrayDelimiter.slice(2), 16));
}
