// kg eval must print the figures the shared scorers print. Runs both on the seeds and on CoNLL04
// dev when ../shared is there; otherwise says loudly which path is missing and skips.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateGraph } from '../../src/eval/evaluate';
import { readGold } from '../../src/eval/gold';
import { extractGraph } from '../../src/pipeline/extract-graph';

const SHARED = path.resolve(__dirname, '../../../shared');
const SEEDS = path.join(SHARED, 'seeds');
const DEV = path.join(SHARED, 'eval/conll04/dev.jsonl');
const present = fs.existsSync(path.join(SHARED, 'eval/score-seeds.mjs')) && fs.existsSync(DEV);
if (!present) console.warn(`SKIPPING eval agreement tests: ${SHARED}/eval (score-seeds.mjs, conll04/dev.jsonl) not found`);
const maybe = present ? describe : describe.skip;

const runScorer = (script: string, gold: string, graphFile: string): Record<string, unknown> => {
  try {
    return JSON.parse(execFileSync('node', [path.join(SHARED, 'eval', script), gold, graphFile, '--json'], { encoding: 'utf8' }).split('\nseeds:')[0].split('\ncorpus:')[0]);
  } catch (e) {
    const out = (e as { stdout?: string }).stdout ?? '';
    return JSON.parse(out.split('\nseeds:')[0].split('\ncorpus:')[0]);
  }
};
const opts = { workers: 1 };

maybe('kg eval agrees with the shared scorers', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-eval-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('seeds (score-seeds.mjs)', async () => {
    const inputs = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => path.join(SEEDS, f));
    const { graph } = await extractGraph(inputs, opts);
    const file = path.join(tmp, 'seeds.json');
    fs.writeFileSync(file, JSON.stringify(graph));
    const theirs = runScorer('score-seeds.mjs', path.join(SEEDS, 'gold.json'), file) as {
      entities: { precision: number; recall: number; f1: number; missing: string[]; split: string[]; junk: string[] };
      relations: { core: { got: number; want: number; miss: string[] }; stretch: { got: number; want: number; miss: string[] }; precision: number; extra: string[] };
    };
    const ours = evaluateGraph(readGold(path.join(SEEDS, 'gold.json')), graph);
    if (ours.kind !== 'seed') throw new Error('expected a seed report');
    expect([ours.entities.all.p, ours.entities.all.r, ours.entities.all.f1]).toEqual([theirs.entities.precision, theirs.entities.recall, theirs.entities.f1]);
    expect(ours.missing).toEqual(theirs.entities.missing);
    expect(ours.split).toEqual(theirs.entities.split);
    expect(ours.junk).toEqual(theirs.entities.junk);
    for (const level of ['core', 'stretch'] as const) {
      const { got, want, miss } = theirs.relations[level];
      expect(ours.levels[level]).toEqual({ got, want, missing: miss });
    }
    expect(ours.relations.all.p).toBe(theirs.relations.precision);
    expect(ours.unexpected).toEqual(theirs.relations.extra);
  }, 60000);

  test('CoNLL04 dev (score-corpus.mjs)', async () => {
    const { graph } = await extractGraph([DEV], opts);
    const file = path.join(tmp, 'dev.json');
    fs.writeFileSync(file, JSON.stringify(graph));
    const theirs = runScorer('score-corpus.mjs', DEV, file) as { entities: Record<string, object>; relations: Record<string, object>; missingArticles: number };
    const ours = evaluateGraph(readGold(DEV), graph);
    if (ours.kind !== 'corpus') throw new Error('expected a corpus report');
    expect(ours.missingArticles).toBe(theirs.missingArticles);
    for (const [type, v] of Object.entries(theirs.entities)) expect(ours.entities[type]).toEqual(v);
    for (const [type, v] of Object.entries(theirs.relations)) expect(ours.relations[type]).toEqual(v);
    expect(Object.keys(ours.relations).sort()).toEqual(Object.keys(theirs.relations).sort());
  }, 120000);
});
