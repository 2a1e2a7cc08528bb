// Streams articles from the inputs a user names. Yields each article as soon as it is read
// (JSONL line by line), so memory stays flat however large the corpus. Unreadable inputs become
// warnings naming the input; the rest of the batch is still read.
import fs from 'node:fs';
import path from 'node:path';
import type { Warning } from '../warnings';
import type { Article } from './article';
import { decodeInput } from './decode-input';
import { expandInputs, type InputSource } from './expand-inputs';
import { makeArticle, toIsoDate, type ArticleInput } from './make-article';
import { parseJsonlLine } from './parse-jsonl';
import { readJsonlLines } from './read-jsonl-lines';
import { describeNonFile, MAX_RECORD_BYTES, readRegularFile, readStreamCapped, tooLarge, type FileRead } from './read-regular-file';
import { splitOversize } from './split-oversize';
import { stripMarkdown } from './strip-markdown';

export type IngestItem = { article: Article } | { warning: Warning };

export interface ReadOptions {
  /** Date for articles that carry none (--date). */
  date?: string;
  stdin?: NodeJS.ReadableStream;
}

const isJsonl = (file: string): boolean => ['.jsonl', '.ndjson'].includes(path.extname(file).toLowerCase());
const isMarkdown = (file: string): boolean => ['.md', '.markdown'].includes(path.extname(file).toLowerCase());

async function* readJsonlFile(file: string): AsyncGenerator<ArticleInput | Warning> {
  const stat = fs.statSync(file);
  if (!stat.isFile()) {
    yield { code: 'INPUT_NOT_FILE', message: `${file}: ${describeNonFile(stat)}, not a file; skipped`, source: file, fatal: true };
    return;
  }
  for await (const item of readJsonlLines(file, MAX_RECORD_BYTES)) {
    const where = `${file}:${item.n}`;
    if ('tooLong' in item) {
      yield { code: 'INPUT_TOO_LARGE', message: `${where}: line of ${tooLarge(item.tooLong, MAX_RECORD_BYTES)}`, source: where, fatal: true };
      continue;
    }
    if (item.line.trim() === '') continue;
    const { record, warning } = parseJsonlLine(item.line, where);
    if (warning) yield warning;
    if (record) yield record;
  }
}

function readFailure(name: string, err: unknown): Warning {
  const reason = err instanceof Error ? err.message.replace(/^[A-Z]+: /, '') : String(err);
  return { code: 'INPUT_UNREADABLE', message: `${name}: cannot read (${reason})`, source: name, fatal: true };
}

async function* readSource(source: InputSource, options: ReadOptions): AsyncGenerator<ArticleInput | Warning> {
  const name = source.kind === 'stdin' ? '-' : source.path;
  let read: FileRead;
  try {
    if (source.kind === 'file' && isJsonl(source.path)) {
      yield* readJsonlFile(source.path);
      return;
    }
    read = source.kind === 'stdin' ? await readStreamCapped(options.stdin ?? process.stdin) : await readRegularFile(source.path);
  } catch (err) {
    yield readFailure(name, err);
    return;
  }
  if ('refused' in read) {
    yield { code: read.code, message: `${name}: ${read.refused}`, source: name, fatal: true };
    return;
  }
  const buf = read.buf;
  const decoded = decodeInput(buf, name);
  yield* decoded.warnings;
  if (decoded.text === undefined) return;
  if (source.kind === 'stdin' && decoded.text.trimStart().startsWith('{')) {
    let n = 0;
    for (const line of decoded.text.split('\n')) {
      n++;
      if (line.trim() === '') continue;
      const { record, warning } = parseJsonlLine(line, `-:${n}`);
      if (warning) yield warning;
      if (record) yield record;
    }
    return;
  }
  const text = source.kind === 'file' && isMarkdown(source.path) ? stripMarkdown(decoded.text) : decoded.text;
  yield { text, source: name };
}

const isWarning = (item: ArticleInput | Warning): item is Warning => 'code' in item;

export async function* readArticles(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<IngestItem> {
  const { sources, warnings } = expandInputs(inputs);
  for (const warning of warnings) yield { warning };
  const seen = new Map<string, string>();
  for (const source of sources) {
    for await (const item of readSource(source, options)) {
      if (isWarning(item)) {
        yield { warning: item };
        continue;
      }
      if (item.date !== undefined && toIsoDate(item.date) === undefined) {
        yield { warning: { code: 'INPUT_DATE', message: `${item.source}: date ${JSON.stringify(item.date)} is not a date; ignored`, source: item.source } };
      }
      const { parts, warning } = splitOversize(item);
      if (warning) yield { warning };
      for (const part of parts) {
        const article = makeArticle({ ...part, date: part.date ?? options.date });
        const first = seen.get(article.id);
        if (first !== undefined) {
          yield { warning: { code: 'INPUT_DUPLICATE', message: `${article.source}: same text as ${first}; read once`, source: article.source } };
          continue;
        }
        seen.set(article.id, article.source);
        yield { article };
      }
    }
  }
}
