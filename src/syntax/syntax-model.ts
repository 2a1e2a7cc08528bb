// The syntax model in use: tagger and parser built from the model file's data, and the loader
// that reads the committed model once per process. Its look-up tables are built in shared memory,
// so one thread reads the file and worker threads use the same tables (useSyntaxTables).
import fs from 'node:fs';
import path from 'node:path';
import { NewsgraphError } from '../errors';
import { LinearModel, type LinearModelData, type LinearTables } from './model/linear-model';
import { decodeSyntaxModel, type SyntaxModelData } from './model/model-file';
import type { ParserModel } from './parser/parse-words';
import type { TaggerModel } from './tagger/tag-words';

export interface SyntaxModel {
  tagger: TaggerModel;
  parser: ParserModel;
  info: Record<string, string | number>;
}

export const MODEL_FILE_NAME = 'en-ewt-syntax.model';

/** A built model as plain data, its tables in shared memory: what a worker thread is sent. */
export interface SyntaxTables extends Pick<SyntaxModelData, 'tags' | 'labels' | 'dictionary' | 'info'> {
  tagger: LinearTables[];
  moves: LinearTables;
  labeller: LinearTables;
}

function buildSyntaxTables(data: SyntaxModelData): SyntaxTables {
  const { tags, labels, dictionary, info } = data;
  const build = (m: LinearModelData): LinearTables => new LinearModel(m).tables();
  return { tags, labels, dictionary, info, tagger: data.tagger.map(build), moves: build(data.moves), labeller: build(data.labeller) };
}

function modelOf(t: SyntaxTables): SyntaxModel {
  const [first, second] = t.tagger.map((m) => new LinearModel(m));
  return {
    tagger: { tags: t.tags, dictionary: new Map(t.dictionary), first, second },
    parser: { labels: t.labels, moves: new LinearModel(t.moves), labeller: new LinearModel(t.labeller) },
    info: t.info,
  };
}

export function createSyntaxModel(data: SyntaxModelData): SyntaxModel {
  return modelOf(buildSyntaxTables(data));
}

/** The committed model: models/ at the package root (found from this file, in src/ or dist/src/). */
export function defaultModelPath(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'models', MODEL_FILE_NAME);
}

export function readSyntaxModel(file: string = defaultModelPath()): SyntaxModel {
  return modelOf(readSyntaxTables(file));
}

function readSyntaxTables(file: string): SyntaxTables {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new NewsgraphError('MODEL_MISSING', `cannot read the syntax model ${file}`, 'Reinstall newsgraph, or rebuild the model with `npm run train:syntax`.', err);
  }
  try {
    return buildSyntaxTables(decodeSyntaxModel(bytes));
  } catch (err) {
    throw new NewsgraphError('MODEL_INVALID', `${file} is not a usable syntax model`, 'Rebuild it with `npm run train:syntax`.', err);
  }
}

let loaded: { tables: SyntaxTables; model: SyntaxModel } | Error | undefined;

function loadDefault(): { tables: SyntaxTables; model: SyntaxModel } {
  if (loaded === undefined) {
    try {
      const tables = readSyntaxTables(defaultModelPath());
      loaded = { tables, model: modelOf(tables) };
    } catch (err) {
      loaded = err instanceof Error ? err : new Error(String(err));
    }
  }
  if (loaded instanceof Error) throw loaded;
  return loaded;
}

/** The default model, read on first use and kept for the life of the process (or thread). */
export function loadSyntaxModel(): SyntaxModel {
  return loadDefault().model;
}

/** The default model's tables (read on first use), to send to worker threads. */
export function loadSyntaxTables(): SyntaxTables {
  return loadDefault().tables;
}

/** Makes tables another thread loaded (loadSyntaxTables) this thread's default model: shared, not rebuilt. */
export function useSyntaxTables(tables: SyntaxTables): void {
  loaded = { tables, model: modelOf(tables) };
}
