// Worker-thread entry: receives articles, returns their extractions. Only plain data crosses
// the thread boundary.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../ingest/article';
import { extractArticleSafely, type ExtractArticleOptions } from './extract-article';

interface Job {
  seq: number;
  article: Article;
}

const options = (workerData ?? {}) as ExtractArticleOptions;

parentPort?.on('message', (job: Job) => {
  parentPort?.postMessage({ seq: job.seq, extraction: extractArticleSafely(job.article, options) });
});
