// Runs extractArticle over a stream of articles on worker threads, handing results back in input
// order (deterministic output whatever worker finishes first). Small batches, or a missing
// compiled worker (ts-jest), run in-process instead.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article } from '../ingest/article';
import { extractArticleSafely, type ArticleExtraction, type ExtractArticleOptions } from './extract-article';

export interface Extractor {
  /** Queues an article; resolves once there is room for more (backpressure). */
  push(article: Article): Promise<void>;
  /** Waits for all queued work; resolves with nothing more to deliver. */
  close(): Promise<void>;
}

export type Deliver = (extraction: ArticleExtraction) => void;

const WORKER_FILE = path.join(__dirname, 'extract-worker.js');

export function makeInlineExtractor(options: ExtractArticleOptions, deliver: Deliver): Extractor {
  return {
    async push(article) {
      deliver(extractArticleSafely(article, options));
    },
    async close() {},
  };
}

export function canUseWorkers(workers: number): boolean {
  return workers > 1 && fs.existsSync(WORKER_FILE);
}

export function makeWorkerExtractor(workers: number, options: ExtractArticleOptions, deliver: Deliver): Extractor {
  const pool = Array.from({ length: workers }, () => new Worker(WORKER_FILE, { workerData: options }));
  const idle: Worker[] = [...pool];
  const waiting: Array<() => void> = [];
  const done = new Map<number, ArticleExtraction>();
  let nextSeq = 0;
  let nextOut = 0;
  let failure: Error | undefined;
  const flush = (): void => {
    while (done.has(nextOut)) {
      deliver(done.get(nextOut) as ArticleExtraction);
      done.delete(nextOut++);
    }
  };
  for (const worker of pool) {
    worker.on('message', (msg: { seq: number; extraction: ArticleExtraction }) => {
      done.set(msg.seq, msg.extraction);
      flush();
      idle.push(worker);
      waiting.shift()?.();
    });
    worker.on('error', (err) => {
      failure = err;
      waiting.splice(0).forEach((wake) => wake());
    });
  }
  const takeIdle = async (): Promise<Worker> => {
    while (idle.length === 0 && !failure) await new Promise<void>((wake) => waiting.push(wake));
    if (failure) throw failure;
    return idle.shift() as Worker;
  };
  return {
    async push(article) {
      const worker = await takeIdle();
      worker.postMessage({ seq: nextSeq++, article });
    },
    async close() {
      while (idle.length < pool.length && !failure) await new Promise<void>((wake) => waiting.push(wake));
      await Promise.all(pool.map((w) => w.terminate()));
      if (failure) throw failure;
      flush();
    },
  };
}
