// In-process extraction, for small inputs, one worker, or where no compiled worker file exists
// (ts-jest). Loaded only when used, so a parallel run's main thread never loads the NLP models.
import { extractBatch, type BatchOptions } from './extract-batch';
import { makeBatcher, type Deliver, type Extractor } from './extract-pool';

export function makeInlineExtractor(options: BatchOptions, deliver: Deliver): Extractor {
  return makeBatcher(async (articles) => deliver(extractBatch(articles, options)));
}
