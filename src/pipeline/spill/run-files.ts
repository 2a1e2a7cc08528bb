// Reading and writing the spill files of a streaming run, one line at a time with a small fixed
// buffer: a merge opens many files at once, and a reader that reads ahead (a stream with readline
// queues up to a thousand decoded lines per file) made the merge's memory grow with the number of
// files. Here each open file costs one block and the line being read.
import fs from 'node:fs';

/** Bytes read at a time from each open file. */
export const READ_BLOCK = 1 << 16;
/** Characters gathered before a write. */
const WRITE_CHARS = 1 << 16;

/** The non-empty lines of a file ("\n"-separated UTF-8), read synchronously block by block. */
export function* readLines(file: string, blockBytes = READ_BLOCK): Generator<string> {
  const fd = fs.openSync(file, 'r');
  try {
    const block = Buffer.allocUnsafe(blockBytes);
    let rest = Buffer.alloc(0);
    for (let n = fs.readSync(fd, block, 0, blockBytes, null); n > 0; n = fs.readSync(fd, block, 0, blockBytes, null)) {
      const data = rest.length > 0 ? Buffer.concat([rest, block.subarray(0, n)]) : block.subarray(0, n);
      let start = 0;
      for (let nl = data.indexOf(10); nl >= 0; nl = data.indexOf(10, start)) {
        if (nl > start) yield data.toString('utf8', start, nl);
        start = nl + 1;
      }
      rest = Buffer.from(data.subarray(start)); // a copy: the block is read into again
    }
    if (rest.length > 0) yield rest.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes lines to a new file, each followed by "\n", in writes of about 64K characters. */
export function writeLines(file: string, lines: Iterable<string>): void {
  const fd = fs.openSync(file, 'w');
  try {
    let chunk: string[] = [];
    let chars = 0;
    const flush = (): void => {
      const data = Buffer.from(chunk.join(''), 'utf8');
      for (let off = 0; off < data.length; ) off += fs.writeSync(fd, data, off);
      chunk = [];
      chars = 0;
    };
    for (const line of lines) {
      chunk.push(line, '\n');
      chars += line.length + 1;
      if (chars >= WRITE_CHARS) flush();
    }
    flush();
  } finally {
    fs.closeSync(fd);
  }
}
