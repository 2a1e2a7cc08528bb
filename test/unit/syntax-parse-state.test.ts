import { LEFT, ParseState, RIGHT, SHIFT } from '../../src/syntax/parser/parse-state';

/** A state of a three-word sentence after the given moves (arcs labelled 0). */
function stateAfter(moves: number[]): ParseState {
  const st = new ParseState(3);
  for (const m of moves) st.apply(m, 0);
  return st;
}

test.each([
  ['empty stack: only SHIFT', [], SHIFT],
  ['empty stack again after an arc', [SHIFT, LEFT], SHIFT],
  ['one word on the stack, more in the buffer', [SHIFT], -1],
  ['two words on the stack, more in the buffer', [SHIFT, SHIFT], -1],
  ['only ROOT left, two words on the stack: only RIGHT', [SHIFT, SHIFT, SHIFT, RIGHT], RIGHT],
  ['only ROOT left, one word on the stack: only LEFT', [SHIFT, SHIFT, SHIFT, RIGHT, RIGHT], LEFT],
])('the one valid move, or -1 when the model must choose: %s', (_name, moves, expected) => {
  const st = stateAfter(moves);
  expect(st.onlyValidMove()).toBe(expected);
  const valid = [SHIFT, LEFT, RIGHT].filter((m) => st.isValid(m));
  expect(valid.length === 1 ? valid[0] : -1).toBe(expected);
});
