// `kg neo4j start` on a new instance folder keeps its secrets: the generated password never
// appears in the process list (it is handed to neo4j-admin in a 0600 file, not as an argument),
// and the instance folder (store, auth.ini, password file) is readable by its owner only.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../src/neo4j/port-check';

const MAIN = path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');

/** Command lines of every process now, as `ps` would show them. */
function processCommandLines(): string[] {
  const lines: string[] = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      lines.push(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' '));
    } catch {
      // the process ended meanwhile
    }
  }
  return lines;
}

const onLinux = fs.existsSync('/proc/self/cmdline') ? test : test.skip;

onLinux('no password in the process list while kg neo4j start runs; the instance folder is 0700', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-secret-'));
  const home = path.join(root, 'neo4j');
  const ports = ['--bolt-port', String(await findFreePort()), '--http-port', String(await findFreePort())];
  const seen = new Set<string>();
  try {
    const child = spawn(process.execPath, [MAIN, 'neo4j', 'start', '--home', home, ...ports], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let done = false;
    void exited.then(() => (done = true));
    while (!done) {
      for (const line of processCommandLines()) if (line.includes('neo4j') || line.includes('java')) seen.add(line);
      await new Promise((wake) => setTimeout(wake, 20));
    }
    expect(await exited).toBe(0);
    const password = fs.readFileSync(path.join(home, 'password'), 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(16);
    const admin = [...seen].filter((line) => line.includes('set-initial-password'));
    expect(admin.length).toBeGreaterThan(0); // the watch did see neo4j-admin run
    expect([...seen].filter((line) => line.includes(password))).toEqual([]);
    expect(fs.statSync(home).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(home, 'password')).mode & 0o777).toBe(0o600);
  } finally {
    spawnSync(process.execPath, [MAIN, 'neo4j', 'stop', '--home', home], { stdio: 'ignore', timeout: 120_000 });
    fs.rmSync(root, { recursive: true, force: true });
  }
}, 600_000);
