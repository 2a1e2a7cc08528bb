// The bulk path for the local Neo4j: replace its database with the CSV files of
// `kg extract --format csv` through `neo4j-admin database import full` (server stopped), then
// start it again. For thousands of articles this skips transactions altogether.
import fs from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jSettings } from '../config';
import { NewsgraphError } from '../errors';
import { CSV_FILES, importArguments } from '../graph/export-csv';
import { instancePaths } from './instance-paths';
import { liveInstance } from './instance-state';
import { stopLocalNeo4j } from './local-neo4j';
import { resolveNeo4jJars, type ProgressReporter } from './resolve-jars';
import { runAdminCommand } from './server-process';

export interface ImportOutcome {
  ms: number;
  /** The last lines neo4j-admin printed (its summary of nodes and relationships imported). */
  summary: string;
}

function checkCsvDir(dir: string): string {
  const abs = path.resolve(dir);
  const missing = Object.values(CSV_FILES).filter((f) => !fs.existsSync(path.join(abs, f)));
  if (missing.length > 0) {
    throw new NewsgraphError('INPUT_MISSING', `${dir} lacks ${missing.join(', ')}`, 'Write the files with `kg extract INPUTS --format csv --out DIR` first.');
  }
  return abs;
}

/** Stops the local server if it runs and imports; the caller starts it again. */
export async function importCsvIntoLocalNeo4j(s: LocalNeo4jSettings, dir: string, report: ProgressReporter): Promise<ImportOutcome> {
  const abs = checkCsvDir(dir);
  const p = instancePaths(s.homeDir);
  if (!fs.existsSync(p.authFile)) {
    throw new NewsgraphError('NEO4J_PROVISION', `no local Neo4j instance in ${p.home} yet`, 'Run `kg neo4j start` once to create it, then import.');
  }
  if (liveInstance(p)) {
    report('Stopping the local Neo4j for the import');
    await stopLocalNeo4j(s);
  }
  const classpath = await resolveNeo4jJars(s.cacheDir, report);
  const began = Date.now();
  report(`Importing ${abs} with neo4j-admin (replaces the database)`);
  const output = runAdminCommand(p, classpath, importArguments(abs), 'import the CSV files', 60 * 60_000);
  const lines = output.split('\n');
  const done = lines.findIndex((l) => l.startsWith('IMPORT DONE'));
  return { ms: Date.now() - began, summary: lines.slice(Math.max(0, done)).filter((l) => l.trim() !== '').join('\n') };
}
