// `kg syntax eval|parse` as a user runs them, and the parser's figures on a slice of the UD
// English EWT test split (read from ../shared at run time; the full-file bars are checked with
// `kg syntax eval`, not here).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-cli';
import { missingShared, SHARED } from '../support/shared-paths';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-syntax-'));

// Two sentences written for this test, in CoNLL-U with their gold trees.
const MINI = [
  '1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_',
  '2\tcouncil\tcouncil\tNOUN\tNN\t_\t3\tnsubj\t_\t_',
  '3\tvoted\tvote\tVERB\tVBD\t_\t0\troot\t_\t_',
  '4\tyesterday\tyesterday\tNOUN\tNN\t_\t3\tobl:tmod\t_\t_',
  '5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_',
  '',
  '1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_',
  '2\tlikes\tlike\tVERB\tVBZ\t_\t0\troot\t_\t_',
  '3\tred\tred\tADJ\tJJ\t_\t4\tamod\t_\t_',
  '4\tapples\tapple\tNOUN\tNNS\t_\t2\tobj\t_\t_',
  '5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '',
].join('\n');

test('kg syntax eval prints UPOS, UAS and LAS; --json gives the figures', () => {
  const file = path.join(tmp, 'mini.conllu');
  fs.writeFileSync(file, MINI);
  const text = runCli(['syntax', 'eval', file]);
  expect(text.status).toBe(0);
  expect(text.stdout).toMatch(/2 sentences, 10 words/);
  expect(text.stdout).toMatch(/UPOS\s+\d+\.\d\d/);
  const json = runCli(['syntax', 'eval', file, '--json']);
  const scores = JSON.parse(json.stdout) as Record<string, number>;
  expect(scores.words).toBe(10);
  for (const k of ['upos', 'uas', 'las']) expect(scores[k]).toBeGreaterThanOrEqual(0.7);
});

test('kg syntax eval names a missing file and exits 1', () => {
  const r = runCli(['syntax', 'eval', path.join(tmp, 'nope.conllu')]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/nope\.conllu/);
});

test('kg syntax parse reads stdin and prints CoNLL-U with offsets', () => {
  const r = runCli(['syntax', 'parse', '--quiet'], { input: "The mayor's office didn't comment. Talks resume today." });
  expect(r.status).toBe(0);
  const blocks = r.stdout.trim().split('\n\n');
  expect(blocks).toHaveLength(2);
  const rows = blocks[0].split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
  expect(rows.map((c) => c[1])).toEqual(['The', 'mayor', "'s", 'office', 'did', "n't", 'comment', '.']);
  expect(rows.filter((c) => c[6] === '0')).toHaveLength(1);
  expect(rows[1][9]).toMatch(/^TokenRange=4:9\|Source=1$/);
  expect(blocks[0]).toMatch(/^# sent_id = .+-1\n# text = The mayor's office didn't comment\./);
});

test('kg syntax --help lists both commands with examples', () => {
  expect(runCli(['syntax', '--help']).stdout).toMatch(/eval[\s\S]*parse/);
  expect(runCli(['syntax', 'eval', '--help']).stdout).toMatch(/Examples:\n\s+kg syntax eval/);
  expect(runCli(['syntax', 'parse', '--help']).stdout).toMatch(/Examples:\n\s+echo/);
});

const EWT_TEST = path.join(SHARED, 'ud-ewt', 'en_ewt-ud-test.conllu');
const ewt = missingShared(EWT_TEST).length ? test.skip : test;

ewt('EWT test, first 400 sentences: UPOS, UAS and LAS near the full-file bars', () => {
  const blocks = fs.readFileSync(EWT_TEST, 'utf8').split(/\n\n/).slice(0, 400);
  const slice = path.join(tmp, 'ewt-slice.conllu');
  fs.writeFileSync(slice, blocks.join('\n\n') + '\n\n');
  const r = runCli(['syntax', 'eval', slice, '--json']);
  expect(r.status).toBe(0);
  const scores = JSON.parse(r.stdout) as Record<string, number>;
  process.stdout.write(`EWT test slice: ${r.stdout}\n`);
  expect(scores.upos).toBeGreaterThanOrEqual(0.93);
  expect(scores.uas).toBeGreaterThanOrEqual(0.8);
  expect(scores.las).toBeGreaterThanOrEqual(0.76);
});
