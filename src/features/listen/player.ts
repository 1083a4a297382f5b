/**
 * The read-aloud engine: reads an aligned article sentence by sentence with the Web Speech API.
 * Framework-free; the UI subscribes with React's `useSyncExternalStore(player.subscribe,
 * player.getState)`.
 *
 * Design choices forced by browser quirks:
 * - One utterance per sentence and language. Chrome silently stops utterances after ~15 s
 *   (remote voices) and never fires `end` for them, so whole paragraphs are not an option.
 * - `cancel()` before every `speak()`, so nothing queued by us or by anyone else plays first.
 * - Pause = `cancel()` + remember the position; resume = speak the current sentence again from
 *   its start. Chrome on several platforms ignores `resume()` after a long pause (and Android
 *   ignores `pause()`), so the native pause/resume pair is never used.
 * - Every utterance gets a token; events carrying an old token (a cancelled utterance's
 *   `error: 'interrupted'`, or `end` in Firefox/Safari) are ignored, so they cannot move the
 *   cursor.
 * - The current utterance is kept referenced (`utterance`) because Chrome drops the events of
 *   an utterance that has been garbage-collected.
 * - Rate, voice and mode changes apply from the next utterance: restarting the sentence on
 *   every step of a rate slider would repeat the same words over and over.
 *
 * The engine never throws and never logs: failures end up in `state.error`.
 */
import { getSpeech } from '../../lib/speech/support';
import type { SpeechHost } from '../../lib/speech/support';
import { SPEECH_LANGS, pickVoice, rankVoices } from '../../lib/speech/voices';
import type { SpeechLang, VoiceLike } from '../../lib/speech/voices';

export type { SpeechLang } from '../../lib/speech/voices';
export { pickVoice, rankVoices } from '../../lib/speech/voices';
// The support check lives in its own tiny module so the top-bar launcher can use it without
// pulling the engine into the entry chunk; re-exported here so the engine's API is complete.
export { isSpeechSupported } from '../../lib/speech/support';
export type { SpeechHost } from '../../lib/speech/support';

/** What to read: Indonesian only, English only, or each Indonesian sentence then its English. */
export type PlayMode = 'id' | 'en' | 'id-en';

/** `'paused'` keeps the position; `'idle'` means stopped, finished, or never started. */
export type PlayerStatus = 'idle' | 'playing' | 'paused';

/** One aligned sentence pair. An empty (or blank) text means that side is missing: skipped. */
export interface SpeechSegment {
  /** Stable id, e.g. `'s-p1-0'`; used to seek and to highlight. */
  readonly id: string;
  readonly text: {
    /** The Indonesian sentence. */
    readonly id: string;
    /** Its English translation. */
    readonly en: string;
  };
}

/** A plain, serialisable copy of a `SpeechSynthesisVoice`. */
export interface VoiceInfo {
  readonly voiceURI: string;
  readonly name: string;
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
}

/** i18n keys of the errors the engine reports (the UI translates them). */
export type PlayerErrorKey =
  /** No `speechSynthesis` / `SpeechSynthesisUtterance` in this browser. */
  | 'listen.error.unsupported'
  /** No installed voice for any language the current mode needs. */
  | 'listen.error.noVoice'
  /** One utterance failed; the engine skipped to the next one. */
  | 'listen.error.speechFailed'
  /** Too many consecutive failures; the engine stopped. */
  | 'listen.error.tooManyErrors'
  /** The browser refused to speak (`not-allowed`: no user activation yet); stopped. */
  | 'listen.error.notAllowed';

/** An error surfaced in the state. */
export interface PlayerError {
  readonly key: PlayerErrorKey;
  /** The `SpeechSynthesisErrorEvent.error` code, when it came from the browser. */
  readonly code: string | null;
  /** The segment and language being read when it happened, if any. */
  readonly segmentId: string | null;
  readonly lang: SpeechLang | null;
}

/** Immutable snapshot; a new object after every change, the same object otherwise. */
export interface PlayerState {
  /** False when the browser has no speech synthesis; every command is then a no-op. */
  readonly supported: boolean;
  readonly status: PlayerStatus;
  /** The segment being read, or where playback resumes; null when stopped or finished. */
  readonly segmentId: string | null;
  /** Index of `segmentId` in the segments, or -1. */
  readonly segmentIndex: number;
  readonly segmentCount: number;
  /** The language of the current utterance (or of the one resume will speak). */
  readonly lang: SpeechLang | null;
  /** True between the current utterance's `start` and its end: the moment to highlight. */
  readonly speaking: boolean;
  /** Last word boundary of the current utterance (only with `trackBoundaries`). */
  readonly boundary: { readonly charIndex: number; readonly charLength: number } | null;
  readonly mode: PlayMode;
  /**
   * The language the study mode hides (blurred until asked for), or null. It is not read
   * aloud: a mode made of it alone reads the other language instead.
   */
  readonly hidden: SpeechLang | null;
  /** 0.5–1.5. */
  readonly rate: number;
  /** Repeat the current segment (in every language of the mode) instead of moving on. */
  readonly loop: boolean;
  /**
   * False while the browser has not delivered its voice list yet (Chrome loads it
   * asynchronously). `play()` in the meantime waits; `missingVoices` is empty until then.
   */
  readonly voicesReady: boolean;
  /** The user's chosen voice per language (`voiceURI`), to persist; null = automatic. */
  readonly voicePrefs: Readonly<Record<SpeechLang, string | null>>;
  /** The voice that will actually read each language (preference if installed, else best). */
  readonly voices: Readonly<Record<SpeechLang, VoiceInfo | null>>;
  /** Installed voices per language, best first (for a voice picker). */
  readonly availableVoices: Readonly<Record<SpeechLang, readonly VoiceInfo[]>>;
  /** Languages with no installed voice at all. */
  readonly missingVoices: readonly SpeechLang[];
  /**
   * Languages of the current mode that are not read because they have no voice; e.g. `['id']`
   * in `'id-en'` mode without an Indonesian voice (the English is read alone).
   */
  readonly skippedLangs: readonly SpeechLang[];
  readonly error: PlayerError | null;
}

/** Options of {@link createPlayer}. Preferences (mode, rate, voices) come from the UI's storage. */
export interface PlayerOptions {
  segments: readonly SpeechSegment[];
  /** Where to find the Web Speech API; defaults to `globalThis`. */
  win?: SpeechHost;
  /** Default `'id-en'`. */
  mode?: PlayMode;
  /** Default 1; clamped to 0.5–1.5. */
  rate?: number;
  /** Default false. */
  loop?: boolean;
  /** The user's chosen voices by `voiceURI`; ignored while not installed. */
  voicePrefs?: Partial<Record<SpeechLang, string | null>>;
  /** Stop after this many failed utterances in a row (default 3). */
  maxConsecutiveErrors?: number;
  /**
   * How long to wait for a voice list that is empty at start before concluding there are no
   * voices (default 3000 ms); some browsers (Firefox on Linux without speech-dispatcher)
   * never fire `voiceschanged`.
   */
  voicesTimeoutMs?: number;
  /** Expose `boundary` events in the state (a new snapshot per word; default false). */
  trackBoundaries?: boolean;
}

/** The engine. Methods never throw; they are bound, so they can be passed around directly. */
export interface Player {
  getState(): PlayerState;
  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /**
   * Starts (from `fromSegmentId`, the current position, or the beginning), resumes when
   * paused, or jumps when playing and `fromSegmentId` is given. Stays idle, with a
   * `'listen.error.noVoice'` error, when no language of the mode has a voice.
   */
  play(fromSegmentId?: string): void;
  /** Cancels speech and keeps the position. */
  pause(): void;
  /** Speaks the current sentence again from its start (see the file header). */
  resume(): void;
  /** Play/pause button: idle → play, playing → pause, paused → resume. */
  toggle(): void;
  /** Cancels speech and forgets the position. */
  stop(): void;
  /** Next segment (first language of the mode); no-op at the last one or when stopped. */
  next(): void;
  /** Previous segment; on the first one, restarts it. No-op when stopped. */
  previous(): void;
  /**
   * Moves to a segment: speaks it at once when playing, otherwise only moves the position
   * (resume/play starts there). Returns false for an unknown id.
   */
  seek(segmentId: string): boolean;
  /** Applies from the next utterance. */
  setMode(mode: PlayMode): void;
  /** The language the study mode hides (not read); applies from the next utterance. */
  setHidden(lang: SpeechLang | null): void;
  /** Clamped to 0.5–1.5; non-finite values are ignored. Applies from the next utterance. */
  setRate(rate: number): void;
  setLoop(loop: boolean): void;
  /** Chooses a voice by `voiceURI` (null = automatic). Applies from the next utterance. */
  setVoice(lang: SpeechLang, voiceURI: string | null): void;
  /** Replaces the article; keeps the position if its segment id still exists, else stops. */
  setSegments(segments: readonly SpeechSegment[]): void;
  clearError(): void;
  /** Stops speaking and detaches from `speechSynthesis`; the player is inert afterwards. */
  destroy(): void;
}

/** Bounds of the speaking rate. */
export const MIN_RATE = 0.5;
export const MAX_RATE = 1.5;

const MODE_LANGS: Readonly<Record<PlayMode, readonly SpeechLang[]>> = {
  id: ['id'],
  en: ['en'],
  'id-en': ['id', 'en'],
};

// Used as `utterance.lang` when no voice is known, so the browser can still pick one.
const DEFAULT_TAG: Readonly<Record<SpeechLang, string>> = { id: 'id-ID', en: 'en-US' };

const LANG_ORDER: Readonly<Record<SpeechLang, number>> = { id: 0, en: 1 };

/** Clamps a rate to {@link MIN_RATE}–{@link MAX_RATE}; non-finite input gives `fallback`. */
export function clampRate(rate: number, fallback = 1): number {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) return fallback;
  return Math.min(MAX_RATE, Math.max(MIN_RATE, rate));
}

function isPlayMode(value: unknown): value is PlayMode {
  return value === 'id' || value === 'en' || value === 'id-en';
}

function toVoiceInfo(voice: VoiceLike): VoiceInfo {
  return Object.freeze({
    voiceURI: String(voice.voiceURI || voice.name || ''),
    name: String(voice.name || ''),
    lang: String(voice.lang || ''),
    localService: Boolean(voice.localService),
    default: Boolean(voice.default),
  });
}

function sameVoiceInfos(a: readonly VoiceInfo[], b: readonly VoiceInfo[]): boolean {
  return (
    a.length === b.length &&
    a.every((v, i) => {
      const w = b[i];
      return (
        w !== undefined &&
        v.voiceURI === w.voiceURI &&
        v.name === w.name &&
        v.lang === w.lang &&
        v.localService === w.localService &&
        v.default === w.default
      );
    })
  );
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

interface Step {
  index: number;
  lang: SpeechLang;
}

/** Creates a read-aloud engine for one article. See {@link Player} and the file header. */
export function createPlayer(options: PlayerOptions): Player {
  const speech = getSpeech(options.win === undefined ? globalThis : options.win);
  const maxErrors = Math.max(1, Math.floor(options.maxConsecutiveErrors ?? 3));
  const voicesTimeoutMs = Math.max(0, options.voicesTimeoutMs ?? 3000);
  const trackBoundaries = options.trackBoundaries === true;

  let segments: readonly SpeechSegment[] = Array.isArray(options.segments)
    ? options.segments.slice()
    : [];
  let status: PlayerStatus = 'idle';
  let cursor: Step | null = null;
  let mode: PlayMode = isPlayMode(options.mode) ? options.mode : 'id-en';
  let hidden: SpeechLang | null = null;
  let rate = clampRate(options.rate ?? 1);
  let loop = options.loop === true;
  let voicePrefs: Readonly<Record<SpeechLang, string | null>> = Object.freeze({
    id: options.voicePrefs?.id ?? null,
    en: options.voicePrefs?.en ?? null,
  });

  let rawVoices: SpeechSynthesisVoice[] = [];
  let voicesReady = false;
  let chosen: Record<SpeechLang, SpeechSynthesisVoice | null> = { id: null, en: null };
  let voiceInfos: Readonly<Record<SpeechLang, VoiceInfo | null>> = Object.freeze({
    id: null,
    en: null,
  });
  let available: Readonly<Record<SpeechLang, readonly VoiceInfo[]>> = Object.freeze({
    id: Object.freeze([]),
    en: Object.freeze([]),
  });

  let speaking = false;
  let boundary: PlayerState['boundary'] = null;
  let error: PlayerError | null = speech
    ? null
    : Object.freeze({ key: 'listen.error.unsupported', code: null, segmentId: null, lang: null });

  // Incremented whenever an utterance is started or abandoned; events of older ones are stale.
  let token = 0;
  // The in-flight utterance; null while waiting for voices, paused, or idle.
  let utterance: SpeechSynthesisUtterance | null = null;
  let consecutiveErrors = 0;
  let destroyed = false;
  let voicesTimer: ReturnType<typeof setTimeout> | null = null;
  let detachVoices: () => void = () => {};

  const listeners = new Set<() => void>();
  let state: PlayerState = buildState(null);

  // ---- state -------------------------------------------------------------------------------

  function buildState(previous: PlayerState | null): PlayerState {
    const segment = cursor ? segments[cursor.index] : undefined;
    let missingVoices: readonly SpeechLang[] = voicesReady
      ? SPEECH_LANGS.filter((lang) => !chosen[lang])
      : [];
    let skippedLangs: readonly SpeechLang[] = voicesReady
      ? modeLangs().filter((lang) => !chosen[lang])
      : [];
    // Keep array identities stable so shallow comparisons (and React) see no change.
    if (previous && sameList(previous.missingVoices, missingVoices)) {
      missingVoices = previous.missingVoices;
    }
    if (previous && sameList(previous.skippedLangs, skippedLangs)) {
      skippedLangs = previous.skippedLangs;
    }
    return {
      supported: speech !== null,
      status,
      segmentId: segment ? segment.id : null,
      segmentIndex: segment && cursor ? cursor.index : -1,
      segmentCount: segments.length,
      lang: segment && cursor ? cursor.lang : null,
      speaking,
      boundary,
      mode,
      hidden,
      rate,
      loop,
      voicesReady,
      voicePrefs,
      voices: voiceInfos,
      availableVoices: available,
      missingVoices,
      skippedLangs,
      error,
    };
  }

  function commit(): void {
    if (destroyed) return;
    const next = buildState(state);
    const keys = Object.keys(next) as (keyof PlayerState)[];
    if (keys.every((key) => next[key] === state[key])) return;
    state = Object.freeze(next);
    for (const listener of Array.from(listeners)) listener();
  }

  function setError(key: PlayerErrorKey, code: string | null, at: Step | null): void {
    error = Object.freeze({
      key,
      code,
      segmentId: at ? (segments[at.index]?.id ?? null) : null,
      lang: at ? at.lang : null,
    });
  }

  // ---- voices ------------------------------------------------------------------------------

  function recomputeVoices(): void {
    const nextChosen: Record<SpeechLang, SpeechSynthesisVoice | null> = { id: null, en: null };
    const nextAvailable: Record<SpeechLang, readonly VoiceInfo[]> = { id: [], en: [] };
    const nextInfos: Record<SpeechLang, VoiceInfo | null> = { id: null, en: null };
    for (const lang of SPEECH_LANGS) {
      const ranked = rankVoices(rawVoices, lang);
      const infos = ranked.map(toVoiceInfo);
      nextAvailable[lang] = sameVoiceInfos(available[lang], infos)
        ? available[lang]
        : Object.freeze(infos);
      const pick = pickVoice(ranked, lang, voicePrefs[lang]);
      nextChosen[lang] = pick;
      const index = pick ? ranked.indexOf(pick) : -1;
      nextInfos[lang] = index >= 0 ? (nextAvailable[lang][index] ?? null) : null;
    }
    chosen = nextChosen;
    if (nextAvailable.id !== available.id || nextAvailable.en !== available.en) {
      available = Object.freeze(nextAvailable);
    }
    if (nextInfos.id !== voiceInfos.id || nextInfos.en !== voiceInfos.en) {
      voiceInfos = Object.freeze(nextInfos);
    }
  }

  function readVoices(): void {
    if (!speech) return;
    let list: SpeechSynthesisVoice[] = [];
    try {
      list = Array.from(speech.synth.getVoices() ?? []);
    } catch {
      list = [];
    }
    rawVoices = list;
    if (list.length > 0) markVoicesReady();
    recomputeVoices();
  }

  function markVoicesReady(): void {
    voicesReady = true;
    if (voicesTimer !== null) {
      clearTimeout(voicesTimer);
      voicesTimer = null;
    }
  }

  // After the voice list changed or the wait for it timed out.
  function onVoicesUpdated(): void {
    if (destroyed) return;
    commit();
    // play() pressed before the voices arrived: start now.
    if (status === 'playing' && utterance === null && voicesReady) speakFromCursor();
  }

  function attachVoices(): void {
    if (!speech) return;
    const synth = speech.synth;
    const handler = (): void => {
      readVoices();
      onVoicesUpdated();
    };
    try {
      if (typeof synth.addEventListener === 'function') {
        synth.addEventListener('voiceschanged', handler);
        detachVoices = () => synth.removeEventListener('voiceschanged', handler);
      } else {
        // Older WebKit has only the handler property; chain whatever was there before.
        const previous = synth.onvoiceschanged;
        const chained = function (this: SpeechSynthesis, event: Event): void {
          if (typeof previous === 'function') previous.call(this, event);
          handler();
        };
        synth.onvoiceschanged = chained;
        detachVoices = () => {
          if (synth.onvoiceschanged === chained) synth.onvoiceschanged = previous;
        };
      }
    } catch {
      detachVoices = () => {};
    }
  }

  // ---- steps -------------------------------------------------------------------------------

  function hasText(index: number, lang: SpeechLang): boolean {
    const text = segments[index]?.text?.[lang];
    return typeof text === 'string' && text.trim() !== '';
  }

  /** The mode's languages, less the one the study mode hides (the other when none is left). */
  function modeLangs(): readonly SpeechLang[] {
    const langs = MODE_LANGS[mode].filter((lang) => lang !== hidden);
    if (langs.length > 0) return langs;
    return SPEECH_LANGS.filter((lang) => lang !== hidden);
  }

  /** Languages that will be spoken: the mode's, minus those without a voice once known. */
  function speakableLangs(): readonly SpeechLang[] {
    return voicesReady ? modeLangs().filter((lang) => chosen[lang]) : modeLangs();
  }

  /** Languages used to position the cursor (the mode's when none can be spoken). */
  function navLangs(): readonly SpeechLang[] {
    const langs = speakableLangs();
    return langs.length > 0 ? langs : modeLangs();
  }

  /**
   * Whether (index, lang) is read with these languages: it has text, and it is not an
   * English copy of what the Indonesian just said (a byline's names, a place).
   */
  function readable(index: number, lang: SpeechLang, langs: readonly SpeechLang[]): boolean {
    if (!hasText(index, lang)) return false;
    if (lang !== 'en' || !langs.includes('id') || !hasText(index, 'id')) return true;
    const text = segments[index]?.text;
    return text?.en.trim() !== text?.id.trim();
  }

  /** First readable step at or after (index, lang); lang null = start of that segment. */
  function firstStepFrom(
    index: number,
    lang: SpeechLang | null,
    langs: readonly SpeechLang[],
  ): Step | null {
    for (let i = Math.max(0, index); i < segments.length; i += 1) {
      for (const l of langs) {
        if (i === index && lang !== null && LANG_ORDER[l] < LANG_ORDER[lang]) continue;
        if (readable(i, l, langs)) return { index: i, lang: l };
      }
    }
    return null;
  }

  function stepAfter(step: Step, langs: readonly SpeechLang[]): Step | null {
    for (const l of langs) {
      if (LANG_ORDER[l] > LANG_ORDER[step.lang] && readable(step.index, l, langs)) {
        return { index: step.index, lang: l };
      }
    }
    return firstStepFrom(step.index + 1, null, langs);
  }

  /** Cursor at the start of a segment (even one with nothing to read: playback skips it). */
  function segmentStart(index: number): Step {
    const langs = navLangs();
    const lang = langs.find((l) => hasText(index, l)) ?? langs[0] ?? 'id';
    return { index, lang };
  }

  function indexOfId(segmentId: string): number {
    return segments.findIndex((segment) => segment.id === segmentId);
  }

  // ---- speaking ----------------------------------------------------------------------------

  /** Invalidates the current utterance and silences the engine. */
  function silence(): void {
    token += 1;
    utterance = null;
    speaking = false;
    boundary = null;
    if (!speech) return;
    try {
      speech.synth.cancel();
    } catch {
      // Nothing sensible to do: the next speak() will report its own failure.
    }
  }

  /** Speaks the cursor's step (or the next readable one). Requires status 'playing'. */
  function speakFromCursor(): void {
    silence();
    if (!speech) return;
    if (!voicesReady) {
      // Wait for voiceschanged or the timeout; onVoicesUpdated() comes back here.
      commit();
      return;
    }
    const langs = speakableLangs();
    if (langs.length === 0) {
      status = 'idle';
      setError('listen.error.noVoice', null, cursor);
      commit();
      return;
    }
    const step = cursor ? firstStepFrom(cursor.index, cursor.lang, langs) : null;
    if (!step) {
      finish();
      return;
    }
    cursor = step;
    speakStep(step, langs);
  }

  function speakStep(step: Step, langs: readonly SpeechLang[]): void {
    if (!speech) return;
    const text = segments[step.index]?.text?.[step.lang] ?? '';
    const voice = chosen[step.lang];
    const myToken = token;
    let u: SpeechSynthesisUtterance;
    try {
      u = new speech.Utterance(text);
      u.lang = voice?.lang || DEFAULT_TAG[step.lang];
      if (voice) u.voice = voice;
      u.rate = rate;
    } catch {
      handleFailure('construct-failed', langs);
      return;
    }
    u.onstart = () => {
      if (myToken !== token) return;
      speaking = true;
      boundary = null;
      commit();
    };
    u.onend = () => {
      if (myToken !== token) return;
      handleEnd();
    };
    u.onerror = (event: SpeechSynthesisErrorEvent) => {
      if (myToken !== token) return;
      handleFailure(String(event?.error ?? 'unknown'), speakableLangs());
    };
    if (trackBoundaries) {
      u.onboundary = (event: SpeechSynthesisEvent) => {
        if (myToken !== token) return;
        const charIndex = Number(event?.charIndex) || 0;
        const charLength = Number(event?.charLength) || 0;
        boundary = Object.freeze({ charIndex, charLength });
        commit();
      };
    }
    utterance = u;
    commit();
    try {
      // A synthesis left paused (by another script, or Chrome after a suspended tab) would
      // queue our utterance forever.
      if (speech.synth.paused) speech.synth.resume();
      speech.synth.speak(u);
    } catch {
      if (myToken === token) handleFailure('speak-failed', langs);
    }
  }

  function handleEnd(): void {
    utterance = null;
    speaking = false;
    boundary = null;
    consecutiveErrors = 0;
    const langs = speakableLangs();
    if (!cursor || langs.length === 0) {
      speakFromCursor(); // reports the missing voice
      return;
    }
    let next = stepAfter(cursor, langs);
    if (loop && (!next || next.index !== cursor.index)) {
      next = firstStepFrom(cursor.index, null, langs);
    }
    if (!next) {
      finish();
      return;
    }
    cursor = next;
    speakFromCursor();
  }

  function handleFailure(code: string, langs: readonly SpeechLang[]): void {
    utterance = null;
    speaking = false;
    boundary = null;
    if (code === 'interrupted' || code === 'canceled') {
      // Not our cancel (that would carry a stale token): another script or the system
      // stopped speech. Keep the position so the user can resume.
      token += 1;
      status = 'paused';
      commit();
      return;
    }
    if (code === 'not-allowed') {
      // No user activation yet: every following utterance would fail the same way.
      silence();
      status = 'idle';
      setError('listen.error.notAllowed', code, cursor);
      commit();
      return;
    }
    consecutiveErrors += 1;
    if (consecutiveErrors >= maxErrors) {
      silence();
      status = 'idle';
      setError('listen.error.tooManyErrors', code, cursor);
      commit();
      return;
    }
    setError('listen.error.speechFailed', code, cursor);
    // Skip the failed utterance once (even when looping, so a broken sentence cannot spin).
    const next = cursor && langs.length > 0 ? stepAfter(cursor, langs) : null;
    if (!next) {
      if (langs.length === 0) speakFromCursor();
      else finish();
      return;
    }
    cursor = next;
    speakFromCursor();
  }

  /** End of the article. */
  function finish(): void {
    silence();
    status = 'idle';
    cursor = null;
    commit();
  }

  function resetErrors(): void {
    consecutiveErrors = 0;
    if (speech) error = null;
  }

  /** Moves the cursor; speaks at once when playing. */
  function moveTo(step: Step): void {
    resetErrors();
    cursor = step;
    if (status === 'playing') speakFromCursor();
    else commit();
  }

  // ---- commands ----------------------------------------------------------------------------

  function play(fromSegmentId?: string): void {
    if (destroyed || !speech) return;
    const from = typeof fromSegmentId === 'string' ? indexOfId(fromSegmentId) : -1;
    if (from < 0 && status === 'playing') return;
    if (from < 0 && status === 'paused') {
      resume();
      return;
    }
    resetErrors();
    if (voicesReady && speakableLangs().length === 0) {
      // Do not "play" into silence: stay idle and say why.
      setError('listen.error.noVoice', null, null);
      commit();
      return;
    }
    if (from >= 0) cursor = segmentStart(from);
    if (!cursor) {
      if (segments.length === 0) return;
      cursor = segmentStart(0);
    }
    status = 'playing';
    speakFromCursor();
  }

  function pause(): void {
    if (destroyed || status !== 'playing') return;
    silence();
    status = 'paused';
    commit();
  }

  function resume(): void {
    if (destroyed || status !== 'paused') return;
    resetErrors();
    status = 'playing';
    speakFromCursor();
  }

  function stop(): void {
    if (destroyed) return;
    // When idle nothing of ours is speaking: do not cancel someone else's speech.
    if (status !== 'idle') silence();
    status = 'idle';
    cursor = null;
    resetErrors();
    commit();
  }

  function next(): void {
    if (destroyed || !cursor) return;
    const target = firstStepFrom(cursor.index + 1, null, navLangs());
    if (target) moveTo(target);
  }

  function previous(): void {
    if (destroyed || !cursor) return;
    const langs = navLangs();
    for (let i = cursor.index - 1; i >= 0; i -= 1) {
      const lang = langs.find((l) => hasText(i, l));
      if (lang) {
        moveTo({ index: i, lang });
        return;
      }
    }
    moveTo(segmentStart(cursor.index));
  }

  function seek(segmentId: string): boolean {
    if (destroyed) return false;
    const index = indexOfId(segmentId);
    if (index < 0) return false;
    moveTo(segmentStart(index));
    return true;
  }

  function setMode(nextMode: PlayMode): void {
    if (destroyed || !isPlayMode(nextMode) || nextMode === mode) return;
    mode = nextMode;
    // While playing, the utterance in progress finishes and the new mode picks the next step.
    // Otherwise re-aim the cursor at what the new mode will read in this segment.
    if (cursor && status !== 'playing' && !navLangs().includes(cursor.lang)) {
      cursor = segmentStart(cursor.index);
    }
    commit();
  }

  function setHidden(lang: SpeechLang | null): void {
    const next = lang === 'id' || lang === 'en' ? lang : null;
    if (destroyed || next === hidden) return;
    hidden = next;
    if (cursor && status !== 'playing' && !navLangs().includes(cursor.lang)) {
      cursor = segmentStart(cursor.index);
    }
    commit();
  }

  function setRate(nextRate: number): void {
    if (destroyed || typeof nextRate !== 'number' || !Number.isFinite(nextRate)) return;
    rate = clampRate(nextRate);
    commit();
  }

  function setLoop(nextLoop: boolean): void {
    if (destroyed) return;
    loop = nextLoop === true;
    commit();
  }

  function setVoice(lang: SpeechLang, voiceURI: string | null): void {
    if (destroyed || (lang !== 'id' && lang !== 'en')) return;
    const value = typeof voiceURI === 'string' && voiceURI !== '' ? voiceURI : null;
    if (voicePrefs[lang] === value) return;
    voicePrefs = Object.freeze({ ...voicePrefs, [lang]: value });
    recomputeVoices();
    commit();
  }

  function setSegments(nextSegments: readonly SpeechSegment[]): void {
    if (destroyed) return;
    const currentId = cursor ? segments[cursor.index]?.id : undefined;
    segments = Array.isArray(nextSegments) ? nextSegments.slice() : [];
    const index = currentId === undefined ? -1 : indexOfId(currentId);
    if (cursor && index >= 0) {
      cursor = { index, lang: cursor.lang };
      commit();
      return;
    }
    if (status !== 'idle') silence();
    status = 'idle';
    cursor = null;
    commit();
  }

  function clearError(): void {
    if (destroyed || !speech) return;
    error = null;
    commit();
  }

  function destroy(): void {
    if (destroyed) return;
    if (status !== 'idle') silence();
    status = 'idle';
    commit();
    destroyed = true;
    detachVoices();
    if (voicesTimer !== null) clearTimeout(voicesTimer);
    voicesTimer = null;
    listeners.clear();
  }

  // ---- start-up ----------------------------------------------------------------------------

  if (speech) {
    readVoices();
    attachVoices();
    if (!voicesReady) {
      voicesTimer = setTimeout(() => {
        voicesTimer = null;
        markVoicesReady();
        recomputeVoices();
        onVoicesUpdated();
      }, voicesTimeoutMs);
    }
  }
  state = Object.freeze(buildState(null));

  return {
    getState: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    play,
    pause,
    resume,
    toggle: () => {
      if (status === 'playing') pause();
      else if (status === 'paused') resume();
      else play();
    },
    stop,
    next,
    previous,
    seek,
    setMode,
    setHidden,
    setRate,
    setLoop,
    setVoice,
    setSegments,
    clearError,
    destroy,
  };
}
