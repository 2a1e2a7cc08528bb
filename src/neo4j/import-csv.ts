// The bulk path for the local Neo4j: replace its database with the CSV files of
// `kg extract --format csv`, never leaving the user without a working database:
//   1. check the folder (FILE:LINE and a fitting hint on the first problem);
//   2. neo4j-admin imports into a new database folder beside the instance (the server keeps
//      running on the current database meanwhile);
//   3. stop, move the current database aside and the new one in, start, restore the lists CSV
//      cannot hold and apply the schema; if any of this fails, the previous database goes back
//      in place and the server runs on it again.
import fs from 'node:fs';
import path from 'node:path';
import { finishCsvImport } from '../bulk/finish-import';
import { importArguments } from '../bulk/export-csv';
import type { CsvManifest } from '../bulk/csv-manifest';
import type { LocalNeo4jSettings } from '../config';
import { NewsgraphError, toNewsgraphError } from '../errors';
import { connectNeo4j } from '../load/connect';
import { describeImportFailure } from './admin-failure';
import { checkCsvFiles, readCsvManifest } from './check-csv-files';
import { databaseStore, moveStore, restoreStore, storeExists } from './database-store';
import { instancePaths, type InstancePaths } from './instance-paths';
import { liveInstance } from './instance-state';
import { localNeo4jConnection, startLocalNeo4j, stopLocalNeo4j } from './local-neo4j';
import { renderNeo4jConf } from './neo4j-conf';
import { resolveNeo4jJars, type ProgressReporter } from './resolve-jars';
import { runAdmin } from './server-process';

export interface ImportHooks {
  /** Starts the local Neo4j (the CLI starts the Browser guide beside it). */
  start(s: LocalNeo4jSettings): Promise<unknown>;
  stop(s: LocalNeo4jSettings): Promise<unknown>;
}

const PLAIN_HOOKS: ImportHooks = { start: (s) => startLocalNeo4j(s, () => undefined), stop: (s) => stopLocalNeo4j(s) };

export interface ImportOutcome {
  /** Whole command: check, neo4j-admin, switch, restart, lists and schema. */
  ms: number;
  /** neo4j-admin alone. */
  adminMs: number;
  /** The last lines neo4j-admin printed (its summary of nodes and relationships imported). */
  summary: string;
}

/** A scratch instance home beside the real one: its own conf and data folder, same filesystem. */
function prepareStaging(p: InstancePaths, s: LocalNeo4jSettings): InstancePaths {
  const staging = instancePaths(path.join(p.home, 'import-staging'));
  fs.rmSync(staging.home, { recursive: true, force: true });
  for (const dir of [staging.confDir, staging.dataDir, staging.logsDir, staging.pluginsDir]) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(staging.confFile, renderNeo4jConf({ boltPort: s.boltPort, httpPort: s.httpPort, heap: s.heap, pageCache: s.pageCache }));
  return staging;
}

async function runImport(s: LocalNeo4jSettings, staging: InstancePaths, dir: string, manifest: CsvManifest, report: ProgressReporter): Promise<{ adminMs: number; summary: string }> {
  const classpath = await resolveNeo4jJars(s.cacheDir, report);
  const began = Date.now();
  report(`Importing ${dir} with neo4j-admin into a new database folder (the current database is not touched)`);
  const args = importArguments(dir, manifest, { overwrite: false, reportFile: path.join(staging.home, 'import.report') });
  const run = runAdmin(staging, classpath, [...args, '--verbose'], 6 * 60 * 60_000);
  if (run.status !== 0 || !storeExists(databaseStore(staging.dataDir))) throw describeImportFailure(run);
  const lines = run.output.split('\n');
  const done = lines.findIndex((l) => l.startsWith('IMPORT DONE'));
  const peak = lines.findIndex((l, i) => i > done && l.startsWith('Peak memory usage'));
  return { adminMs: Date.now() - began, summary: lines.slice(Math.max(0, done), peak > done ? peak + 1 : undefined).filter((l) => l.trim() !== '').join('\n') };
}

async function startOnNewDatabase(s: LocalNeo4jSettings, hooks: ImportHooks, manifest: CsvManifest): Promise<void> {
  await hooks.start(s);
  const conn = await connectNeo4j({ ...localNeo4jConnection(s), local: true });
  try {
    await finishCsvImport(conn, manifest.listFixes);
  } finally {
    await conn.driver.close();
  }
}

/**
 * An import interrupted while switching (killed, power cut) may have left the database the
 * server ran on in import-previous and none in place: put it back. With a database in place,
 * the one in import-previous is the older one and goes.
 */
function recoverInterruptedSwitch(p: InstancePaths, report: ProgressReporter): void {
  const previousDir = path.join(p.home, 'import-previous');
  if (!fs.existsSync(previousDir)) return;
  if (!liveInstance(p) && !storeExists(databaseStore(p.dataDir)) && storeExists(databaseStore(previousDir))) {
    report(`Putting back the database an interrupted import left in ${previousDir}`);
    restoreStore(databaseStore(previousDir), databaseStore(p.dataDir));
  }
  fs.rmSync(previousDir, { recursive: true, force: true });
}

/** Puts the staged database in place and starts on it; on failure the previous one is back and running. */
async function switchDatabase(s: LocalNeo4jSettings, p: InstancePaths, staging: InstancePaths, hooks: ImportHooks, manifest: CsvManifest, report: ProgressReporter): Promise<void> {
  const live = databaseStore(p.dataDir);
  const previous = databaseStore(path.join(p.home, 'import-previous'));
  if (liveInstance(p)) report('Stopping the local Neo4j to switch to the imported database');
  await hooks.stop(s);
  try {
    moveStore(live, previous);
    moveStore(databaseStore(staging.dataDir), live);
    await startOnNewDatabase(s, hooks, manifest);
  } catch (err) {
    const cause = toNewsgraphError(err);
    report(`The imported database did not come up (${cause.message}); putting the previous one back`);
    try {
      await hooks.stop(s);
      restoreStore(previous, live);
      await hooks.start(s);
    } catch (restoreErr) {
      throw new NewsgraphError('NEO4J_PROVISION', `the imported database did not come up (${cause.message}), and restarting on the previous one failed too: ${toNewsgraphError(restoreErr).message}`,
        `The previous database is in ${live.store} (or still in ${path.dirname(path.dirname(previous.store))}); see ${p.consoleLog}.`, restoreErr);
    }
    fs.rmSync(path.join(p.home, 'import-previous'), { recursive: true, force: true });
    throw new NewsgraphError('NEO4J_PROVISION', `the imported database did not come up: ${cause.message}; the previous database is back and running`, cause.hint || `See ${p.consoleLog}.`, err);
  }
  fs.rmSync(path.join(p.home, 'import-previous'), { recursive: true, force: true });
}

export async function importCsvIntoLocalNeo4j(s: LocalNeo4jSettings, dir: string, report: ProgressReporter, hooks: ImportHooks = PLAIN_HOOKS): Promise<ImportOutcome> {
  const began = Date.now();
  const abs = path.resolve(dir);
  const p = instancePaths(s.homeDir);
  if (!fs.existsSync(p.authFile)) {
    throw new NewsgraphError('NEO4J_PROVISION', `no local Neo4j instance in ${p.home} yet`, 'Run `kg neo4j start` once to create it, then import.');
  }
  recoverInterruptedSwitch(p, report);
  const manifest = readCsvManifest(abs);
  report(`Checking the CSV files in ${abs}`);
  await checkCsvFiles(abs, manifest);
  const staging = prepareStaging(p, s);
  try {
    const imported = await runImport(s, staging, abs, manifest, report);
    await switchDatabase(s, p, staging, hooks, manifest, report);
    return { ms: Date.now() - began, ...imported };
  } finally {
    fs.rmSync(staging.home, { recursive: true, force: true });
  }
}
