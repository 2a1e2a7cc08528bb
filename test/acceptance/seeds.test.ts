// Acceptance: the seed articles against their hand annotation, with the thresholds of issue 3,
// scored by the project's shared scorer (read from ../shared, never copied).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, runNode } from '../support/run-cli';
import { missingShared, SCORE_SEEDS, SEED_GOLD, seedArticles, SEEDS_DIR } from '../support/shared-paths';

const skip = missingShared(SEEDS_DIR, SEED_GOLD, SCORE_SEEDS).length > 0;
const maybe = skip ? test.skip : test;

maybe('seeds meet the issue 3 bars: entity F1 >= 0.95, all core relations, relation precision >= 0.9, no splits or junk', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-seeds-')), 'g.json');
  const extract = runCli(['extract', ...seedArticles(), '--format', 'json', '--out', out, '--quiet']);
  expect(extract.status).toBe(0);
  const score = runNode([SCORE_SEEDS, SEED_GOLD, out, '--min-entity-f1', '0.95', '--min-core-recall', '1', '--min-rel-precision', '0.9']);
  process.stdout.write(score.stdout);
  expect(score.stdout).toMatch(/stretch ([4-7])\/7/);
  expect(score.status).toBe(0);
});

maybe('extraction is deterministic: same input, byte-identical JSON', () => {
  const a = runCli(['extract', ...seedArticles(), '--format', 'json', '--quiet']);
  const b = runCli(['extract', ...[...seedArticles()].reverse(), '--format', 'json', '--quiet', '--workers', '1']);
  expect(a.status).toBe(0);
  expect(b.stdout).toBe(a.stdout);
});
