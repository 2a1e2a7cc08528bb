// Streams articles from the inputs a user names. Yields each article as soon as it is read
// (JSONL line by line), so memory stays flat however large the corpus. Unreadable inputs become
// warnings naming the input; the rest of the batch is still read.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Warning } from '../warnings';
import type { Article } from './article';
import { decodeInput } from './decode-input';
import { expandInputs, type InputSource } from './expand-inputs';
import { makeArticle, type ArticleInput } from './make-article';
import { parseJsonlLine } from './parse-jsonl';
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
  const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const { record, warning } = parseJsonlLine(line, `${file}:${n}`);
    if (warning) yield warning;
    if (record) yield record;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

async function* readSource(source: InputSource, options: ReadOptions): AsyncGenerator<ArticleInput | Warning> {
  const name = source.kind === 'stdin' ? '-' : source.path;
  if (source.kind === 'file' && isJsonl(source.path)) {
    yield* readJsonlFile(source.path);
    return;
  }
  let buf: Buffer;
  try {
    buf = source.kind === 'stdin' ? await readAll(options.stdin ?? process.stdin) : await fs.promises.readFile(source.path);
  } catch (err) {
    const reason = err instanceof Error ? err.message.replace(/^[A-Z]+: /, '') : String(err);
    yield { code: 'INPUT_UNREADABLE', message: `${name}: cannot read (${reason})`, source: name, fatal: true };
    return;
  }
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
      const article = makeArticle({ ...item, date: item.date ?? options.date });
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
