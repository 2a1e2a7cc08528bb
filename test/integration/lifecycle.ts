// The graph over time, through the CLI as a user runs it, each case comparing full dumps: remove
// (A+B minus B = A alone), replace after an alias-file change, a corrected story under the same
// source, remove on an empty database and twice, a loader killed halfway through a replace, and
// two loaders at once. Articles are short texts written here. Called from graph-store.test.ts.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphConnection } from '../../src/load/connect';
import { CLI, runCli } from '../support/run-cli';
import { dumpGraph, wipe } from './test-server';

const TEXTS: Record<string, string> = {
  'a1.txt': 'Elena Whitfield met President Joe Biden at the White House in Washington on Monday. Whitfield said the talks were useful.',
  'a2.txt': 'Tesla chief executive Elena Whitfield spoke to staff in Austin, Texas, on Thursday.',
  'a3.txt': 'Mohammad Javad Zarif met Josep Borrell in Vienna on Tuesday.',
  'a4.txt': 'Mr Whitfield did not comment on Friday.',
  'b1.txt': 'Errol Whitfield, the father of the entrepreneur, spoke in Boulder, Colorado, on Saturday.',
  'b2.txt': 'Mohammed Javad Zarif flew to Doha on Sunday. Later, Borrell called him.',
};

function kg(...args: string[]): string {
  const r = runCli(args);
  if (r.status !== 0) throw new Error(`kg ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return r.stdout;
}

/** Runs kg in the background; resolves with its exit code once it ends. */
function kgAsync(args: string[], onStderr?: (text: string, kill: () => void) => void): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => onStderr?.(chunk.toString(), () => child.kill('SIGKILL')));
    child.on('close', (code) => resolve(code));
  });
}

export function describeLifecycle(connection: () => GraphConnection): void {
  describe('the graph over time (kg load / kg remove)', () => {
    let dir: string;
    const file = (name: string): string => path.join(dir, name);
    const A = (): string[] => ['a1.txt', 'a2.txt', 'a3.txt', 'a4.txt'].map(file);
    const B = (): string[] => ['b1.txt', 'b2.txt'].map(file);
    const dump = (): Promise<string> => dumpGraph(connection());
    const fresh = async (...args: string[]): Promise<string> => {
      await wipe(connection());
      kg('load', '-q', ...args);
      return dump();
    };

    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-lifecycle-'));
      for (const [name, text] of Object.entries(TEXTS)) fs.writeFileSync(file(name), `${text}\n`);
      fs.writeFileSync(file('forbid.json'), JSON.stringify({ forbid: [['Mohammad Javad Zarif', 'Mohammed Javad Zarif']] }));
      fs.writeFileSync(file('rename.json'), JSON.stringify({ names: { 'Joe Biden': 'Joseph R. Biden' } }));
    });

    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    test('(a) load A+B, remove B = load A alone; B had made the lone "Mr Whitfield" an actor of its own', async () => {
      const aAlone = await fresh(...A());
      const both = await fresh(...A(), ...B());
      expect(both).toContain('"person:whitfield"');
      expect(aAlone).not.toContain('"person:whitfield"');
      const out = kg('remove', ...B());
      expect(out).toMatch(/2 articles: 2 removed/);
      expect(await dump()).toBe(aAlone);
    });

    test('(b) load with alias file 1, reload with alias file 2 = fresh load with file 2', async () => {
      const withFile2 = await fresh(...A(), ...B(), '--aliases', file('rename.json'));
      const withFile1 = await fresh(...A(), ...B(), '--aliases', file('forbid.json'));
      expect(withFile1).not.toBe(withFile2);
      expect(kg('load', ...A(), ...B(), '--aliases', file('rename.json'))).toMatch(/0 new, 0 unchanged \(skipped\), 6 replaced/);
      expect(await dump()).toBe(withFile2);
    });

    test('(c) a story corrected under the same source replaces the old text', async () => {
      const story = file('story.txt');
      fs.writeFileSync(story, 'Elena Whitfield met Joe Biden in Washington on Monday.\n');
      await fresh(story, file('a3.txt'));
      fs.writeFileSync(story, 'Elena Whitfield met Kamala Harris in Washington on Monday.\n');
      expect(kg('load', story, file('a3.txt'))).toMatch(/0 new, 1 unchanged \(skipped\), 1 replaced/);
      const corrected = await dump();
      expect(corrected).not.toContain('joe-biden');
      expect(await fresh(story, file('a3.txt'))).toBe(corrected);
    });

    test('(d) remove on an empty database, and the same remove twice: no error, nothing changed', async () => {
      await wipe(connection());
      expect(kg('remove', 'article-0000000000000000', file('a1.txt'))).toMatch(/0 articles/);
      expect(await dump()).toBe('');
      await fresh(...A());
      kg('remove', file('a4.txt'));
      const once = await dump();
      expect(kg('remove', file('a4.txt'), '--all-from', file('a4.txt'))).toMatch(/0 articles/);
      expect(await dump()).toBe(once);
    });

    test('(e) a loader killed halfway through a replace, run again, gives the graph of (b)', async () => {
      const target = await fresh(...A(), ...B(), '--aliases', file('rename.json'));
      await fresh(...A(), ...B(), '--aliases', file('forbid.json'));
      let batches = 0;
      const code = await kgAsync(['load', ...A(), ...B(), '--aliases', file('rename.json'), '--batch-size', '1', '--verbose'], (text, kill) => {
        batches += (text.match(/^ {2}batch:/gm) ?? []).length;
        if (batches >= 2) kill();
      });
      expect(code).not.toBe(0); // killed before it finished
      const halfway = await dump();
      expect(halfway).not.toBe(target);
      kg('load', '-q', ...A(), ...B(), '--aliases', file('rename.json'));
      expect(await dump()).toBe(target);
    });

    test('two loaders at once over overlapping sets give the graph of one load', async () => {
      const target = await fresh(...A(), ...B());
      await wipe(connection());
      const [one, two] = await Promise.all([
        kgAsync(['load', '-q', ...A(), file('b1.txt'), '--batch-size', '1']),
        kgAsync(['load', '-q', ...B(), file('a1.txt'), file('a4.txt'), '--batch-size', '1']),
      ]);
      expect([one, two]).toEqual([0, 0]);
      expect(await dump()).toBe(target);
    });
  });
}
