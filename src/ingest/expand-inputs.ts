// Expands the inputs a user names — files, directories (recursive), globs and "-" for stdin —
// into a sorted list of sources. Missing paths become warnings; the rest is still processed.
// Nothing is skipped silently: a file of a directory or glob that is not an article file (.pdf,
// no extension) or not a regular file (a FIFO, a device) gets a warning naming it. Hidden files
// and folders (".git", ".DS_Store") of a directory are not read.
import fs from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { Warning } from '../warnings';
import { describeNonFile } from './read-regular-file';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.jsonl', '.ndjson', '.html', '.htm'];

export type InputSource = { kind: 'stdin' } | { kind: 'file'; path: string };

export interface ExpandedInputs {
  sources: InputSource[];
  warnings: Warning[];
}

const hasArticleExtension = (file: string): boolean => ARTICLE_EXTENSIONS.includes(path.extname(file).toLowerCase());

const EXTENSION_LIST = ARTICLE_EXTENSIONS.join(' ');

/** The article files among `files`, with a warning for each other one. */
function keepArticleFiles(files: readonly string[], warnings: Warning[]): string[] {
  const kept: string[] = [];
  for (const file of files) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) continue;
    if (!stat?.isFile()) {
      const what = stat ? describeNonFile(stat) : 'a broken link';
      warnings.push({ code: 'INPUT_NOT_FILE', message: `${file}: ${what}, not a file; skipped`, source: file, fatal: true });
    } else if (!hasArticleExtension(file)) {
      const ext = path.extname(file) || 'no extension';
      warnings.push({ code: 'INPUT_SKIPPED', message: `${file}: not an article file (${ext}); skipped (read: ${EXTENSION_LIST})`, source: file });
    } else kept.push(path.normalize(file));
  }
  return kept;
}

/** Every entry under `dir` that is not a directory (files, links, pipes...), hidden ones left out. */
function walkDirectory(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walkDirectory(full, out);
    else out.push(full);
  }
}

function listDirectory(dir: string, warnings: Warning[]): string[] {
  const all: string[] = [];
  walkDirectory(dir, all);
  return keepArticleFiles(all.sort(), warnings);
}

function expandOne(input: string, warnings: Warning[]): InputSource[] {
  if (input === '-') return [{ kind: 'stdin' }];
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(input);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) {
    const files = listDirectory(input, warnings);
    if (files.length === 0) {
      warnings.push({ code: 'INPUT_EMPTY', message: `${input}: directory holds no ${ARTICLE_EXTENSIONS.join('/')} files`, source: input, fatal: true });
    }
    return files.map((file) => ({ kind: 'file', path: file }));
  }
  if (stat && !stat.isFile()) {
    warnings.push({ code: 'INPUT_NOT_FILE', message: `${input}: ${describeNonFile(stat)}, not a file; skipped`, source: input, fatal: true });
    return [];
  }
  if (stat) return [{ kind: 'file', path: path.normalize(input) }];
  if (isDynamicPattern(input)) {
    const matched = globSync(input, { dot: false, absolute: path.isAbsolute(input) }).sort();
    const files = keepArticleFiles(matched, warnings);
    if (matched.length === 0) warnings.push({ code: 'INPUT_MISSING', message: `${input}: no files match`, source: input, fatal: true });
    else if (files.length === 0) warnings.push({ code: 'INPUT_EMPTY', message: `${input}: matches no ${ARTICLE_EXTENSIONS.join('/')} files`, source: input, fatal: true });
    return files.map((file) => ({ kind: 'file', path: file }));
  }
  warnings.push({ code: 'INPUT_MISSING', message: `${input}: no such file or directory`, source: input, fatal: true });
  return [];
}

export function expandInputs(inputs: readonly string[]): ExpandedInputs {
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  const sources: InputSource[] = [];
  for (const input of inputs) {
    for (const source of expandOne(input, warnings)) {
      const key = source.kind === 'stdin' ? '-' : path.resolve(source.path);
      if (seen.has(key)) continue;
      seen.add(key);
      sources.push(source);
    }
  }
  return { sources, warnings };
}
