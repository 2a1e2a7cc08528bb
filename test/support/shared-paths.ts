// Paths into ../shared (seeds, gold, scorers, benchmarks). They are never copied into the repo;
// tests that need them skip with a loud message naming the missing path.
import fs from 'node:fs';
import path from 'node:path';

export const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
export const SEEDS_DIR = path.join(SHARED, 'seeds');
export const SEED_GOLD = path.join(SEEDS_DIR, 'gold.json');
export const SCORE_SEEDS = path.join(SHARED, 'eval', 'score-seeds.mjs');
export const SCORE_CORPUS = path.join(SHARED, 'eval', 'score-corpus.mjs');
export const CONLL_DEV = path.join(SHARED, 'eval', 'conll04', 'dev.jsonl');
export const CONLL_TRAIN = path.join(SHARED, 'eval', 'conll04', 'train.jsonl');

export function seedArticles(): string[] {
  return fs.existsSync(SEEDS_DIR)
    ? fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SEEDS_DIR, f))
    : [];
}

/** Returns the missing paths, after printing a loud skip notice for each. */
export function missingShared(...paths: string[]): string[] {
  const missing = paths.filter((p) => !fs.existsSync(p));
  for (const p of missing) {
    process.stderr.write(`\n*** SKIPPING: ${p} is missing (tests that read ../shared need it) ***\n\n`);
  }
  return missing;
}
