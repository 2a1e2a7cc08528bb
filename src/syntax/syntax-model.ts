// The syntax model in use: tagger and parser built from the model file's data, and the loader
// that reads the committed model once per process (each worker thread loads its own copy).
import fs from 'node:fs';
import path from 'node:path';
import { NewsgraphError } from '../errors';
import { LinearModel } from './model/linear-model';
import { decodeSyntaxModel, type SyntaxModelData } from './model/model-file';
import type { ParserModel } from './parser/parse-words';
import type { TaggerModel } from './tagger/tag-words';

export interface SyntaxModel {
  tagger: TaggerModel;
  parser: ParserModel;
  info: Record<string, string | number>;
}

export const MODEL_FILE_NAME = 'en-ewt-syntax.model';

export function createSyntaxModel(data: SyntaxModelData): SyntaxModel {
  const [first, second] = data.tagger.map((m) => new LinearModel(m));
  return {
    tagger: { tags: data.tags, dictionary: new Map(data.dictionary), first, second },
    parser: { labels: data.labels, moves: new LinearModel(data.moves), labeller: new LinearModel(data.labeller) },
    info: data.info,
  };
}

/** The committed model: models/ at the package root (found from this file, in src/ or dist/src/). */
export function defaultModelPath(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'models', MODEL_FILE_NAME);
}

export function readSyntaxModel(file: string = defaultModelPath()): SyntaxModel {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new NewsgraphError('MODEL_MISSING', `cannot read the syntax model ${file}`, 'Reinstall newsgraph, or rebuild the model with `npm run train:syntax`.', err);
  }
  try {
    return createSyntaxModel(decodeSyntaxModel(bytes));
  } catch (err) {
    throw new NewsgraphError('MODEL_INVALID', `${file} is not a usable syntax model`, 'Rebuild it with `npm run train:syntax`.', err);
  }
}

let shared: SyntaxModel | Error | undefined;

/** The default model, read on first use and kept for the life of the process (or thread). */
export function loadSyntaxModel(): SyntaxModel {
  if (shared === undefined) {
    try {
      shared = readSyntaxModel();
    } catch (err) {
      shared = err instanceof Error ? err : new Error(String(err));
    }
  }
  if (shared instanceof Error) throw shared;
  return shared;
}
