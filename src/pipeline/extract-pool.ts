// Runs extractBatch over a stream of articles on worker threads (kg extract and kg load), handing
// batches back in input order (deterministic output whatever worker finishes first). Each worker loads the NLP models
// once; articles go out in small batches, two batches queued per worker so that none waits for the
// main thread, and results come back as one transferred buffer per batch. The syntax model's tables
// are built once, in shared memory, on a short-lived thread (syntax-tables-worker.ts: its garbage
// goes with it), and sent to every worker (one build, one copy in memory, however many workers).
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article } from '../ingest/article';
import type { SyntaxTables } from '../syntax/syntax-model';
import type { BatchOptions, ResultBatch } from './extract-batch';

export interface Extractor {
  /** Queues an article; resolves once there is room for more (backpressure). */
  push(article: Article): Promise<void>;
  /** Waits for all queued work; resolves with nothing more to deliver. */
  close(): Promise<void>;
}

export type Deliver = (batch: ResultBatch) => void;

/** A batch closes at this many articles or characters, whichever comes first: small, so that at the
 * end of a run (each worker holding up to DEPTH batches) the workers finish close together. */
export const BATCH_ARTICLES = 4;
export const BATCH_CHARS = 12_000;
/** Batches in flight per worker: one being extracted, one waiting. */
const DEPTH = 2;

const WORKER_FILE = path.join(__dirname, 'extract-worker.js');
const TABLES_FILE = path.join(__dirname, 'syntax-tables-worker.js');

function canUseWorkers(workers: number): boolean {
  return workers > 1 && fs.existsSync(WORKER_FILE);
}

/** Cuts a stream of articles into batches (by count and size). */
export function makeBatcher(send: (batch: Article[]) => Promise<void>): Extractor {
  let batch: Article[] = [];
  let chars = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    chars = 0;
    await send(full);
  };
  return {
    async push(article) {
      batch.push(article);
      chars += article.text.length;
      if (batch.length >= BATCH_ARTICLES || chars >= BATCH_CHARS) await flush();
    },
    close: flush,
  };
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

/** The syntax tables, built on a thread of their own; undefined when that thread could not build
 * them (each worker then meets, and reports, the problem itself). */
function buildSharedSyntax(): Promise<SyntaxTables | undefined> {
  return new Promise((resolve) => {
    const builder = new Worker(TABLES_FILE);
    builder.once('message', (tables: SyntaxTables | null) => resolve(tables ?? undefined));
    builder.once('error', () => resolve(undefined));
    builder.once('exit', () => resolve(undefined));
  });
}

export async function makeWorkerExtractor(workers: number, options: BatchOptions, deliver: Deliver): Promise<Extractor> {
  const slots: Slot[] = Array.from({ length: workers }, () => ({ worker: new Worker(WORKER_FILE, { workerData: options }), inFlight: 0 }));
  const waiting: Array<() => void> = [];
  const done = new Map<number, ResultBatch>();
  let nextSeq = 0;
  let nextOut = 0;
  let failure: Error | undefined;
  const wake = (): void => waiting.splice(0).forEach((w) => w());
  const sleep = (): Promise<void> => new Promise<void>((w) => waiting.push(w));
  for (const slot of slots) {
    slot.worker.on('message', (msg: { seq: number; batch: ResultBatch }) => {
      done.set(msg.seq, msg.batch);
      while (done.has(nextOut)) {
        const batch = done.get(nextOut) as ResultBatch;
        done.delete(nextOut++);
        deliver(batch);
      }
      slot.inFlight--;
      wake();
    });
    slot.worker.on('error', (err) => {
      failure = err;
      wake();
    });
  }
  const syntax = await buildSharedSyntax(); // while the workers load compromise
  for (const slot of slots) slot.worker.postMessage({ syntax });
  const freeSlot = async (): Promise<Slot> => {
    for (;;) {
      if (failure) throw failure;
      const slot = slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      if (slot.inFlight < DEPTH) return slot;
      await sleep();
    }
  };
  const batcher = makeBatcher(async (articles) => {
    const slot = await freeSlot();
    slot.inFlight++;
    slot.worker.postMessage({ seq: nextSeq++, articles });
  });
  return {
    push: batcher.push,
    async close() {
      await batcher.close();
      while (slots.some((s) => s.inFlight > 0) && !failure) await sleep();
      await Promise.all(slots.map((s) => s.worker.terminate()));
      if (failure) throw failure;
    },
  };
}

/** Worker threads when there are 2+ workers and a compiled worker file, otherwise in-process. */
export async function makeExtractor(workers: number, options: BatchOptions, deliver: Deliver): Promise<Extractor> {
  if (canUseWorkers(workers)) return makeWorkerExtractor(workers, options, deliver);
  const { makeInlineExtractor } = await import('./extract-inline'); // loads the NLP models here only
  return makeInlineExtractor(options, deliver);
}
