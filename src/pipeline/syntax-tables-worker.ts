// Short-lived thread that builds the syntax model's shared tables for a worker pool and hands them
// to the main thread. Building them leaves about 50 MB of garbage array buffers (the model file, its
// inflated bytes, an aligned copy) that a main thread, which allocates little afterwards, would hold
// for a long and unpredictable time (until its first full GC); here it goes when the thread ends.
// The tables live in SharedArrayBuffers, which outlive this thread.
import { parentPort } from 'node:worker_threads';
import { loadSyntaxTables, type SyntaxTables } from '../syntax/syntax-model';

/** Undefined when the model cannot be read: each pool worker then meets (and reports) that itself. */
function readTables(): SyntaxTables | undefined {
  try {
    return loadSyntaxTables();
  } catch {
    return undefined;
  }
}

parentPort?.postMessage(readTables() ?? null);
