// The CSV bulk path builds exactly the graph `kg load` builds (full dump, value types, named-query
// rows), for values holding line breaks, tabs, quotes, U+001F and characters outside the BMP; and
// `kg neo4j import` never leaves the user without a working database. On a throwaway Neo4j of
// this file's own: the import replaces its database, which the shared test server must not see.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stopBrowserExtras } from '../../src/browser/browser-extras';
import { buildCsvExport, type CsvExport } from '../../src/bulk/export-csv';
import { resolveConfig } from '../../src/config';
import type { GraphDocument } from '../../src/graph/graph-document';
import { applySchema } from '../../src/load/apply-schema';
import { connectNeo4j } from '../../src/load/connect';
import { loadGraph } from '../../src/load/load-graph';
import { importCsvIntoLocalNeo4j } from '../../src/neo4j/import-csv';
import { getLocalNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local-neo4j';
import { startThrowawayNeo4j, stopThrowawayNeo4j, type ThrowawayNeo4j } from '../../src/neo4j/throwaway-neo4j';
import { extractGraph } from '../../src/pipeline/extract-graph';
import { AWKWARD_CHARACTERS, writeAwkwardArticles } from '../support/awkward-articles';
import { runCliAsync, type CliResult } from '../support/run-cli';
import { namedQueryRows, type Snapshot } from './named-query-rows';
import { dumpGraph, dumpValueTypes } from './test-server';

let server: ThrowawayNeo4j;
let work: string;
let graph: GraphDocument;
let loaded: Snapshot;
const quiet = (): void => undefined;

async function snapshot(): Promise<Snapshot> {
  const conn = await connectNeo4j({ ...server.connection, local: true });
  try {
    return { dump: await dumpGraph(conn), types: await dumpValueTypes(conn), queries: await namedQueryRows(conn) };
  } finally {
    await conn.driver.close();
  }
}

function writeCsv(name: string, g: GraphDocument): { dir: string; csv: CsvExport } {
  const dir = path.join(work, name);
  const csv = buildCsvExport(g);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(csv.files)) fs.writeFileSync(path.join(dir, file), content);
  return { dir, csv };
}

// Not blocking: the CLI stops the server this process started, which this process must reap.
const kgImport = (dir: string): Promise<CliResult> =>
  runCliAsync(['neo4j', 'import', dir, '--force', '--home', server.local.homeDir, '--bolt-port', String(server.local.boltPort), '--http-port', String(server.local.httpPort)], { timeoutMs: 900_000 });

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-csv-'));
  server = await startThrowawayNeo4j(resolveConfig({}, process.env).local, quiet, 'newsgraph-csv-it-');
  graph = (await extractGraph([writeAwkwardArticles(path.join(work, 'articles'))], resolveConfig({}, process.env))).graph;
  const conn = await connectNeo4j({ ...server.connection, local: true });
  try {
    await applySchema(conn);
    await loadGraph(conn, graph);
  } finally {
    await conn.driver.close();
  }
  loaded = await snapshot();
}, 600_000);

afterAll(async () => {
  if (server) {
    await stopBrowserExtras(server.local.homeDir); // the CLI import starts the Browser guide server beside Neo4j
    await stopThrowawayNeo4j(server);
  }
  if (work) fs.rmSync(work, { recursive: true, force: true });
}, 180_000);

test('the articles put every awkward character into the graph, U+001F and U+001E into list values', () => {
  const strings = JSON.stringify(graph);
  for (const c of AWKWARD_CHARACTERS) expect({ c, found: strings.includes(JSON.stringify(c).slice(1, -1)) }).toEqual({ c, found: true });
  expect(writeCsv('probe', graph).csv.manifest).toMatchObject({ arrayDelimiter: 'U+001D', listFixes: true });
});

test('kg neo4j import builds the graph kg load builds: same full dump, value types and named-query rows', async () => {
  const { dir, csv } = writeCsv('csv', graph);
  expect(csv.manifest.multiline).toContain('articles.csv');
  const r = await kgImport(dir);
  expect(r.status === 0 ? 'exit 0' : `exit ${r.status}: ${r.stderr}`).toBe('exit 0');
  expect(r.stdout).toMatch(/IMPORT DONE/);
  expect(r.stdout).toMatch(/^status: +running/m);
  const imported = await snapshot();
  expect(imported.dump).toEqual(loaded.dump);
  expect(imported.types).toEqual(loaded.types);
  expect(imported.queries).toEqual(loaded.queries);
}, 900_000);

test('a bad value is refused before neo4j-admin runs: FILE:LINE, the cause and a fitting hint; the server was not stopped', async () => {
  const { dir } = writeCsv('bad-value', graph);
  const file = path.join(dir, 'entities.csv');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const column = lines[0].split(',').indexOf('mentions:long');
  const cells = lines[2].split(',');
  cells[column] = 'many';
  lines[2] = cells.join(',');
  fs.writeFileSync(file, lines.join('\n'));
  const pid = getLocalNeo4jStatus(server.local).pid;
  const r = await kgImport(dir);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`${file}:3: column mentions: "many" is not a long`);
  expect(r.stderr).toContain('kg extract INPUTS --format csv');
  expect(r.stderr).toContain('The local database was not changed');
  expect(getLocalNeo4jStatus(server.local).pid).toBe(pid);
  expect((await snapshot()).dump).toEqual(loaded.dump);
}, 300_000);

test('when neo4j-admin cannot run, the hint says why (here: no java on PATH); the server keeps running on the current database', async () => {
  const { dir } = writeCsv('no-java', graph);
  const pid = getLocalNeo4jStatus(server.local).pid;
  const r = await runCliAsync(['neo4j', 'import', dir, '--force', '--home', server.local.homeDir], { env: { ...process.env, PATH: path.join(work, 'no-such-bin') } });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('the current database was not changed');
  expect(r.stderr).toMatch(/Java 17 is needed/);
  expect(getLocalNeo4jStatus(server.local).pid).toBe(pid);
  expect((await snapshot()).dump).toEqual(loaded.dump);
  expect(fs.existsSync(path.join(server.local.homeDir, 'import-staging'))).toBe(false);
}, 300_000);

test('when the imported database does not come up, the previous one is back and running', async () => {
  const other = writeCsv('other', { nodes: graph.nodes.filter((n) => n.labels.includes('Article')).slice(0, 1), relationships: [] });
  let starts = 0;
  const hooks = {
    start: async (s: typeof server.local): Promise<unknown> => (++starts === 1 ? Promise.reject(new Error('simulated: the new database does not start')) : startLocalNeo4j(s, quiet)),
    stop: (s: typeof server.local): Promise<unknown> => stopLocalNeo4j(s),
  };
  await expect(importCsvIntoLocalNeo4j(server.local, other.dir, quiet, hooks)).rejects.toThrow(/simulated: the new database does not start; the previous database is back and running/);
  expect(starts).toBe(2);
  expect(getLocalNeo4jStatus(server.local).running).toBe(true);
  expect((await snapshot()).dump).toEqual(loaded.dump);
  for (const leftover of ['import-staging', 'import-previous']) expect(fs.existsSync(path.join(server.local.homeDir, leftover))).toBe(false);
}, 900_000);
