import { averageModels } from '../../src/syntax/model/average-models';
import { LinearModel, type LinearModelData } from '../../src/syntax/model/linear-model';
import { makeModel } from '../support/linear-model-rows';

const scoresOf = (data: LinearModelData, keys: number[]): number[] => {
  const out = new Float64Array(data.classes);
  new LinearModel(data).score(Int32Array.from(keys), keys.length, out);
  return Array.from(out);
};

test('the average scores as the mean of the models, over the union of their features', () => {
  const a = makeModel(3, [[5, [[0, 100], [2, -40]]], [-7, [[1, 300]]]]);
  const b = makeModel(3, [[-7, [[1, 100], [2, 60]]], [9, [[0, -200]]]]);
  const avg = averageModels([a, b]);
  expect(Array.from(avg.keys)).toEqual([-7, 5, 9]);
  for (const keys of [[5], [-7], [9], [5, -7, 9], [11]]) {
    const mean = scoresOf(a, keys).map((s, c) => (s + scoresOf(b, keys)[c]) / 2);
    expect(scoresOf(avg, keys)).toEqual(mean);
  }
});

test('entries below the minimum weight are dropped, and rows left empty with them', () => {
  const a = makeModel(2, [[1, [[0, 500], [1, 100]]], [2, [[1, 50]]]]);
  const b = makeModel(2, [[1, [[0, 300]]]]);
  const avg = averageModels([a, b], 100);
  expect(Array.from(avg.keys)).toEqual([1]);
  expect(Array.from(avg.entryClass)).toEqual([0]);
  expect(Array.from(avg.entryWeight)).toEqual([400]);
});

test('the same models give the same bytes, whatever their row order', () => {
  const a = makeModel(2, [[3, [[0, 10]]], [1, [[1, 20]]]]);
  const swapped = makeModel(2, [[1, [[1, 20]]], [3, [[0, 10]]]]);
  expect(averageModels([a, a])).toEqual(averageModels([swapped, a]));
});
