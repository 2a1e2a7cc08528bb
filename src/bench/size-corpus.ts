// Synthetic news text of a given size and shape for the size benchmark (`kg bench --sizes`):
// plain text with paragraphs, one long line, HTML, Markdown and JSONL. Sentences come from our own
// templates with generated names, so the number of actors grows with the size as in a real
// corpus. Deterministic: the same shape and size give the same bytes.

import { makeRandom } from './seeded-random';

export const SIZE_SHAPES = ['text', 'long-line', 'html', 'markdown', 'jsonl'] as const;
export type SizeShape = (typeof SIZE_SHAPES)[number];

const GIVEN = ['Ana', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hamid', 'Irene', 'Jonas', 'Karim', 'Lena', 'Marco', 'Nadia', 'Oskar', 'Priya', 'Rafael', 'Sofia', 'Tomas', 'Yusuf'];
const SYLLABLES = ['bar', 'ven', 'tol', 'mir', 'das', 'kel', 'ron', 'sap', 'lin', 'gor', 'hev', 'tam', 'rud', 'nos', 'pel', 'wik', 'zan', 'cor', 'fel', 'mud'];
const PLACES = ['Paris', 'Berlin', 'Iran', 'Texas', 'Nairobi', 'Lima', 'Oslo', 'Canada', 'Jakarta', 'Brazil', 'Cairo', 'Poland', 'Manila', 'Ohio', 'Seoul', 'Kenya'];
const ORG_HEADS = ['Group', 'Bank', 'Institute', 'Foundation', 'Holdings', 'Party', 'Council', 'Agency'];
const TEMPLATES = [
  '{P}, the chief executive of {O}, met {Q} in {L} on Monday.',
  '{O} said on Tuesday that it would open an office in {L}.',
  '{P} criticized {Q} over the plan, according to officials in {L}.',
  'Foreign Minister {P} told reporters that {O} backs the agreement.',
  '{Q}, a senior fellow at {O}, said the talks had been useful.',
  'The meeting between {P} and {Q} took place in {L} last week.',
  'Officials from {L} & {M} held talks with Mr. {S} on Wednesday.',
  '{O}, which is based in {L}, owns {N}.',
  '"We will not accept this," {P} said in a statement.',
  'Sen. {S} said the vote was expected before the end of the month.',
];

/** Sentences of made-up news: new actors keep appearing, known ones come back. */
function makeSentences(seed: number): () => string {
  const rnd = makeRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const surname = (): string => {
    const s = pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
    return s[0].toUpperCase() + s.slice(1);
  };
  const people: string[] = [];
  const person = (): string => (people.length > 20 && rnd() < 0.5 ? pick(people.slice(-40)) : people[people.push(`${pick(GIVEN)} ${surname()}`) - 1]);
  const org = (): string => `${surname()} ${pick(ORG_HEADS)}`;
  return () =>
    pick(TEMPLATES).replace(/\{([A-Z])\}/g, (_w, slot: string) => {
      if (slot === 'P' || slot === 'Q') return person();
      if (slot === 'O' || slot === 'N') return org();
      if (slot === 'S') return person().split(' ')[1];
      return pick(PLACES);
    });
}

/** Paragraphs of three to five sentences until `bytes` is reached. */
function makeParagraphs(bytes: number, seed: number): string[] {
  const next = makeSentences(seed);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = [next(), next(), next(), next()].join(' ');
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return paragraphs;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The content of one file of about `megabytes` MB in the given shape. */
export function makeSizedInput(shape: SizeShape, megabytes: number): string {
  const paragraphs = makeParagraphs(megabytes * 1_000_000, 42);
  if (shape === 'text') return ['Officials Meet Amid Talks', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  if (shape === 'long-line') return paragraphs.join(' ') + '\n';
  if (shape === 'html') {
    // Some paragraphs left unclosed and an unclosed <b>, as saved pages have them.
    const body = paragraphs.map((p, i) => (i % 7 === 3 ? `<p>${escapeHtml(p)}` : i % 11 === 5 ? `<div class="x"><b>${escapeHtml(p)}</div>` : `<p>${escapeHtml(p)}</p>`));
    return `<!DOCTYPE html>\n<html><head><title>Talks</title><script>var x = 1;</script></head><body>\n<h1>Officials Meet Amid Talks</h1>\n${body.join('\n')}\n</body></html>\n`;
  }
  if (shape === 'markdown') {
    return paragraphs.map((p, i) => (i % 9 === 0 ? `## Section ${i / 9 + 1}\n\n${p}` : i % 5 === 2 ? `- **${p}** see [the report](https://example.org/r/${i})` : p)).join('\n\n') + '\n';
  }
  // JSONL: records of about six paragraphs.
  const lines: string[] = [];
  for (let i = 0; i < paragraphs.length; i += 6) {
    lines.push(JSON.stringify({ id: `rec-${i / 6}`, title: `Report ${i / 6}`, date: '2024-05-06', text: paragraphs.slice(i, i + 6).join('\n\n') }));
  }
  return lines.join('\n') + '\n';
}

export const shapeExtension = (shape: SizeShape): string => ({ text: '.txt', 'long-line': '.txt', html: '.html', markdown: '.md', jsonl: '.jsonl' })[shape];
