/**
 * The one place that touches `localStorage`. Every access is wrapped: storage can be
 * disabled (private mode, policy), full, or hold something another version wrote, and
 * none of that may break reading.
 */

/** Every key the app stores, in one place so they cannot collide or drift. */
export const STORAGE_KEYS = {
  preferences: 'sanding:preferences:v1',
  cursor: 'sanding:cursor:v1',
  listen: 'sanding:listen:v1',
  /** When each built-in text was last opened (stored texts keep it in IndexedDB). */
  opened: 'sanding:opened:v1',
} as const;
export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The raw string stored under `key`, or null when absent or unreadable. */
export function readRaw(key: StorageKey): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether a write has been refused during this visit (storage full, disabled, or throwing),
 * so the app can say once that settings will not be remembered.
 */
const refusalListeners = new Set<() => void>();
let refused = false;
export const storageRefusals = {
  getSnapshot: (): boolean => refused,
  getServerSnapshot: (): boolean => false,
  subscribe(listener: () => void): () => void {
    refusalListeners.add(listener);
    return () => refusalListeners.delete(listener);
  },
};

function refuse(): false {
  if (!refused) {
    refused = true;
    for (const listener of refusalListeners) listener();
  }
  return false;
}

/** Tests: forget an earlier refusal. */
export function resetStorageRefusalsForTests(): void {
  refused = false;
}

/** Stores `value` as JSON; returns false (and changes nothing) when storage refuses. */
export function writeJson(key: StorageKey, value: unknown): boolean {
  try {
    const target = storage();
    if (!target) return refuse();
    target.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return refuse();
  }
}
