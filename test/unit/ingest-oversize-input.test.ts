// Oversize and hostile-shaped input: articles over the cap are read as parts (never cut short),
// JSONL records too; markup is stripped in time linear in its length; HTML character references
// are decoded and never join two actors into one name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_ARTICLE_CHARS, splitOversize } from '../../src/ingest/split-oversize';
import { readArticles, type IngestItem } from '../../src/ingest/read-articles';
import { stripHtml } from '../../src/ingest/strip-html';
import { stripMarkdown } from '../../src/ingest/strip-markdown';
import { decodeEntities } from '../../src/ingest/decode-entities';
import { makeArticle } from '../../src/ingest/make-article';
import { extractArticle } from '../../src/pipeline/extract-article';

const paragraph = (i: number): string => `Paragraph ${i} says that Anna Berg met Tom Lund in Oslo.`;

test.each([
  ['paragraphs', Array.from({ length: 40 }, (_, i) => paragraph(i)).join('\n\n'), 500],
  ['one long line of sentences', Array.from({ length: 40 }, (_, i) => paragraph(i)).join(' '), 500],
  ['no break at all', 'x'.repeat(1234), 500],
  ['emoji at the cut', '\u{1F600}'.repeat(400), 301],
])('splitOversize: %s → parts within the cap that join back to the text', (_what, text, limit) => {
  const { parts, warning } = splitOversize({ text, source: 'big.txt' }, limit);
  expect(parts.length).toBeGreaterThan(1);
  expect(parts.every((p) => p.text.length <= limit)).toBe(true);
  expect(parts.map((p) => p.text).join('')).toBe(text);
  expect(parts.map((p) => p.source)).toEqual(parts.map((_, k) => `big.txt#${k + 1}`));
  expect(warning?.message).toMatch(/^big\.txt: \d+ characters, over the \d+ of one article; read as \d+ articles big\.txt#1 to big\.txt#\d+$/);
  if (_what === 'paragraphs') expect(parts.slice(0, -1).every((p) => p.text.endsWith('\n\n'))).toBe(true);
  if (_what === 'emoji at the cut') expect(parts.every((p) => !/[\ud800-\udbff]$/.test(p.text))).toBe(true);
});

test('a JSONL record over the cap is read as parts with ids of their own, none lost', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-oversize-'));
  try {
    const text = Array.from({ length: Math.ceil((MAX_ARTICLE_CHARS * 2.5) / 60) }, (_, i) => paragraph(i)).join('\n\n');
    fs.writeFileSync(path.join(dir, 'c.jsonl'), JSON.stringify({ id: 'long', text }) + '\n' + JSON.stringify({ id: 'short', text: 'Anna Berg met Tom Lund.' }) + '\n');
    const items: IngestItem[] = [];
    for await (const item of readArticles([path.join(dir, 'c.jsonl')])) items.push(item);
    const articles = items.flatMap((i) => ('article' in i ? [i.article] : []));
    expect(articles.map((a) => a.source)).toEqual(['long#1', 'long#2', 'long#3', 'short']);
    expect(new Set(articles.map((a) => a.id)).size).toBe(4);
    expect(articles.slice(0, 3).reduce((n, a) => n + a.text.length, 0)).toBeGreaterThan(text.length - 100);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.each([
  ['<html><body><p>Mayor &amp; council met.</p><script>x()</script>', 'Mayor &amp; council met.'], // decoded later, in makeArticle
  ['<!DOCTYPE html><p>A</p><!-- note --><p>B', 'A\n\n \n\nB'],
  ['<p>unclosed <b>bold <i>and a < sign', 'unclosed  bold  and a < sign'],
  ['<script>never closed <p>text after', 'never closed \n\ntext after'], // an unclosed script drops only its tag
])('stripHtml(%j)', (html, text) => {
  expect(stripHtml(html).trim()).toBe(text.trim());
});

test.each([
  ['# Title #\n\nBody **bold** and [link](https://x.org/a "t").', '\nTitle\n\n\nBody bold and link.'],
  ['- item\n> quote\n\n---\n', 'item\nquote\n\n\n'],
])('stripMarkdown(%j)', (md, text) => {
  expect(stripMarkdown(md)).toBe(text);
});

test.each([
  ['S&#227;o Paulo &amp; Pel&#xE9;', 'São Paulo & Pelé'],
  ['&bogus; &#0; &#xD800; &amp', '&bogus; &#0; &#xD800; &amp'],
])('decodeEntities(%j)', (text, decoded) => {
  expect(decodeEntities(text)).toBe(decoded);
});

test('"Iran &amp; Hezbollah" in any input: decoded, and two actors, not one "Iran & Hezbollah"', () => {
  const ex = extractArticle(makeArticle({ text: 'Officials from Iran &amp; Hezbollah met in Beirut on Monday.', source: 'r1', recordId: 'r1' }));
  const names = ex.actors.map((a) => a.name);
  expect(names).toEqual(expect.arrayContaining(['Iran', 'Hezbollah']));
  expect(names.some((n) => n.includes('&'))).toBe(false);
});

test.each([
  ['a firm named with "&"', 'Marsh & Finch won the contract.', 'Marsh & Finch'],
  ['a country whose name has "&"', 'Trinidad & Tobago won the match.', 'Trinidad & Tobago'],
])('%s stays one name', (_what, text, name) => {
  expect(extractArticle(makeArticle({ text, source: 'x' })).actors.map((a) => a.name)).toContain(name);
});

// Safety limit, not a speed target: each of these shapes took from one to many minutes before
// (patterns that rescanned the rest of the text from every position); linear code needs well
// under a second. The per-MB figures are measured by `kg bench --sizes`.
const SAFETY_LIMIT_MS = 60_000;
test.each([
  ['200 KB of blank lines (Markdown)', () => stripMarkdown('\n'.repeat(200_000))],
  ['200 KB of unclosed brackets (Markdown)', () => stripMarkdown('[a]('.repeat(50_000))],
  ['1 MB of unclosed tags (HTML)', () => stripHtml('<p'.repeat(500_000))],
  ['200 KB of unclosed comments and scripts (HTML)', () => stripHtml('<!--<script>'.repeat(16_000))],
  ['a 9 KB run of abbreviations in a heading', () => extractArticle(makeArticle({ text: `${'Mr. Dr. Sen. U.S. '.repeat(500)}\n\nA body line.`, source: 'x' }))],
])('%s finishes within the safety limit', (_what, run) => {
  run();
}, SAFETY_LIMIT_MS);
