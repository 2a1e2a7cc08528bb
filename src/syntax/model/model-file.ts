// The syntax model file: one zlib-deflated blob holding a JSON header (tag and label names, the
// tag dictionary, settings) and the typed arrays of the linear models, little-endian as the
// platforms Node runs on. Encoding and decoding are pure (bytes in, data out).
import zlib from 'node:zlib';
import type { LinearModelData } from './linear-model';

const MAGIC = 'NGSYNTX2';

export interface SyntaxModelData {
  tags: string[];
  labels: string[];
  dictionary: Array<[string, number]>;
  /** Free-form facts about training (data, epochs, dev figures), printed by `kg syntax eval --verbose`. */
  info: Record<string, string | number>;
  /** First pass, and the second pass when there is one. */
  tagger: LinearModelData[];
  /** The parser's move model (SHIFT, LEFT, RIGHT). */
  moves: LinearModelData;
  /** The parser's label model (classes: `labels`). */
  labeller: LinearModelData;
}

type ArrayName = 'keys' | 'rowLength' | 'entryClass' | 'entryWeight';
const ARRAYS: ReadonlyArray<[ArrayName, number]> = [['keys', 4], ['rowLength', 1], ['entryClass', 1], ['entryWeight', 2]];

interface Header extends Omit<SyntaxModelData, 'tagger' | 'moves' | 'labeller'> {
  models: Array<{ classes: number; lengths: number[] }>;
}

const pad8 = (n: number): number => (n + 7) & ~7;

export function encodeSyntaxModel(data: SyntaxModelData): Buffer {
  const models = [...data.tagger, data.moves, data.labeller];
  const header: Header = { tags: data.tags, labels: data.labels, dictionary: data.dictionary, info: data.info, models: models.map((m) => ({ classes: m.classes, lengths: ARRAYS.map(([name]) => m[name].length) })) };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), Buffer.alloc(4), json, Buffer.alloc(pad8(12 + json.length) - 12 - json.length)];
  parts[1].writeUInt32LE(json.length);
  for (const m of models) {
    for (const [name] of ARRAYS) {
      const a = m[name];
      const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
      parts.push(bytes, Buffer.alloc(pad8(bytes.length) - bytes.length));
    }
  }
  return zlib.deflateSync(Buffer.concat(parts), { level: 9 });
}

export function decodeSyntaxModel(file: Buffer): SyntaxModelData {
  const raw = zlib.inflateSync(file);
  if (raw.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a newsgraph syntax model (bad magic)');
  const jsonLength = raw.readUInt32LE(8);
  const header = JSON.parse(raw.toString('utf8', 12, 12 + jsonLength)) as Header;
  const bytes = new Uint8Array(raw.byteLength);
  bytes.set(raw); // aligned copy: typed arrays below are views into it
  let at = pad8(12 + jsonLength);
  const view = <T>(length: number, width: number, make: (buf: ArrayBuffer, offset: number, n: number) => T): T => {
    const out = make(bytes.buffer, at, length);
    at += pad8(length * width);
    return out;
  };
  const models: LinearModelData[] = header.models.map((m) => ({
    classes: m.classes,
    keys: view(m.lengths[0], 4, (b, o, n) => new Int32Array(b, o, n)),
    rowLength: view(m.lengths[1], 1, (b, o, n) => new Uint8Array(b, o, n)),
    entryClass: view(m.lengths[2], 1, (b, o, n) => new Uint8Array(b, o, n)),
    entryWeight: view(m.lengths[3], 2, (b, o, n) => new Int16Array(b, o, n)),
  }));
  const { tags, labels, dictionary, info } = header;
  return { tags, labels, dictionary, info, tagger: models.slice(0, -2), moves: models[models.length - 2], labeller: models[models.length - 1] };
}
