// The built CLI (node dist/src/cli/main.js) as a child process: connection failures exit 1 within
// 10 s naming the URI, and the shapes of `kg neo4j status` / `kg neo4j env`. Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../src/neo4j/port-check';

const MAIN = path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function kg(args: string[], env: Record<string, string | undefined>): Run {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  const began = Date.now();
  const r = spawnSync(process.execPath, [MAIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - began };
}

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

let article: string;
beforeAll(() => {
  article = path.join(tempDir('newsgraph-cli-'), 'a.txt');
  fs.writeFileSync(article, 'Elena Whitfield met Arvid Tolson Karro in New York.\n');
});

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

// A safety limit, not a speed target: a failed connection takes 1-2 s, the driver's retry window
// is 30 s, and the machine may be busy with other work.
const FAIL_FAST_LIMIT_MS = 25_000;

describe('kg load fails fast and clearly', () => {
  test('wrong password: exit 1 without the driver retries, message names the URI and the cause, no stack trace', () => {
    const uri = process.env.NEO4J_URI as string;
    const r = kg(['load', article], { NEO4J_URI: uri, NEO4J_PASSWORD: 'not-the-password' });
    expect(r.status).toBe(1);
    expect(r.ms).toBeLessThan(FAIL_FAST_LIMIT_MS);
    expect(r.stderr).toContain(uri);
    expect(r.stderr).toMatch(/rejected the credentials|unauthorized/i);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  test('closed port: exit 1 without the driver retries, naming the URI; a stack trace only with --verbose', async () => {
    const uri = `bolt://127.0.0.1:${await findFreePort()}`;
    const r = kg(['load', article], { NEO4J_URI: uri, NEO4J_PASSWORD: 'x' });
    expect(r.status).toBe(1);
    expect(r.ms).toBeLessThan(FAIL_FAST_LIMIT_MS);
    expect(r.stderr).toContain(`cannot reach Neo4j at ${uri}`);
    expect(r.stderr).toContain('ECONNREFUSED');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(kg(['load', article, '--verbose'], { NEO4J_URI: uri, NEO4J_PASSWORD: 'x' }).stderr).toMatch(/^\s+at /m);
  });

  test('no NEO4J_URI and no local server: exit 1 telling to run kg neo4j start', () => {
    const home = tempDir('newsgraph-nohome-');
    const r = kg(['load', article], { NEO4J_URI: undefined, NEWSGRAPH_HOME: home });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('kg neo4j start');
    expect(r.stderr).toContain(home);
  });
});

describe('kg neo4j status and env', () => {
  const home = process.env.NEWSGRAPH_TEST_HOME;
  const local = home ? test : test.skip;

  local('status of the running test instance: running, Bolt URI, Browser URL', () => {
    const r = kg(['neo4j', 'status', '--home', home as string], {});
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^status: +running \(pid \d+\)$/m);
    expect(r.stdout).toContain(`bolt:     ${process.env.NEO4J_URI}`);
    expect(r.stdout).toMatch(/^browser: +http:\/\/127\.0\.0\.1:\d+\/browser\/$/m);
    const json = JSON.parse(kg(['neo4j', 'status', '--json', '--home', home as string], {}).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ running: true, boltUri: process.env.NEO4J_URI });
  });

  local('env prints four export lines that a shell can eval', () => {
    const r = kg(['neo4j', 'env', '--home', home as string], {});
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      `export NEO4J_URI='${process.env.NEO4J_URI}'`,
      "export NEO4J_USERNAME='neo4j'",
      `export NEO4J_PASSWORD='${process.env.NEO4J_PASSWORD}'`,
      "export NEO4J_DATABASE='neo4j'",
    ]);
    const shell = spawnSync('sh', ['-c', `eval "$(${JSON.stringify(process.execPath)} ${JSON.stringify(MAIN)} neo4j env --home ${JSON.stringify(home)})" && echo "$NEO4J_URI"`], { encoding: 'utf8' });
    expect(shell.stdout.trim()).toBe(process.env.NEO4J_URI);
  });

  local('a second start while running is a no-op that says so', () => {
    const r = kg(['neo4j', 'start', '--home', home as string], {});
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('already running');
  });

  test('status of a folder with no instance: stopped', () => {
    const empty = tempDir('newsgraph-stopped-');
    const r = kg(['neo4j', 'status', '--home', empty, '--bolt-port', '17999'], {});
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^status: +stopped$/m);
    expect(r.stdout).toContain('bolt://127.0.0.1:17999');
  });
});
