import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` items to render: at most `first` in the commit that brings them, then
 * all of them in a transition, which React renders in small slices that yield to the
 * browser. A long list or text so paints its first screen at once instead of after every
 * item has rendered. Once released, a count stays released (a deleted item does not start
 * the list over).
 */
export function useProgressive(total: number, first: number): number {
  const [released, setReleased] = useState(first);
  useEffect(() => {
    if (released >= total) return;
    const frame = requestAnimationFrame(() => startTransition(() => setReleased(total)));
    return () => cancelAnimationFrame(frame);
  }, [released, total]);
  return Math.min(total, Math.max(released, first));
}
