/**
 * The heights of a long list's rows and their running totals, for windowing: where row `i`
 * starts, which row is at a given offset, and the whole height, each in O(log n); a measured
 * height changes one row in O(log n) too (a Fenwick tree), so scrolling through 10,000 rows,
 * measuring each as it appears, never re-adds the whole list.
 */
export class RowSizes {
  readonly count: number;
  private readonly sizes: Float64Array;
  private readonly tree: Float64Array;
  private readonly index = new Map<string, number>();

  /** Rows `keys`, each at its `known` height or else at `estimate`. */
  constructor(keys: readonly string[], known: ReadonlyMap<string, number>, estimate: number) {
    this.count = keys.length;
    this.sizes = new Float64Array(this.count);
    this.tree = new Float64Array(this.count + 1);
    keys.forEach((key, row) => {
      this.index.set(key, row);
      const size = known.get(key) ?? estimate;
      this.sizes[row] = size;
      this.tree[row + 1] = size;
    });
    // Linear-time build: each node passes its sum on to its parent.
    for (let node = 1; node <= this.count; node++) {
      const parent = node + (node & -node);
      if (parent <= this.count)
        this.tree[parent] = (this.tree[parent] ?? 0) + (this.tree[node] ?? 0);
    }
  }

  /** Sets the height of the row with `key`; false when it had that height (or is absent). */
  set(key: string, size: number): boolean {
    const row = this.index.get(key);
    if (row === undefined) return false;
    const delta = size - (this.sizes[row] ?? 0);
    if (delta === 0) return false;
    this.sizes[row] = size;
    for (let node = row + 1; node <= this.count; node += node & -node) {
      this.tree[node] = (this.tree[node] ?? 0) + delta;
    }
    return true;
  }

  /** Where row `row` starts (the sum of the heights before it); `count` gives the total. */
  start(row: number): number {
    let sum = 0;
    for (let node = Math.min(row, this.count); node > 0; node -= node & -node) {
      sum += this.tree[node] ?? 0;
    }
    return sum;
  }

  /** The row at offset `y` (the last row when `y` is past the end; 0 for an empty list). */
  rowAt(y: number): number {
    let row = 0;
    let left = y;
    let step = 1;
    while (step * 2 <= this.count) step *= 2;
    for (; step > 0; step >>= 1) {
      const next = row + step;
      if (next <= this.count && (this.tree[next] ?? 0) <= left) {
        row = next;
        left -= this.tree[next] ?? 0;
      }
    }
    return Math.min(row, Math.max(0, this.count - 1));
  }
}
