// Worker-thread entry: receives articles, returns their extractions. Only plain data crosses
// the thread boundary.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../ingest/article';
import { extractArticleSafely } from './extract-article';

interface Job {
  seq: number;
  article: Article;
}

parentPort?.on('message', (job: Job) => {
  parentPort?.postMessage({ seq: job.seq, extraction: extractArticleSafely(job.article) });
});
