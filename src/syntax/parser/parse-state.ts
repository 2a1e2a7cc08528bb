// State of the arc-hybrid transition system. Words are 0..n-1; the artificial ROOT is word n and
// sits at the end of the buffer, so it takes its one dependent last. Moves (classes of the move
// model; an arc's label is chosen by the label model once the move is known):
//   SHIFT  push the buffer front
//   LEFT   the stack top becomes a dependent of the buffer front; pop
//   RIGHT  the stack top becomes a dependent of the word below it; pop
// The state also keeps what the features read: nearest two left/right children, valencies and
// the sets of labels on each side.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = 3;

export class ParseState {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 0;
  /** Buffer front; n means only ROOT is left. */
  b = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    const words = (fill: number): Int32Array => new Int32Array(n + 1).fill(fill);
    this.heads = words(-1);
    this.labels = words(-1);
    this.left1 = words(-1);
    this.left2 = words(-1);
    this.right1 = words(-1);
    this.right2 = words(-1);
    this.leftCount = words(0);
    this.rightCount = words(0);
    this.leftLabels = words(0);
    this.rightLabels = words(0);
  }

  get done(): boolean {
    return this.b === this.n && this.sp === 0;
  }

  /** Stack item i from the top (0 = top), or -1. */
  s(i: number): number {
    return i < this.sp ? this.stack[this.sp - 1 - i] : -1;
  }

  canShift(): boolean {
    return this.b < this.n;
  }

  canLeft(): boolean {
    return this.sp >= 1 && (this.b < this.n || this.sp === 1);
  }

  canRight(): boolean {
    return this.sp >= 2;
  }

  isValid(move: number): boolean {
    return move === SHIFT ? this.canShift() : move === LEFT ? this.canLeft() : this.canRight();
  }

  /** The move when exactly one is valid, else -1. */
  onlyValidMove(): number {
    const shift = this.canShift(), left = this.canLeft(), right = this.canRight();
    if (Number(shift) + Number(left) + Number(right) !== 1) return -1;
    return shift ? SHIFT : left ? LEFT : RIGHT;
  }

  /** The head the stack top would get from an arc move. */
  headFor(move: number): number {
    return move === LEFT ? this.b : this.s(1);
  }

  private attach(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    const bit = 1 << (label & 31);
    if (dep < head) {
      this.left2[head] = this.left1[head];
      this.left1[head] = dep;
      this.leftCount[head]++;
      this.leftLabels[head] |= bit;
    } else {
      this.right2[head] = this.right1[head];
      this.right1[head] = dep;
      this.rightCount[head]++;
      this.rightLabels[head] |= bit;
    }
  }

  /** Applies a move; `label` is the arc's label (ignored for SHIFT). */
  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const head = this.headFor(move);
    this.attach(head, this.stack[--this.sp], label);
  }
}
