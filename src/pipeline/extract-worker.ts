// Worker-thread entry: receives batches of articles, returns each batch's compact result with its
// buffer of record lines transferred (not copied). compromise and the lexicons load once, with
// this module; the syntax model's tables come first, from the main thread, in shared memory.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../ingest/article';
import { useSyntaxTables, type SyntaxTables } from '../syntax/syntax-model';
import { extractBatch, type BatchOptions } from './extract-batch';

interface Job {
  seq: number;
  articles: Article[];
}

const options = workerData as BatchOptions;

/** The first message; without tables (the main thread could not read the model) this thread tries itself. */
interface Setup {
  syntax?: SyntaxTables;
}

parentPort?.on('message', (job: Job | Setup) => {
  if (!('seq' in job)) {
    if (job.syntax) useSyntaxTables(job.syntax);
    return;
  }
  const batch = extractBatch(job.articles, options);
  parentPort?.postMessage({ seq: job.seq, batch }, [batch.lines.buffer as ArrayBuffer]);
});
