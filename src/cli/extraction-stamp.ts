// The stamp kg load records on every Article: the extractor version and a hash of everything that
// decides what an article yields — the code of the extraction stages (rules and word lists are
// code), the compromise version, and the alias file. A reload compares stamps: equal means the
// stored facts are what this version would extract (skip); different means they are stale.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExtractionStamp } from '../graph/article-record';
import { packageFile } from '../neo4j/package-file';

/** Stages whose code decides an article's facts (folders of src/, compiled or not). */
const STAGES = ['ingest', 'nlp', 'syntax', 'mentions', 'resolve', 'relations', 'data', 'text', 'pipeline', 'graph'];
const CODE_FILE = /\.(js|ts)$/;

function codeFiles(dir: string, rel = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return codeFiles(path.join(dir, entry.name), relPath);
    return CODE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relPath] : [];
  });
}

function compromiseVersion(): string {
  let dir = path.dirname(require.resolve('compromise'));
  for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'compromise') return String(pkg.version);
    }
  }
  return 'unknown';
}

let codeHash: string | undefined;

function hashCode(): string {
  if (codeHash) return codeHash;
  const src = path.join(__dirname, '..');
  const hash = createHash('sha256').update(`compromise ${compromiseVersion()}\n`);
  for (const stage of STAGES) {
    for (const rel of codeFiles(path.join(src, stage)).sort()) hash.update(`${stage}/${rel}\n`).update(fs.readFileSync(path.join(src, stage, rel)));
  }
  codeHash = hash.digest('hex');
  return codeHash;
}

export function extractorVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(packageFile('package.json'), 'utf8')) as { version?: string };
  return `newsgraph ${pkg.version ?? '0'}`;
}

/** The stamp of this installation with this alias file (read here; it was validated before). */
export function extractionStamp(aliasesFile?: string): ExtractionStamp {
  const hash = createHash('sha256').update(hashCode());
  if (aliasesFile) hash.update('\naliases\n').update(fs.readFileSync(aliasesFile));
  return { extractor: extractorVersion(), extraction: hash.digest('hex').slice(0, 16) };
}
