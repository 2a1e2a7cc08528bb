// Acceptance: CoNLL04 dev (never used to develop rules) with the issue 3 bars, scored by the
// shared corpus scorer. Entity F1 >= 0.80, relation F1 >= 0.45 (micro).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, runNode } from '../support/run-cli';
import { CONLL_DEV, missingShared, SCORE_CORPUS } from '../support/shared-paths';

const skip = missingShared(CONLL_DEV, SCORE_CORPUS).length > 0;
const maybe = skip ? test.skip : test;

maybe('CoNLL04 dev: entity F1 >= 0.80 and relation F1 >= 0.45', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-conll-')), 'dev.json');
  const extract = runCli(['extract', CONLL_DEV, '--format', 'json', '--out', out, '--quiet']);
  expect(extract.status).toBe(0);
  const score = runNode([SCORE_CORPUS, CONLL_DEV, out, '--min-entity-f1', '0.80', '--min-relation-f1', '0.45']);
  process.stdout.write(score.stdout);
  expect(score.status).toBe(0);
});

maybe('worker threads change nothing: CoNLL04 dev with 1 and 2 workers gives byte-identical JSON', () => {
  const one = runCli(['extract', CONLL_DEV, '--format', 'json', '--quiet', '--workers', '1']);
  const two = runCli(['extract', CONLL_DEV, '--format', 'json', '--quiet', '--workers', '2']);
  expect(one.status).toBe(0);
  expect(two.stdout).toBe(one.stdout);
});
