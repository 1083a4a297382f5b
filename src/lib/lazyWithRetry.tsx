/**
 * Loading a chunk that can fail. A lazy chunk fails to load when the network drops for a
 * moment or a deploy replaced it; a cached `import()` promise and `React.lazy` then keep the
 * failure, so the feature would stay dead until a reload. These wrappers forget a failure
 * (the next use tries again) and clear the app's load-failure notice once the failed load
 * succeeds on a later try; the `LoadBoundary` around a lazy component reports a failure (a
 * failed prefetch says nothing: the reader did not ask for anything yet).
 */
import { lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { loadFailures } from './loadFailures';

/** `load` once on success; after a failure, again on the next call. */
export function importWithRetry<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  let failed = false;
  return () => {
    loading ??= load().then(
      (module) => {
        // Only this loader's own recovery answers the notice: another chunk loading on
        // idle meanwhile says nothing about the part that failed.
        if (failed) loadFailures.clear();
        failed = false;
        return module;
      },
      (error: unknown) => {
        loading = null;
        failed = true;
        throw error;
      },
    );
    return loading;
  };
}

/** A retrying lazy component, and its loader (to prefetch it). */
export type RetryingLazy<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

export interface LazyOptions {
  /**
   * A mount that finds the chunk already loaded (prefetched, or by an earlier mount)
   * renders the component directly. Through React.lazy it would suspend once even with the
   * chunk in hand, and React holds a revealed Suspense boundary back by up to 300 ms (its
   * fallback throttle): most of the word list's opening time. Off by default: the word
   * card's placement on phones relies on the suspended first render.
   */
  direct?: boolean;
}

/**
 * `React.lazy` that tries again: after a failed load, the next mount of the component loads
 * afresh. Put it under a {@link LoadBoundary} (src/components) so the failure shows there,
 * not as the app's error page.
 */
export function lazyWithRetry<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  options: LazyOptions = {},
): RetryingLazy<P> {
  // The component once its chunk has loaded (a prefetch or an earlier mount), for `direct`.
  let loaded: ComponentType<P> | null = null;
  const loadOnce = importWithRetry(() =>
    load().then((module) => {
      loaded = module.default;
      return module;
    }),
  );
  // React.lazy keeps a rejected promise for ever, so a failed one is replaced, but only
  // once its boundary has reported the failure: React re-renders a failed tree straight
  // away, and that render must fail too (not start a second load the boundary never sees).
  let failedAt: number | null = null;
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      loadOnce().catch((error: unknown) => {
        failedAt = loadFailures.reports();
        throw error;
      }),
    );
  let current = fresh();
  function Retrying(props: P) {
    // Decided once per mount, so that a later render never swaps the lazy wrapper for the
    // component itself (which would remount it and lose its state).
    const [Ready] = useState(() => (options.direct ? loaded : null));
    if (Ready) return <Ready {...props} />;
    if (failedAt !== null && loadFailures.reports() > failedAt) {
      failedAt = null;
      current = fresh();
    }
    const Current = current;
    return <Current {...props} />;
  }
  return Object.assign(Retrying, { preload: loadOnce });
}
