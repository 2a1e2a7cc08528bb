// Reads one input file, but only a regular file and only up to the size cap: a FIFO would block
// forever, a device (/dev/zero behind a .txt symlink) never ends, and a file of gigabytes is no
// article. The size is checked before reading, on the opened file, and reading stops at the cap
// even if the file grows meanwhile.
import fs from 'node:fs';

/** Largest plain-text, Markdown or HTML file read (JSONL corpora are streamed line by line instead). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Largest JSONL line (one record) and largest stdin input. */
export const MAX_RECORD_BYTES = MAX_FILE_BYTES;

export type FileRead = { buf: Buffer } | { refused: string; code: 'INPUT_NOT_FILE' | 'INPUT_TOO_LARGE' };

const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

export function describeNonFile(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isDirectory()) return 'a directory';
  return 'not a regular file';
}

export const tooLarge = (size: number, limit: number): string => `${megabytes(size)}, over the ${megabytes(limit)} limit for one input; skipped (split it, or write it as JSONL, one article a line)`;

export async function readRegularFile(file: string, maxBytes = MAX_FILE_BYTES): Promise<FileRead> {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; for a regular file it changes nothing.
  const handle = await fs.promises.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { refused: `${describeNonFile(stat)}, not a file; skipped`, code: 'INPUT_NOT_FILE' };
    if (stat.size > maxBytes) return { refused: tooLarge(stat.size, maxBytes), code: 'INPUT_TOO_LARGE' };
    const buf = Buffer.alloc(Math.min(stat.size + 1, maxBytes + 1));
    let length = 0;
    while (length < buf.length) {
      const { bytesRead } = await handle.read(buf, length, buf.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { refused: tooLarge(length, maxBytes), code: 'INPUT_TOO_LARGE' };
    return { buf: buf.subarray(0, length) };
  } finally {
    await handle.close();
  }
}

/** Reads a stream (stdin) up to `maxBytes`; beyond that, a refusal. */
export async function readStreamCapped(stream: NodeJS.ReadableStream, maxBytes = MAX_RECORD_BYTES): Promise<FileRead> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += b.length;
    if (length > maxBytes) return { refused: `more than ${megabytes(maxBytes)}, the limit for one input; skipped (write large input as JSONL files)`, code: 'INPUT_TOO_LARGE' };
    chunks.push(b);
  }
  return { buf: Buffer.concat(chunks) };
}
