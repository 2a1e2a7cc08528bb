// The bundled examples/ folder as `kg demo` (npm start) names it. Article.source is the path as
// given on the command line, normalized ("./examples/a.txt" and "examples/a.txt" are one
// source); the demo names the folder the way a user in the checkout would ("examples"), so
// `npm start` and `kg load examples/` store the same source for the same article.
import path from 'node:path';

export const EXAMPLES_DIR = path.join(__dirname, '..', '..', '..', 'examples');

/** "examples" from the checkout's root, a relative path from elsewhere inside it, else absolute. */
export function examplesInput(cwd: string, dir = EXAMPLES_DIR): string {
  const relative = path.relative(cwd, dir);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? dir : relative;
}
