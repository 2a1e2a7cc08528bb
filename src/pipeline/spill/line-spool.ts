// An append-only store of text lines: kept in memory up to a budget, then spilled to a file. A
// streaming run keeps each article's record here between extraction and the output pass.
import fs from 'node:fs';
import { readLines } from './run-files';
import type { TempFiles } from './temp-files';

export interface LineSpool {
  /** Appends whole lines ("\n"-terminated), as UTF-8 bytes or text. */
  append(lines: Uint8Array | string): void;
  /** The lines in the order they were appended (call once, after the last append). */
  lines(): AsyncGenerator<string>;
}

/** Without `tmp`, everything stays in memory. */
export function makeLineSpool(name: string, budgetBytes: number, tmp?: TempFiles): LineSpool {
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let fd: number | undefined;
  let file = '';
  const writeAll = (data: Uint8Array): void => {
    for (let off = 0; off < data.length; ) off += fs.writeSync(fd as number, data, off);
  };
  return {
    append(lines) {
      const data = typeof lines === 'string' ? Buffer.from(lines, 'utf8') : lines;
      if (fd !== undefined) return writeAll(data);
      chunks.push(data);
      bytes += data.length;
      if (bytes <= budgetBytes || !tmp) return;
      file = tmp.file(`${name}.jsonl`);
      fd = fs.openSync(file, 'w');
      for (const chunk of chunks.splice(0)) writeAll(chunk);
    },
    async *lines() {
      if (fd === undefined) {
        for (const chunk of chunks.splice(0)) {
          const text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8');
          for (const line of text.split('\n')) if (line !== '') yield line;
        }
        return;
      }
      fs.closeSync(fd);
      yield* readLines(file);
    },
  };
}
