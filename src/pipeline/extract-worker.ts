// Worker-thread entry: receives batches of articles, returns each batch's compact result with its
// buffer of record lines transferred (not copied). The NLP models load once, with this module.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../ingest/article';
import { extractBatch, type BatchOptions } from './extract-batch';

interface Job {
  seq: number;
  articles: Article[];
}

const options = workerData as BatchOptions;

parentPort?.on('message', (job: Job) => {
  const batch = extractBatch(job.articles, options);
  parentPort?.postMessage({ seq: job.seq, batch }, [batch.lines.buffer as ArrayBuffer]);
});
