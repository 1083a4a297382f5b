/**
 * What the page knows about a newer version of the app: nothing yet, or one is installed and
 * waiting for the reader's word. A tiny external store, so the service-worker code (loaded on
 * idle) and the notice (rendered with the app) share it without importing each other.
 */

/** A task that must finish before the page reloads into the new version (saving a draft). */
export type BeforeUpdateTask = () => Promise<void> | void;

export interface UpdateState {
  /** A new version is installed and waiting. */
  ready: boolean;
  /** Switches to the waiting version and reloads; set together with `ready`. */
  apply: (() => Promise<void>) | null;
}

const IDLE: UpdateState = { ready: false, apply: null };
let state: UpdateState = IDLE;
const listeners = new Set<() => void>();
const beforeUpdate = new Set<BeforeUpdateTask>();

export function getUpdateState(): UpdateState {
  return state;
}

export function subscribeToUpdates(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Announces a waiting version; `activate` tells it to take over (the page then reloads). */
export function announceUpdate(activate: () => void): void {
  state = {
    ready: true,
    apply: async () => {
      // Whatever is being edited is saved first: a reload must never lose work.
      await Promise.allSettled([...beforeUpdate].map(async (task) => task()));
      activate();
    },
  };
  for (const listener of listeners) listener();
}

/** Registers work to finish before an update reloads the page; returns its removal. */
export function onBeforeUpdate(task: BeforeUpdateTask): () => void {
  beforeUpdate.add(task);
  return () => beforeUpdate.delete(task);
}

/** Tests: back to no update (components mounted later read the reset state). */
export function resetUpdateStateForTests(): void {
  state = IDLE;
  beforeUpdate.clear();
}
