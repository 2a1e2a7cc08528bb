import { MessageChannel } from 'node:worker_threads';
import { LinearModel, type LinearTables } from '../../src/syntax/model/linear-model';
import { makeModel, type ModelRow as Row } from '../support/linear-model-rows';

/** The plain definition: for every key, the weights of its row added to their classes. */
function referenceScores(classes: number, rows: Row[], keys: number[]): number[] {
  const out = new Array<number>(classes).fill(0);
  for (const key of keys) for (const [c, w] of rows.find(([k]) => k === key)?.[1] ?? []) out[c] += w;
  return out;
}

const scoresOf = (model: LinearModel, keys: number[]): number[] => {
  const out = new Float64Array(model.classes).fill(99);
  model.score(Int32Array.from(keys), keys.length, out);
  return Array.from(out);
};

// Keys 1024 apart share a home slot in the smallest table, so they probe past each other.
const many: Array<[number, number]> = Array.from({ length: 9 }, (_, c) => [c, (c + 1) * (c % 2 ? -100 : 100)]);
const cases: Array<[string, number, Row[], number[]]> = [
  ['one entry per row', 3, [[5, [[0, 7]]], [-9, [[2, -3]]]], [5, -9, 5]],
  ['three entries fill a slot', 3, [[12, [[0, 32767], [1, -32768], [2, 1]]]], [12, 4]],
  ['a long row keeps the rest aside', 10, [[77, many], [78, [[9, 5]]]], [78, 77, 77]],
  ['zero weights add nothing', 2, [[3, [[0, 0], [1, 4]]], [4, [[1, 0]]]], [3, 4]],
  ['keys sharing a home slot', 4, [[0, [[1, 1]]], [1024, [[2, 2]]], [2048, many.slice(0, 4)], [-1024, [[0, -8]]]], [2048, 1024, 0, -1024, 3072]],
  ['no known key', 2, [[1, [[0, 1]]]], [2, 3, 0]],
  ['no keys', 2, [[1, [[0, 1]]]], []],
];

test.each(cases)('scores as the sum of the rows of its keys: %s', (_name, classes, rows, keys) => {
  const model = new LinearModel(makeModel(classes, rows));
  expect(scoresOf(model, keys)).toEqual(referenceScores(classes, rows, keys));
});

/** The tables as another thread receives them: through a message port (structured clone). */
function sendTables(tables: LinearTables): Promise<LinearTables> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port2.once('message', (received: LinearTables) => {
      port1.close();
      resolve(received);
    });
    port1.postMessage(tables);
  });
}

test.each(cases)('a model made from tables sent to another thread scores the same, on the same memory: %s', async (_name, classes, rows, keys) => {
  const built = new LinearModel(makeModel(classes, rows));
  const received = await sendTables(built.tables());
  const shared = new LinearModel(received);
  expect(scoresOf(shared, keys)).toEqual(referenceScores(classes, rows, keys));
  built.tables().slots[0] = 12345; // a write on one side is seen on the other: shared, not copied
  expect(received.slots[0]).toBe(12345);
});

test('a feature set longer than the look-ahead buffer scores every key', () => {
  const rows: Row[] = Array.from({ length: 1500 }, (_, k) => [k * 7, [[k % 3, 1]]]);
  const keys = Array.from({ length: 1500 }, (_, k) => k * 7);
  expect(scoresOf(new LinearModel(makeModel(3, rows)), keys)).toEqual([500, 500, 500]);
});

test('a model with more classes than a slot can name is refused', () => {
  expect(() => new LinearModel(makeModel(255, [[1, [[0, 1]]]]))).toThrow(RangeError);
});
