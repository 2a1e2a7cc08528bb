// The folders that hold one database of an instance (its store and its transaction logs), and
// moving them as a whole: how `kg neo4j import` puts a freshly imported database in place and,
// when the new one fails, puts the previous one back. Same filesystem, so moves are renames.
import fs from 'node:fs';
import path from 'node:path';

export interface DatabaseStore {
  store: string;
  transactions: string;
}

export function databaseStore(dataDir: string, database = 'neo4j'): DatabaseStore {
  return { store: path.join(dataDir, 'databases', database), transactions: path.join(dataDir, 'transactions', database) };
}

const parts = (s: DatabaseStore): string[] => [s.store, s.transactions];

export function storeExists(s: DatabaseStore): boolean {
  return fs.existsSync(s.store);
}

/** Moves each folder of `from` that exists to the same place in `to` (which must not exist). */
export function moveStore(from: DatabaseStore, to: DatabaseStore): void {
  const targets = parts(to);
  parts(from).forEach((source, i) => {
    if (!fs.existsSync(source)) return;
    fs.mkdirSync(path.dirname(targets[i]), { recursive: true });
    fs.renameSync(source, targets[i]);
  });
}

/** Undoes moveStore(to, from) part by part: only a part that was moved away replaces what is there now. */
export function restoreStore(moved: DatabaseStore, original: DatabaseStore): void {
  const targets = parts(original);
  parts(moved).forEach((source, i) => {
    if (!fs.existsSync(source)) return;
    fs.rmSync(targets[i], { recursive: true, force: true });
    fs.mkdirSync(path.dirname(targets[i]), { recursive: true });
    fs.renameSync(source, targets[i]);
  });
}
