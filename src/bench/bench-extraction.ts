// Extraction benchmark: the whole per-article pipeline against a bare compromise parse of the
// same texts (SPEC: within 1.5x), single-threaded, in this process (worker threads: see
// bench-workers.ts). Prints figures; never asserts — speed targets are measured, not tested.
import { performance } from 'node:perf_hooks';
import type { Article } from '../ingest/article';
import { readArticles } from '../ingest/read-articles';
import { parseTextStock } from '../nlp/compromise-instance';
import { extractArticle } from '../pipeline/extract-article';
import { graphOf } from '../graph/build-graph';
import { parseArticle } from '../nlp/parse-article';
import { parseSyntax } from '../syntax/parse-syntax';
import { readSyntaxModel } from '../syntax/syntax-model';

export interface ExtractionBench {
  articles: number;
  chars: number;
  parseMs: number;
  pipelineMs: number;
  ratio: number;
  peakRssMb: number;
  /** The syntax stage alone: model load, and UD tokens per second of parseSyntax (tag + parse). */
  syntax: { loadMs: number; tokens: number; ms: number; tokensPerSecond: number };
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
  for (const a of articles) parseTextStock(a.text);
  return performance.now() - t0;
}

function timePipeline(articles: readonly Article[]): number {
  const t0 = performance.now();
  const extractions = articles.map((a) => extractArticle(a));
  graphOf(extractions);
  return performance.now() - t0;
}

function timeSyntax(articles: readonly Article[]): ExtractionBench['syntax'] {
  const t0 = performance.now();
  const model = readSyntaxModel();
  const loadMs = performance.now() - t0;
  const parsed = articles.map(parseArticle);
  parsed.slice(0, 20).forEach((p) => parseSyntax(p, model)); // warm-up
  const t1 = performance.now();
  let tokens = 0;
  for (const p of parsed) for (const tree of parseSyntax(p, model)) tokens += tree.tokens.length;
  const ms = performance.now() - t1;
  return { loadMs: Math.round(loadMs), tokens, ms: Math.round(ms), tokensPerSecond: Math.round(tokens / (ms / 1000)) };
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
  const syntax = timeSyntax(articles);
  return {
    articles: articles.length,
    chars: articles.reduce((n, a) => n + a.text.length, 0),
    parseMs: Math.round(parseMs),
    pipelineMs: Math.round(pipelineMs),
    ratio: Math.round((pipelineMs / parseMs) * 100) / 100,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    syntax,
  };
}
