// The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013) for projective gold trees:
// how many gold arcs each move makes unreachable from the current state. Gold heads use n for
// ROOT. Moves of minimal cost are the ones training may follow.
import type { ParseState } from '../parser/parse-state';

export interface MoveCosts {
  shift: number;
  left: number;
  right: number;
}

export function computeMoveCosts(st: ParseState, gold: Int32Array): MoveCosts {
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b = st.b;
  const n = st.n;
  let shift = Infinity;
  let left = Infinity;
  let right = Infinity;
  if (st.canShift()) {
    shift = 0;
    for (let i = 0; i < st.sp; i++) {
      const k = st.stack[i];
      if (gold[k] === b) shift++;
      if (k !== s0 && gold[b] === k) shift++;
    }
  }
  if (s0 >= 0) {
    // dependents of s0 still in the buffer are lost by popping it either way
    let lostDeps = 0;
    for (let d = b; d < n; d++) if (gold[d] === s0) lostDeps++;
    const h = gold[s0];
    if (st.canLeft()) left = lostDeps + (h !== b && (h === s1 || h > b) ? 1 : 0);
    if (st.canRight()) right = lostDeps + (h >= b ? 1 : 0);
  }
  return { shift, left, right };
}

/** True when a gold tree has no crossing arcs (the oracle needs projective trees). */
export function isProjective(gold: Int32Array): boolean {
  const n = gold.length;
  for (let i = 0; i < n; i++) {
    const a = Math.min(i, gold[i]);
    const b = Math.max(i, gold[i]);
    for (let j = a + 1; j < b; j++) {
      const c = Math.min(j, gold[j]);
      const d = Math.max(j, gold[j]);
      if (c < a || d > b) return false;
    }
  }
  return true;
}
