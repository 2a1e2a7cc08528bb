// Streams the lines of a JSONL corpus with their numbers, never holding more than one line: a
// line longer than the record cap is dropped (reported by number) instead of filling memory.
// A byte-order mark before the first line is not part of the first record.
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

export type JsonlLine = { n: number; line: string } | { n: number; tooLong: number };

export async function* readJsonlLines(file: string, maxLineBytes: number): AsyncGenerator<JsonlLine> {
  const stream = fs.createReadStream(file);
  const decoder = new StringDecoder('utf8');
  let parts: string[] = [];
  let partBytes = 0;
  let dropped = 0;
  let n = 1;
  const finish = (): JsonlLine => {
    const out: JsonlLine = dropped ? { n, tooLong: dropped } : { n, line: parts.join('').replace(/\r$/, '') };
    if (n === 1 && 'line' in out) out.line = out.line.replace(/^\ufeff/, '');
    parts = [];
    partBytes = 0;
    dropped = 0;
    n++;
    return out;
  };
  const add = (piece: string): void => {
    if (dropped) {
      dropped += piece.length;
      return;
    }
    partBytes += Buffer.byteLength(piece);
    if (partBytes > maxLineBytes) {
      dropped = partBytes;
      parts = [];
    } else parts.push(piece);
  };
  for await (const chunk of stream) {
    const text = decoder.write(chunk as Buffer);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      add(text.slice(from, nl));
      yield finish();
      from = nl + 1;
    }
    add(text.slice(from));
  }
  add(decoder.end());
  if (partBytes > 0 || dropped) yield finish();
}
