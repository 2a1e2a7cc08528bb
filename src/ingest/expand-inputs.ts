// Expands the inputs a user names — files, directories (recursive), globs and "-" for stdin —
// into a sorted list of sources. Missing paths become warnings; the rest is still processed.
import fs from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { Warning } from '../warnings';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.jsonl', '.ndjson', '.html', '.htm'];

export type InputSource = { kind: 'stdin' } | { kind: 'file'; path: string };

export interface ExpandedInputs {
  sources: InputSource[];
  warnings: Warning[];
}

const hasArticleExtension = (file: string): boolean => ARTICLE_EXTENSIONS.includes(path.extname(file).toLowerCase());

function listDirectory(dir: string): string[] {
  return globSync(ARTICLE_EXTENSIONS.map((ext) => `**/*${ext}`), { cwd: dir, absolute: false, dot: false })
    .map((file) => path.join(dir, file))
    .sort();
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
    const files = listDirectory(input);
    if (files.length === 0) {
      warnings.push({ code: 'INPUT_EMPTY', message: `${input}: directory holds no ${ARTICLE_EXTENSIONS.join('/')} files`, source: input, fatal: true });
    }
    return files.map((file) => ({ kind: 'file', path: file }));
  }
  if (stat) return [{ kind: 'file', path: input }];
  if (isDynamicPattern(input)) {
    const files = globSync(input, { dot: false }).filter(hasArticleExtension).sort();
    if (files.length === 0) warnings.push({ code: 'INPUT_MISSING', message: `${input}: no files match`, source: input, fatal: true });
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
