/**
 * The part of the alignment matrix the aligner searches: a band of target prefixes around
 * the diagonal for each source prefix, stored row by row at a fixed width, so memory and
 * time grow with the text's length times the band's width, never with its square.
 */

/** The band: for each row i (source prefix), the target prefixes lo[i]..hi[i] searched. */
export class Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly width: number;
  constructor(
    readonly n: number,
    readonly m: number,
    readonly half: number,
  ) {
    this.lo = new Int32Array(n + 1);
    this.hi = new Int32Array(n + 1);
    this.width = 2 * half + 1;
    for (let i = 0; i <= n; i++) {
      const centre = n === 0 ? 0 : Math.round((i * m) / n);
      this.lo[i] = Math.max(0, centre - half);
      this.hi[i] = Math.min(m, centre + half);
    }
  }
  /** Index of cell (i, j) in band storage, or -1 outside the band. */
  at(i: number, j: number): number {
    if (i < 0 || i > this.n) return -1;
    const lo = this.lo[i] as number;
    if (j < lo || j > (this.hi[i] as number)) return -1;
    return i * this.width + (j - lo);
  }
  get size(): number {
    return (this.n + 1) * this.width;
  }
}

/** Posting-list search: the first position in `list` holding a value >= `value`. */
export function lowerBound(list: Int32Array, value: number): number {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((list[mid] as number) < value) a = mid + 1;
    else b = mid;
  }
  return a;
}
