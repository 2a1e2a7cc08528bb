// Turns a failed `neo4j-admin database import` into one message naming the file, line and cause
// (as far as the importer's --verbose output tells them) and a hint that fits the cause: memory,
// disk space, Java, or a CSV file that is not as `kg extract --format csv` writes it. Pure.
import { NewsgraphError } from '../errors';

export interface AdminRun {
  status: number | null;
  output: string;
  /** Set when java itself could not run (not installed, killed, timed out). */
  error?: Error;
}

const SOURCE = /data source: \w+\[source:([^,\]]+), position:\d+, line:(\d+)\]/;
const ORIGINAL = /original error: (.+)/;
const CAUSED_BY = /^Caused by: (?:[\w$.]+\.)?(\w+(?:Exception|Error)): (.+)$/gm;

function lastCause(output: string): string | undefined {
  let last: string | undefined;
  for (const m of output.matchAll(CAUSED_BY)) last = `${m[1]}: ${m[2]}`;
  return last;
}

function hintFor(output: string, error: Error | undefined): string {
  if (error && /ENOENT/.test(error.message)) return 'Java 17 is needed to run neo4j-admin: install it (`java -version` should say 17).';
  if (error && /ETIMEDOUT|SIGTERM|SIGKILL/.test(error.message)) return 'The import was stopped before it finished; run it again (nothing was changed).';
  if (/OutOfMemoryError|heap space|not enough memory/i.test(output)) return 'The importer ran out of memory: raise NEWSGRAPH_NEO4J_HEAP (e.g. 2g) and import again.';
  if (/No space left on device|not enough disk/i.test(output)) return 'The disk is full: free space next to the instance folder (the import needs about twice the CSV size) and import again.';
  if (/UnsupportedClassVersionError|class file version/i.test(output)) return 'neo4j-admin needs Java 17: check `java -version`.';
  return 'The files are not as `kg extract --format csv` writes them (edited by hand or by a spreadsheet?): write the folder again with `kg extract INPUTS --format csv --out DIR`.';
}

/** The error for a failed import into the staging folder (the live database was not touched). */
export function describeImportFailure(run: AdminRun): NewsgraphError {
  const where = SOURCE.exec(run.output);
  const original = ORIGINAL.exec(run.output)?.[1];
  const cause = original ?? lastCause(run.output) ?? run.error?.message ?? `exit ${run.status}`;
  // The importer counts lines from 0 (the header is line 0); editors count from 1.
  const place = where ? `${where[1]}:${Number(where[2]) + 1}: ` : '';
  return new NewsgraphError(
    'NEO4J_PROVISION',
    `neo4j-admin could not import the CSV files: ${place}${cause.trim()}; the current database was not changed`,
    hintFor(run.output, run.error),
    run.error,
  );
}
