/**
 * The part of the alignment matrix the aligner searches: a band of target prefixes around
 * the diagonal (or around a path) for each source prefix, stored row by row at a fixed
 * width, so memory and time grow with the text's length times the band's width, never
 * with its square.
 */

/** The band: for each row i (source prefix), the target prefixes lo[i]..hi[i] searched. */
export class Band {
  readonly width: number;
  private constructor(
    readonly n: number,
    readonly m: number,
    /** Half-width around the diagonal, or the margin around a path. */
    readonly half: number,
    readonly lo: Int32Array,
    readonly hi: Int32Array,
  ) {
    let width = 1;
    for (let i = 0; i <= n; i++) width = Math.max(width, (hi[i] as number) - (lo[i] as number) + 1);
    this.width = width;
  }

  /** `half` target prefixes either side of the diagonal. */
  static diagonal(n: number, m: number, half: number): Band {
    const lo = new Int32Array(n + 1);
    const hi = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) {
      const centre = n === 0 ? 0 : Math.round((i * m) / n);
      lo[i] = Math.max(0, centre - half);
      hi[i] = Math.min(m, centre + half);
    }
    return new Band(n, m, half, lo, hi);
  }

  /**
   * `margin` target prefixes either side of a monotonic path from (0, 0) to (n, m), given
   * as its cells in order: where nearly all of the probability mass lies.
   */
  static around(
    n: number,
    m: number,
    cells: readonly (readonly [number, number])[],
    margin: number,
  ): Band {
    const lo = new Int32Array(n + 1).fill(m);
    const hi = new Int32Array(n + 1);
    for (let k = 1; k < cells.length; k++) {
      const [i0, j0] = cells[k - 1] as readonly [number, number];
      const [i1, j1] = cells[k] as readonly [number, number];
      for (let i = i0; i <= i1; i++) {
        lo[i] = Math.min(lo[i] as number, j0);
        hi[i] = Math.max(hi[i] as number, j1);
      }
    }
    for (let i = 0; i <= n; i++) {
      lo[i] = Math.max(0, (lo[i] as number) - margin);
      hi[i] = Math.min(m, (hi[i] as number) + margin);
    }
    return new Band(n, m, margin, lo, hi);
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
