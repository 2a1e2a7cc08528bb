// An import interrupted while switching databases (killed between moving the current database
// aside and starting on the new one) must not cost the user their database: the next
// `kg neo4j import` puts it back before doing anything else. No server needed: folders only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../../src/config';
import { importCsvIntoLocalNeo4j } from '../../src/neo4j/import-csv';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function instance(): { home: string; put: (rel: string) => void } {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-recover-'));
  dirs.push(home);
  const put = (rel: string): void => {
    fs.mkdirSync(path.dirname(path.join(home, rel)), { recursive: true });
    fs.writeFileSync(path.join(home, rel), rel);
  };
  put('data/dbms/auth.ini');
  return { home, put };
}

const settings = (home: string) => ({ ...resolveConfig({ home }, {}).local });
const noCsv = (home: string): string => path.join(home, 'not-a-csv-folder');

test('the database left in import-previous goes back when none is in place', async () => {
  const { home, put } = instance();
  put('import-previous/databases/neo4j/neostore');
  put('import-previous/transactions/neo4j/neostore.transaction.db.0');
  await expect(importCsvIntoLocalNeo4j(settings(home), noCsv(home), () => undefined)).rejects.toThrow(/has no import.json/);
  expect(fs.readFileSync(path.join(home, 'data/databases/neo4j/neostore'), 'utf8')).toBe('import-previous/databases/neo4j/neostore');
  expect(fs.existsSync(path.join(home, 'data/transactions/neo4j/neostore.transaction.db.0'))).toBe(true);
  expect(fs.existsSync(path.join(home, 'import-previous'))).toBe(false);
});

test('with a database in place, the older one in import-previous is dropped and the one in place kept', async () => {
  const { home, put } = instance();
  put('data/databases/neo4j/neostore');
  put('import-previous/databases/neo4j/neostore');
  await expect(importCsvIntoLocalNeo4j(settings(home), noCsv(home), () => undefined)).rejects.toThrow(/has no import.json/);
  expect(fs.readFileSync(path.join(home, 'data/databases/neo4j/neostore'), 'utf8')).toBe('data/databases/neo4j/neostore');
  expect(fs.existsSync(path.join(home, 'import-previous'))).toBe(false);
});
