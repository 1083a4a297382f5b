/**
 * Runs `task` when the browser is idle, or after `fallbackMs` where it cannot say (no
 * requestIdleCallback); `timeout` caps the wait for idleness. Returns a cancel function.
 */
export function whenIdle(
  task: () => void,
  { timeout, fallbackMs }: { timeout?: number; fallbackMs: number },
): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, timeout === undefined ? undefined : { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, fallbackMs);
  return () => window.clearTimeout(id);
}
