/**
 * The windowing's running totals agree with adding the heights up one by one, after any
 * sequence of measurements.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowSizes } from '../../src/features/words/list/rowSizes';

describe('row sizes', () => {
  it('start, rowAt and set agree with a plain running sum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 400 })), { maxLength: 20 }),
        (initial, changes) => {
          const keys = initial.map((_, index) => `k${index}`);
          const heights = [...initial];
          const sizes = new RowSizes(
            keys,
            new Map(keys.map((key, i) => [key, initial[i] ?? 0])),
            99,
          );
          for (const [at, height] of changes) {
            const row = at % keys.length;
            expect(sizes.set(`k${row}`, height)).toBe(heights[row] !== height);
            heights[row] = height;
          }
          let sum = 0;
          for (let row = 0; row < heights.length; row++) {
            expect(sizes.start(row)).toBe(sum);
            expect(sizes.rowAt(sum)).toBe(row);
            expect(sizes.rowAt(sum + (heights[row] ?? 0) - 0.5)).toBe(row);
            sum += heights[row] ?? 0;
          }
          expect(sizes.start(heights.length)).toBe(sum);
          expect(sizes.rowAt(sum + 1000)).toBe(heights.length - 1);
        },
      ),
    );
  });

  it('reckons unmeasured rows at the estimate', () => {
    const sizes = new RowSizes(['a', 'b', 'c'], new Map([['b', 10]]), 100);
    expect(sizes.start(3)).toBe(210);
    expect(sizes.rowAt(105)).toBe(1);
  });
});
