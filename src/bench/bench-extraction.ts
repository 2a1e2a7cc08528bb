// Extraction benchmark: the whole per-article pipeline against a bare compromise parse of the
// same texts (SPEC: within 1.5x), single-threaded, in this process (worker threads: see
// bench-workers.ts). Prints figures; never asserts — speed targets are measured, not tested.
import { performance } from 'node:perf_hooks';
import type { Article } from '../ingest/article';
import { readArticles } from '../ingest/read-articles';
import { parseText } from '../nlp/compromise-instance';
import { extractArticle } from '../pipeline/extract-article';
import { graphOf } from '../graph/build-graph';

export interface ExtractionBench {
  articles: number;
  chars: number;
  parseMs: number;
  pipelineMs: number;
  ratio: number;
  peakRssMb: number;
}

export async function readSample(inputs: string[], limit: number): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of readArticles(inputs)) {
    if ('article' in item) articles.push(item.article);
    if (articles.length >= limit) break;
  }
  return articles;
}

function timeParse(articles: readonly Article[]): number {
  const t0 = performance.now();
  for (const a of articles) parseText(a.text);
  return performance.now() - t0;
}

function timePipeline(articles: readonly Article[]): number {
  const t0 = performance.now();
  const extractions = articles.map((a) => extractArticle(a));
  graphOf(extractions);
  return performance.now() - t0;
}

export async function benchExtraction(inputs: string[], limit: number, rounds = 2): Promise<ExtractionBench> {
  const articles = await readSample(inputs, limit);
  timeParse(articles.slice(0, 20)); // warm-up: lexicon, JIT
  timePipeline(articles.slice(0, 20));
  let parseMs = Infinity;
  let pipelineMs = Infinity;
  for (let i = 0; i < rounds; i++) {
    parseMs = Math.min(parseMs, timeParse(articles));
    pipelineMs = Math.min(pipelineMs, timePipeline(articles));
  }
  return {
    articles: articles.length,
    chars: articles.reduce((n, a) => n + a.text.length, 0),
    parseMs: Math.round(parseMs),
    pipelineMs: Math.round(pipelineMs),
    ratio: Math.round((pipelineMs / parseMs) * 100) / 100,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
