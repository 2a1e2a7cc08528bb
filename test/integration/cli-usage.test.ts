// The CLI's conventions, run as a user runs it (the built dist/): usage errors exit 2 with one
// line and a hint (never the whole help); a closed pipe ends output quietly; options the README
// promises exist; counts agree with their number; a password in NEO4J_URI is never printed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../src/neo4j/port-check';

const MAIN = path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');
const kg = (args: string[], env: Record<string, string | undefined> = {}) =>
  spawnSync(process.execPath, [MAIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });

let dir: string;
let article: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-usage-'));
  article = path.join(dir, 'a.txt');
  fs.writeFileSync(article, 'Anna Berg met Tom Lund in Oslo on Monday.\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each([
  [['nosuch'], /^error: unknown command 'nosuch'\nhint: Commands: extract, load/],
  [['extract', '--bogus', 'x'], /^error: unknown option '--bogus'\nhint: /],
  [['query', 'nosuch'], /^error: no named query "nosuch"\nhint: Available: /],
  [['query', 'evidence'], /^error: query evidence needs --param a=\.\.\. --param b=\.\.\.\nhint: /],
  [['query', 'most-connected', '--param', 'limit=-1'], /^error: query most-connected: parameter limit must be a whole number \(0 or more\), got "-1"\nhint: /],
  [['query', 'evidence', '--param', 'a'], /^error: --param "a" is not key=value\nhint: /],
  [['extract', 'x.txt', '--workers', '0'], /^error: --workers "0": not a number of worker threads \(1-64\)\nhint: /],
  [['extract', 'x.txt', '--date', '2024-13-45'], /^error: --date "2024-13-45": not a date of the form YYYY-MM-DD\nhint: /],
])('kg %j: exit 2, one line and a hint', (args, message) => {
  const r = kg(args);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(2);
  expect(r.stderr).not.toContain('Usage:');
});

test('kg extract ... | head: a closed pipe ends the output quietly, no stack trace', () => {
  const big = path.join(dir, 'many.jsonl');
  fs.writeFileSync(big, Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Anna Berg${i} met Tom Lund${i} in Oslo.` })).join('\n'));
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${MAIN}" extract "${big}" --format jsonl --workers 1 | head -c 10 >/dev/null; echo "status=\${PIPESTATUS:-x}"`], { encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).not.toMatch(/EPIPE|^\s+at /m);
});

test('one article is "1 article"; no progress line in a pipe without --verbose', () => {
  const r = kg(['extract', article]);
  expect(r.status).toBe(0);
  expect(r.stderr).toMatch(/^extracted 1 article: \d+ entities, \d+ relations?$/m);
  expect(r.stderr).not.toMatch(/^articles \d+, entities/m);
});

test('kg load takes --workers as the README says; kg demo --help has examples', () => {
  expect(kg(['load', '--help']).stdout).toContain('--workers <n>');
  expect(kg(['demo', '--help']).stdout).toMatch(/Examples:\n  npm start/);
});

test('a password written into NEO4J_URI is used but never printed', async () => {
  const uri = `bolt://neo4j:Sekr1tPassw0rd@127.0.0.1:${await findFreePort()}`;
  const r = kg(['load', article], { NEO4J_URI: uri });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('cannot reach Neo4j at bolt://127.0.0.1:');
  expect(r.stdout + r.stderr).not.toContain('Sekr1tPassw0rd');
  const verbose = kg(['load', article, '--verbose'], { NEO4J_URI: uri });
  expect(verbose.stdout + verbose.stderr).not.toContain('Sekr1tPassw0rd');
});
