// A fresh clone installs with `npm ci`, which refuses a lock file that is out of sync with
// package.json. npm counts the optional platform packages of every dependency (native bindings
// for other systems) as part of that sync, so the lock must list them all, not only the ones of
// the machine that wrote it. CI and the README install the same way, and the install leaves the
// checkout clean.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

interface LockEntry {
  version?: string;
  link?: boolean;
  optionalDependencies?: Record<string, string>;
}

function readLockPackages(): Record<string, LockEntry> {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  return lock.packages;
}

/** Where npm would look for `name` when `from` (a lock key) requires it: nested first, then up. */
function findInstalled(packages: Record<string, LockEntry>, from: string, name: string): boolean {
  let dir = from;
  for (;;) {
    const key = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (packages[key]) return true;
    if (dir === '') return false;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
  }
}

test('the lock lists every optional platform package of every dependency', () => {
  const packages = readLockPackages();
  const missing: string[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!findInstalled(packages, key, name)) missing.push(`${key || '(root)'} -> ${name}`);
    }
  }
  expect(missing).toEqual([]);
});

test.each([
  ['.ci/run', /^npm ci\b/m],
  ['README.md', /^npm ci && npm start/m],
])('%s installs with npm ci', (file, pattern) => {
  expect(fs.readFileSync(path.join(ROOT, file), 'utf8')).toMatch(pattern);
});

// node_modules without a slash: a worktree's node_modules may be a symlink to a shared install, and
// "node_modules/" matches directories only, so `git add -A` would track the link
test.each(['node_modules', 'dist/', 'test-output/'])('generated folder %s is ignored by git', (folder) => {
  const ignored = fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n').map((l) => l.trim());
  expect(ignored).toContain(folder);
});
