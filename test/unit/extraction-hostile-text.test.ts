// Fuzz: generated hostile text through every stage (decode, markup stripping, normalization and
// headings, parse, mentions, resolution, relations, the explain trace, cross-article resolution,
// graph building and every exporter) must raise no exception. The stages are called directly,
// not through the per-article safety net, so a crash fails here instead of being turned into an
// "extraction failed" warning. Deterministic seed; the total time is bounded as a safety limit.
import { decodeInput } from '../../src/ingest/decode-input';
import { makeArticle } from '../../src/ingest/make-article';
import { stripHtml } from '../../src/ingest/strip-html';
import { stripMarkdown } from '../../src/ingest/strip-markdown';
import { extractArticle, type ArticleExtraction } from '../../src/pipeline/extract-article';
import { explainArticle } from '../../src/relations/explain-article';
import { NO_ALIASES } from '../../src/resolve/aliases';
import { recordArticle } from '../../src/graph/article-record';
import { buildGraph } from '../../src/graph/build-graph';
import { toJson, toJsonl } from '../../src/graph/export-json';
import { toCsvFiles } from '../../src/bulk/export-csv';
import { toCypherScript } from '../../src/load/export-cypher';
import { HOSTILE_KINDS, makeHostileInputs, type HostileInput } from '../support/hostile-text';

const SEED = 20260811;
const COUNT = 2400;
const BATCH = 40;
const TIME_LIMIT_MS = 240_000;

function toText(input: HostileInput): string | undefined {
  const raw = input.bytes ? decodeInput(input.bytes, 'fuzz').text : input.text;
  if (raw === undefined) return undefined;
  return input.shape === 'html' ? stripHtml(raw) : input.shape === 'markdown' ? stripMarkdown(raw) : raw;
}

function runAll(input: HostileInput, n: number): ArticleExtraction | undefined {
  const text = toText(input);
  if (text === undefined || text.trim() === '') return undefined;
  const article = makeArticle({ text, source: `fuzz-${n}`, date: '2024-03-04' });
  const ex = extractArticle(article, { trace: true });
  explainArticle(ex);
  const failed = ex.warnings.filter((w) => w.code === 'EXTRACTION_FAILED');
  if (failed.length) throw new Error(failed[0].message);
  return ex;
}

function buildAndExport(extractions: ArticleExtraction[]): void {
  const graph = buildGraph(extractions.map((ex) => recordArticle(ex, NO_ALIASES)));
  toJson(graph);
  toJsonl(graph);
  toCsvFiles(graph);
  toCypherScript(graph);
}

test(`${COUNT} hostile inputs (${HOSTILE_KINDS.join(', ')}) pass every stage without an exception`, () => {
  const t0 = Date.now();
  const inputs = makeHostileInputs(SEED, COUNT);
  const failures: string[] = [];
  let batch: ArticleExtraction[] = [];
  inputs.forEach((input, n) => {
    if (Date.now() - t0 > TIME_LIMIT_MS) throw new Error(`fuzz exceeded its ${TIME_LIMIT_MS} ms safety limit at input ${n}`);
    try {
      const ex = runAll(input, n);
      if (ex) batch.push(ex);
      if (batch.length === BATCH || n === inputs.length - 1) {
        buildAndExport(batch);
        batch = [];
      }
    } catch (err) {
      const shown = JSON.stringify((input.text ?? input.bytes?.toString('latin1') ?? '').slice(0, 120));
      failures.push(`#${n} ${input.kind}: ${err instanceof Error ? err.stack?.split('\n').slice(0, 3).join(' | ') : String(err)} on ${shown}`);
      batch = [];
    }
  });
  expect(failures).toEqual([]);
});

test.each([
  ['a name group with no person words (short-given-name)', 'Mark Dunn piloted UK III to a win. Dunn won.'],
  ['a Roman numeral after a short name', 'Ri III'],
])('no exception on %s', (_what, text) => {
  expect(() => runAll({ kind: 'case', shape: 'text', text }, 0)).not.toThrow();
});

test('"Mark Dunn" stays one Person when a Roman numeral follows another name', () => {
  const ex = runAll({ kind: 'case', shape: 'text', text: 'Mark Dunn piloted UK III to a win. Dunn won.' }, 0);
  expect(ex?.actors.filter((a) => a.type === 'Person').map((a) => a.name)).toContain('Mark Dunn');
});
