// The seed articles live outside the repository, in ../shared/seeds (beside the clone in CI).
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.join(__dirname, '..', '..', '..');
export const SEEDS_DIR = path.join(REPO_ROOT, '..', 'shared', 'seeds');
export const KG_MAIN = path.join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js');

export function seedFiles(): string[] {
  if (!fs.existsSync(SEEDS_DIR)) return [];
  return fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SEEDS_DIR, f));
}

/** Undefined when the seeds and the built CLI are there; else a loud message naming what is missing. */
export function seedsMissing(): string | undefined {
  if (seedFiles().length === 0) return `SKIPPED: seed articles not found in ${SEEDS_DIR} (the ../shared folder beside the repository).`;
  if (!fs.existsSync(KG_MAIN)) return `SKIPPED: the CLI is not built (${KG_MAIN}); run \`npm run build\` (npm run test:e2e does).`;
  return undefined;
}
