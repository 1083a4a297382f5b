/**
 * Whether a part of the app failed to load (a lazy chunk, offline for a moment): one flag
 * the app shows once as a notice, cleared when a later load succeeds or the reader
 * dismisses it. An external store, so loaders outside React can report to it.
 */
const listeners = new Set<() => void>();
let failed = false;
// Counts reports; a retrying lazy component compares it to know a failure was shown.
let reports = 0;

function set(value: boolean): void {
  if (failed === value) return;
  failed = value;
  for (const listener of listeners) listener();
}

export const loadFailures = {
  getSnapshot: (): boolean => failed,
  getServerSnapshot: (): boolean => false,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  report: (): void => {
    reports += 1;
    set(true);
  },
  /** How many failures have been reported so far. */
  reports: (): number => reports,
  clear: (): void => set(false),
};
