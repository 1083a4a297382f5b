/**
 * The reader's first sign of use: a pointer moving or pressed, a touch, a key, focus, a
 * scroll. The parts of the page that only answer the reader (sentence linking, the word
 * runtime, the end-of-text action, the settings' controls) load then, not on idle, so a
 * first visit that only looks fetches the entry alone.
 *
 * A click or key that arrives before those parts is held (the last few), and the part that
 * answers it takes them once it has loaded ({@link takeHeldInput}), so the tap that woke the
 * page is not lost.
 */
import { useSyncExternalStore } from 'react';

const USE_EVENTS = [
  'pointermove',
  'pointerdown',
  'touchstart',
  'keydown',
  'focusin',
  'wheel',
  'scroll',
] as const;
const HELD_EVENTS = ['click', 'keydown'] as const;
/** Enough for a tap and a few keys; older input is stale by the time anything loads. */
const MAX_HELD = 4;
/**
 * How long held input stays answerable. The parts load within a moment of the first use;
 * input older than this was meant for something else (keys pressed in the library before
 * the reader opened a text, say) and is dropped.
 */
const HELD_FOR_MS = 3000;

let used = false;
let holding = true;
let held: { event: Event; at: number }[] = [];
const listeners = new Set<() => void>();

function onUse(): void {
  if (used) return;
  used = true;
  for (const type of USE_EVENTS) window.removeEventListener(type, onUse, true);
  for (const listener of listeners) listener();
}

function hold(event: Event): void {
  if (!holding) return;
  held = [...held.slice(-(MAX_HELD - 1)), { event, at: Date.now() }];
}

let listening = false;
function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  const options = { capture: true, passive: true } as const;
  for (const type of USE_EVENTS) window.addEventListener(type, onUse, options);
  for (const type of HELD_EVENTS) window.addEventListener(type, hold, options);
}

// From the start, in the browser: the first use may come before any part that waits for it
// has mounted (a stored text still loading from IndexedDB, the page still hydrating).
listen();

function subscribe(listener: () => void): () => void {
  listen();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** False on the server, in hydration and until the reader first does something. */
export function useFirstUse(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => used,
    () => false,
  );
}

/** Calls `run` once the reader first does something (at once if they already have). */
export function onFirstUse(run: () => void): () => void {
  if (used) {
    run();
    return () => {};
  }
  const listener = () => {
    listeners.delete(listener);
    run();
  };
  return subscribe(listener);
}

/**
 * The clicks and keys that came while the parts answering them loaded, oldest first; from
 * now on nothing more is held (the caller's own listeners are in place).
 */
export function takeHeldInput(): Event[] {
  const now = Date.now();
  const taken = held.filter(({ at }) => now - at <= HELD_FOR_MS).map(({ event }) => event);
  held = [];
  holding = false;
  for (const type of HELD_EVENTS) window.removeEventListener(type, hold, true);
  return taken;
}

/** Tests: as on a fresh page. */
export function resetFirstUseForTests(): void {
  if (typeof window !== 'undefined') {
    for (const type of USE_EVENTS) window.removeEventListener(type, onUse, true);
    for (const type of HELD_EVENTS) window.removeEventListener(type, hold, true);
  }
  used = false;
  holding = true;
  held = [];
  listening = false;
  listeners.clear();
}
