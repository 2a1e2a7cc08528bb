// A private temporary folder for one streaming run, created on first use only (small runs never
// touch the disk) and removed at the end of the run.
import fs from 'node:fs';
import path from 'node:path';
import { NewsgraphError } from '../../errors';

export interface TempFiles {
  /** A path inside the run's folder (the folder is created on first call). */
  file(name: string): string;
  remove(): void;
}

export function makeTempFiles(base: string): TempFiles {
  let dir: string | undefined;
  return {
    file(name) {
      try {
        dir ??= fs.mkdtempSync(path.join(base, 'newsgraph-'));
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new NewsgraphError('CONFIG_INVALID', `cannot create temporary files in ${base} (${reason})`, 'Point --tmp-dir (or NEWSGRAPH_TMPDIR) at a writable folder with free space.', err);
      }
      return path.join(dir, name);
    },
    remove() {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      dir = undefined;
    },
  };
}
