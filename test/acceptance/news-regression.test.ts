// Acceptance: our own twelve-article regression set (test/fixtures/news, written for this project
// and annotated in the seed format) scored by `kg eval`. Rules were tuned on it, so the bars guard
// against regressions; they do not measure quality on unseen text.
import path from 'node:path';
import { runCli } from '../support/run-cli';

const DIR = path.resolve(__dirname, '..', 'fixtures', 'news');
const ARTICLES = Array.from({ length: 12 }, (_, i) => i + 1);

test('the regression set keeps entity F1 >= 0.97, core recall >= 0.9, relation precision >= 0.95, no splits or junk', () => {
  const files = ARTICLES.map((n) => path.join(DIR, `${String(n).padStart(2, '0')}_*.txt`));
  const result = runCli(['eval', '--gold', path.join(DIR, 'gold.json'), ...files,
    '--min-entity-f1', '0.97', '--min-core-recall', '0.9', '--min-rel-precision', '0.95', '--quiet']);
  const last = result.stdout.trim().split('\n').pop() ?? '';
  process.stdout.write(`news regression set: ${last}\n`);
  expect(result.stderr).toBe('');
  expect(last).toMatch(/splits 0, junk 0$/);
  expect(result.status).toBe(0);
});
