// Reads a folder written by `kg extract --format csv` (import.json, then every file it lists,
// streamed) and stops at the first problem with FILE:LINE, the cause and a hint that fits it.
// Runs before neo4j-admin, so a bad folder never gets near the database.
import fs from 'node:fs';
import path from 'node:path';
import { CsvFileCheck, type CsvProblem } from '../bulk/check-csv';
import { MANIFEST_FILE, delimiterChar, parseManifest, type CsvManifest } from '../bulk/csv-manifest';
import { CsvRecordReader, CsvSyntaxError } from '../bulk/read-csv-records';
import { NewsgraphError } from '../errors';

const REWRITE = 'write the folder again with `kg extract INPUTS --format csv --out DIR`';

export function readCsvManifest(dir: string): CsvManifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) {
    throw new NewsgraphError('INPUT_MISSING', `${dir} has no ${MANIFEST_FILE}: it is not a folder written by \`kg extract --format csv\` (or by an older version)`, `Write it with \`kg extract INPUTS --format csv --out ${dir}\`.`);
  }
  const manifest = parseManifest(fs.readFileSync(file, 'utf8'), file);
  const missing = [...manifest.nodes, ...manifest.relationships].filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length > 0) throw new NewsgraphError('INPUT_MISSING', `${dir} lacks ${missing.join(', ')} (listed in ${MANIFEST_FILE})`, `Copy the whole folder, or ${REWRITE}.`);
  return manifest;
}

function problemError(dir: string, p: CsvProblem): NewsgraphError {
  const hint = p.kind === 'mixed-exports'
    ? 'The files of separate `kg extract` runs cannot be combined: extract all inputs in one run (or add articles with `kg load`). The local database was not changed.'
    : `The file is not as \`kg extract --format csv\` wrote it (edited by hand or by a spreadsheet, or cut short?): ${REWRITE}. The local database was not changed.`;
  return new NewsgraphError('INPUT_MALFORMED', `${path.join(dir, p.file)}:${p.line}: ${p.cause}`, hint);
}

async function checkFile(dir: string, check: CsvFileCheck): Promise<void> {
  const reader = new CsvRecordReader();
  const fail = (p: CsvProblem | undefined): void => {
    if (p) throw problemError(dir, p);
  };
  try {
    for await (const chunk of fs.createReadStream(path.join(dir, check.file), { encoding: 'utf8', highWaterMark: 1 << 20 })) {
      for (const record of reader.push(chunk as string)) fail(check.check(record));
    }
    for (const record of reader.end()) fail(check.check(record));
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw problemError(dir, { file: check.file, line: err.line, kind: 'syntax', cause: err.message });
    if (err instanceof NewsgraphError) throw err;
    throw new NewsgraphError('INPUT_UNREADABLE', `cannot read ${path.join(dir, check.file)}: ${(err as Error).message}`, 'Check that the file is there and readable (a regular file, not a folder).', err);
  }
}

/** Node files first (their ids are what relationships must name), then relationship files. */
export async function checkCsvFiles(dir: string, manifest: CsvManifest): Promise<void> {
  const ids = new Map<string, string>();
  const delimiter = delimiterChar(manifest);
  for (const file of manifest.nodes) await checkFile(dir, new CsvFileCheck(file, 'nodes', manifest, delimiter, ids));
  for (const file of manifest.relationships) await checkFile(dir, new CsvFileCheck(file, 'relationships', manifest, delimiter, ids));
}
