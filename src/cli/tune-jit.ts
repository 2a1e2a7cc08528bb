// Less optimizing-compiler work: V8 optimizes a function once it has run for its "interrupt budget"
// of bytecode, and extraction has hundreds of warm functions (ours and compromise's) that it then
// compiles, and after deoptimizations compiles again, on background threads, in every worker
// thread anew. With V8's default budget that compiling cost about 40% on top of the extracting
// thread's own CPU time; a budget 7-8 times larger leaves the hot functions optimized a little later
// and skips most of the rest, for about 17% less CPU in all and the same time on the extracting
// thread (docs/scale.md). Set once, first thing in the CLI; the flag is process-wide, so it holds for
// every worker thread started after it.
import v8 from 'node:v8';

/** Bytecode units a function runs before V8 considers optimizing it (V8's default: 67,584). */
export const INTERRUPT_BUDGET = 500_000;

v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
