// The size cap on one article. A text longer than MAX_ARTICLE_CHARS (a book, a dump, a file of
// one endless line) is read as several articles of at most that many characters each, cut at a
// paragraph break, else a line break, else a sentence end, else a space; the parts are named
// `SOURCE#1`, `SOURCE#2`, ... and a warning says so. Every later stage then works on pieces of
// bounded size, so the time for a large input grows linearly with its length.
import type { Warning } from '../warnings';
import type { ArticleInput } from './make-article';

export const MAX_ARTICLE_CHARS = 200_000;

/** Where to end a part that starts at `from`: the best break in the second half of the window. */
function findCut(text: string, from: number, limit: number): number {
  const end = from + limit;
  const floor = from + Math.floor(limit / 2);
  const paragraph = text.lastIndexOf('\n\n', end - 2);
  if (paragraph >= floor) return paragraph + 2;
  const line = text.lastIndexOf('\n', end - 1);
  if (line >= floor) return line + 1;
  for (let i = end - 1; i >= floor; i--) if (/\s/.test(text[i]) && /[.!?]["')\]]*$/.test(text.slice(Math.max(from, i - 3), i))) return i + 1;
  for (let i = end - 1; i >= floor; i--) if (/\s/.test(text[i])) return i + 1;
  // No break at all: cut anywhere, but not inside a surrogate pair.
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/** The article as it is, or its parts with a warning naming them. */
export function splitOversize(input: ArticleInput, limit = MAX_ARTICLE_CHARS): { parts: ArticleInput[]; warning?: Warning } {
  if (input.text.length <= limit) return { parts: [input] };
  const texts: string[] = [];
  for (let from = 0; from < input.text.length; ) {
    const cut = input.text.length - from <= limit ? input.text.length : findCut(input.text, from, limit);
    texts.push(input.text.slice(from, cut));
    from = cut;
  }
  const parts = texts.map((text, k) => ({
    ...input,
    text,
    source: `${input.source}#${k + 1}`,
    ...(input.recordId !== undefined ? { recordId: `${input.recordId}#${k + 1}` } : {}),
    ...(k > 0 ? { title: undefined } : {}),
  }));
  const warning: Warning = {
    code: 'INPUT_SPLIT',
    message: `${input.source}: ${input.text.length} characters, over the ${limit} of one article; read as ${parts.length} articles ${parts[0].source} to ${parts[parts.length - 1].source}`,
    source: input.source,
  };
  return { parts, warning };
}
