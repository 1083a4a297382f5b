/**
 * A read-aloud session: the engine wired to the rest of the page. Framework-free, so the
 * wiring can be tested without React.
 *
 * - The player and the reading cursor share one notion of "the current sentence": each
 *   utterance the player starts moves the cursor (source `'player'`, which the reader
 *   highlights and follows), and a cursor moved by anything else (keyboard, a tap on a
 *   sentence, a link) makes a playing or paused player jump there.
 * - `<html data-speaking="id|en">` says which language is being spoken, for the stylesheet.
 * - Mode, speed, repeat and voices are saved whenever they change.
 */
import type { ReadingCursor } from '../../lib/readingCursor';
import { createPlayer } from './player';
import type { Player, PlayerState, SpeechHost, SpeechSegment } from './player';
import { DEFAULT_LISTEN_PREFS, type ListenPrefs } from './prefs';

/** Options of {@link createListenSession}. */
export interface ListenSessionOptions {
  segments: readonly SpeechSegment[];
  cursor: ReadingCursor;
  /** Where the Web Speech API lives (default `globalThis`). */
  win?: SpeechHost;
  /** The element that gets `data-speaking` (normally `document.documentElement`). */
  root?: HTMLElement | null;
  /** The remembered preferences the player starts with. */
  prefs?: ListenPrefs;
  /** Called with the new preferences whenever the reader changes one. */
  savePrefs?: (prefs: ListenPrefs) => void;
  /** Passed to `createPlayer` (tests shorten it). */
  voicesTimeoutMs?: number;
  /**
   * Where play starts when stopped, given the reading cursor's sentence: normally the
   * cursor's sentence if it is on screen, else the first sentence in view. Without it,
   * the cursor's sentence.
   */
  startAt?: (cursorSegmentId: string | null) => string | null;
}

/** A running session; see the file header. */
export interface ListenSession {
  readonly player: Player;
  /**
   * The play/pause button: pauses or resumes; when stopped, starts where `startAt` says
   * (by default from the reading cursor, or the beginning after the article was read to
   * the end).
   */
  toggle(): void;
  /** True after the article was read to the end, until something moves the cursor. */
  isFinished(): boolean;
  /** Stops speaking and detaches from the page; the session is inert afterwards. */
  dispose(): void;
}

function prefsOf(state: PlayerState): ListenPrefs {
  return {
    mode: state.mode,
    rate: state.rate,
    loop: state.loop,
    voices: { id: state.voicePrefs.id, en: state.voicePrefs.en },
  };
}

/** Starts a session: creates the player and connects it to the cursor and the page. */
export function createListenSession(options: ListenSessionOptions): ListenSession {
  const { cursor, root = null } = options;
  const prefs = options.prefs ?? DEFAULT_LISTEN_PREFS;
  const player = createPlayer({
    segments: options.segments,
    ...(options.win !== undefined ? { win: options.win } : {}),
    ...(options.voicesTimeoutMs !== undefined ? { voicesTimeoutMs: options.voicesTimeoutMs } : {}),
    mode: prefs.mode,
    rate: prefs.rate,
    loop: prefs.loop,
    voicePrefs: prefs.voices,
  });
  let last = player.getState();
  let finished = false;
  let disposed = false;

  function markSpeaking(state: PlayerState): void {
    if (!root) return;
    if (state.status !== 'playing') delete root.dataset.speaking;
    // Between two utterances `speaking` is briefly false: keep the attribute, so the tint
    // does not flicker from sentence to sentence.
    else if (state.speaking && state.lang) root.dataset.speaking = state.lang;
  }

  const unsubscribePlayer = player.subscribe(() => {
    const state = player.getState();
    const previous = last;
    last = state;
    if (
      state.mode !== previous.mode ||
      state.rate !== previous.rate ||
      state.loop !== previous.loop ||
      state.voicePrefs !== previous.voicePrefs
    ) {
      options.savePrefs?.(prefsOf(state));
    }
    if (
      previous.status === 'playing' &&
      state.status === 'idle' &&
      state.segmentId === null &&
      state.error === null
    ) {
      finished = true;
    }
    if (state.segmentId !== null) {
      const started =
        state.speaking &&
        !(
          previous.speaking &&
          previous.segmentId === state.segmentId &&
          previous.lang === state.lang
        );
      // Next/previous while paused move where playback resumes: show it.
      const movedWhilePaused =
        state.status === 'paused' &&
        state.segmentId !== previous.segmentId &&
        cursor.getSnapshot().segmentId !== state.segmentId;
      if (started || movedWhilePaused) cursor.set(state.segmentId, 'player');
    }
    markSpeaking(state);
  });

  const unsubscribeCursor = cursor.subscribe(() => {
    const { segmentId, source } = cursor.getSnapshot();
    if (source === 'player' || segmentId === null) return;
    finished = false;
    // Idle: nothing to do now; the next play starts from the cursor.
    if (player.getState().status !== 'idle') player.seek(segmentId);
  });

  return {
    player,
    toggle() {
      if (disposed) return;
      if (player.getState().status !== 'idle') {
        player.toggle();
        return;
      }
      const picked = cursor.getSnapshot().segmentId;
      const from = options.startAt
        ? options.startAt(finished ? null : picked)
        : finished
          ? null
          : picked;
      finished = false;
      player.play(from ?? undefined);
    },
    isFinished: () => finished,
    dispose() {
      if (disposed) return;
      disposed = true;
      unsubscribeCursor();
      unsubscribePlayer();
      player.destroy();
      if (root) delete root.dataset.speaking;
    },
  };
}

/**
 * Holds at most one session for a component, created when the component's effect attaches
 * and disposed when it detaches. React's StrictMode (development) detaches and re-attaches
 * every effect once; each attach gets a fresh player, so a destroyed one is never reused.
 * Read it with `useSyncExternalStore(holder.subscribe, holder.getState)`.
 */
export interface SessionHolder {
  /** Creates the session; returns the function that disposes of it. */
  attach(): () => void;
  subscribe(listener: () => void): () => void;
  /** The player's state, or null while no session is attached. */
  getState(): PlayerState | null;
  /** The attached session, if any (for event handlers). */
  current(): ListenSession | null;
}

/** See {@link SessionHolder}. */
export function createSessionHolder(factory: () => ListenSession): SessionHolder {
  let session: ListenSession | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of Array.from(listeners)) listener();
  };
  return {
    attach() {
      const mine = factory();
      session = mine;
      const unsubscribe = mine.player.subscribe(notify);
      notify();
      return () => {
        unsubscribe();
        mine.dispose();
        if (session === mine) session = null;
        notify();
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getState: () => session?.player.getState() ?? null,
    current: () => session,
  };
}
