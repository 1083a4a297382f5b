/**
 * A faithful, self-contained fake of the Web Speech API's speech synthesis half
 * (`speechSynthesis` + `SpeechSynthesisUtterance`) for unit tests (jsdom has none) and for
 * end-to-end tests in a real browser.
 *
 * `installFakeSpeech` must stay self-contained: it may only use its parameters and true
 * globals, never imports or module-level values, because end-to-end tests serialise it with
 * `installFakeSpeech.toString()` and inject it with Playwright's `page.addInitScript(fn, options)`.
 * Only type declarations live outside it (they are erased at compile time). For the same reason
 * its options are plain JSON (no callbacks), and runtime control goes through the returned
 * controller, also published as `window.__fakeSpeech`.
 *
 * Behaviour modelled on Chrome and the spec:
 * - `speak()` queues; utterances are spoken one at a time; every event fires from a timer,
 *   never synchronously inside the call that caused it.
 * - `cancel()` empties the queue: the utterance being spoken gets `error` with `'interrupted'`,
 *   queued ones get `error` with `'canceled'` (configurable: Firefox/Safari fire `end`).
 * - `pause()`/`resume()` freeze and continue the current utterance; `speak()` while paused only
 *   queues. `ignoreResume` reproduces Chrome's "resume does nothing" bug.
 * - Voices may load late: `getVoices()` returns `[]` until `voiceschanged` fires.
 */

/** A voice description given to the fake; missing fields get sensible defaults. */
export interface FakeVoice {
  name: string;
  lang: string;
  /** Defaults to `name`, as in Chrome. */
  voiceURI?: string;
  /** Defaults to `true`. */
  localService?: boolean;
  /** Defaults to `false`. */
  default?: boolean;
}

/**
 * Makes one utterance fail with an `error` event. Matches by exact `text` and/or by `nth`
 * (1-based count of `speak()` calls since installation). A rule is used up after `times`
 * matches (default 1).
 */
export interface FakeSpeechFailure {
  text?: string;
  nth?: number;
  /** The `SpeechSynthesisErrorEvent.error` code; defaults to `'synthesis-failed'`. */
  error?: string;
  /** Fire `start` first and fail mid-utterance (default: fail before `start`, like Chrome). */
  afterStart?: boolean;
  /**
   * How many matching utterances fail (default 1). Use `Infinity` in unit tests, or a large
   * number when the options cross JSON (Playwright), where `Infinity` becomes `null`.
   */
  times?: number;
}

/** Options of {@link installFakeSpeech}; all JSON-serialisable so Playwright can pass them. */
export interface FakeSpeechOptions {
  /** Installed voices; default one `id-ID` and one `en-US` voice. */
  voices?: FakeVoice[];
  /**
   * When set, `getVoices()` returns `[]` at first and the voices arrive after this many ms
   * with a `voiceschanged` event (Chrome's behaviour on first load).
   */
  voicesDelayMs?: number | null;
  /** Speaking time per character at rate 1, divided by the utterance's rate (default 50). */
  msPerChar?: number;
  /** Floor for an utterance's duration in ms (default 100). */
  minDurationMs?: number;
  /** Delay between `speak()` (or the previous `end`) and `start` (default 5 ms). */
  startDelayMs?: number;
  /** Utterances that fail with an `error` event. */
  failures?: FakeSpeechFailure[];
  /** What a cancelled utterance receives: `'error'` (spec/Chrome, default), `'end'`, `'none'`. */
  cancelEvent?: 'error' | 'end' | 'none';
  /**
   * `'both'` (default): `speechSynthesis` has `addEventListener` and `onvoiceschanged`.
   * `'property'`: only `onvoiceschanged` exists (older WebKit).
   */
  voicesChangedApi?: 'both' | 'property';
  /** Fire `boundary` events at word starts (default true). */
  boundaries?: boolean;
  /** Reproduce Chrome's bug where `resume()` is ignored: speech stays paused (default false). */
  ignoreResume?: boolean;
}

/** One `speak()` call, recorded in order on `window.__fakeSpeechLog`. */
export interface FakeSpeechLogEntry {
  /** 1-based count of `speak()` calls. */
  nth: number;
  text: string;
  lang: string;
  /** `utterance.voice.name`, or null when no voice was set. */
  voice: string | null;
  voiceURI: string | null;
  rate: number;
  pitch: number;
  volume: number;
  /** Whether `start` fired (the utterance was actually heard, at least in part). */
  started: boolean;
  /** Updated as the utterance progresses. */
  outcome: 'queued' | 'speaking' | 'ended' | 'interrupted' | 'canceled' | 'error';
  /** The error code when `outcome` is `'error'`, `'interrupted'` or `'canceled'`. */
  error: string | null;
}

/** Runtime control of an installed fake; also available as `window.__fakeSpeech`. */
export interface FakeSpeechController {
  /** Same array as `window.__fakeSpeechLog`. */
  readonly log: FakeSpeechLogEntry[];
  /** Texts of the utterances that actually started, in order (convenience over `log`). */
  spokenTexts(): string[];
  /** Replaces the voice list and fires `voiceschanged` asynchronously. */
  setVoices(voices: FakeVoice[]): void;
  /** Adds a failure rule at runtime. */
  addFailure(failure: FakeSpeechFailure): void;
  /** The utterance being spoken (started, not ended), if any. */
  current(): SpeechSynthesisUtterance | null;
  /** Removes the fake from the window (and any pending timers). */
  uninstall(): void;
}

declare global {
  interface Window {
    /** Set by {@link installFakeSpeech}. */
    __fakeSpeechLog?: FakeSpeechLogEntry[];
    /** Set by {@link installFakeSpeech}. */
    __fakeSpeech?: FakeSpeechController;
  }
}

/**
 * Installs a fake `speechSynthesis` and `SpeechSynthesisUtterance` on `win` (replacing any real
 * ones) and returns a controller. Self-contained: safe to serialise with `.toString()`.
 *
 * Playwright's `addInitScript(fn, arg)` passes a single argument, so inject it as source:
 * ```ts
 * await page.addInitScript({
 *   content: `(${installFakeSpeech.toString()})(window, ${JSON.stringify(options)});`,
 * });
 * // later: await page.evaluate(() => window.__fakeSpeechLog)
 * ```
 */
export function installFakeSpeech(
  win: object,
  options: FakeSpeechOptions = {},
): FakeSpeechController {
  // Everything below must only reference `win`, `options` and true globals (see file header).
  type Listener = (event: FakeEvent) => void;
  interface FakeEvent {
    type: string;
    target: unknown;
    currentTarget: unknown;
    [key: string]: unknown;
  }
  interface Job {
    utterance: FakeUtterance;
    entry: FakeSpeechLogEntry;
    failure: FakeSpeechFailure | null;
    /** Remaining speaking time in ms (reduced when paused). */
    remaining: number;
    /** Timestamp of the last (re)start of the speaking timer, for pause bookkeeping. */
    resumedAt: number;
    started: boolean;
    timers: unknown[];
  }

  const w = win as Record<string, unknown>;
  const opts = options || {};
  const msPerChar = typeof opts.msPerChar === 'number' ? opts.msPerChar : 50;
  const minDuration = typeof opts.minDurationMs === 'number' ? opts.minDurationMs : 100;
  const startDelay = typeof opts.startDelayMs === 'number' ? opts.startDelayMs : 5;
  const cancelEvent = opts.cancelEvent || 'error';
  const boundaries = opts.boundaries !== false;
  const failures: FakeSpeechFailure[] = (opts.failures || []).map((f) => ({ ...f }));
  const log: FakeSpeechLogEntry[] = [];

  // Timers are looked up on every call, so test fake timers installed later still apply.
  function timerHost(): Record<string, unknown> {
    return typeof w.setTimeout === 'function' ? w : (globalThis as Record<string, unknown>);
  }
  const allTimers = new Set<unknown>();
  function later(fn: () => void, ms: number): unknown {
    const host = timerHost();
    const id = (host.setTimeout as (f: () => void, t: number) => unknown).call(
      host,
      () => {
        allTimers.delete(id);
        fn();
      },
      Math.max(0, ms),
    );
    allTimers.add(id);
    return id;
  }
  function clearLater(id: unknown): void {
    const host = timerHost();
    allTimers.delete(id);
    (host.clearTimeout as (t: unknown) => void).call(host, id);
  }
  // Date.now (not performance.now) so that test fake timers control it too.
  function now(): number {
    return Date.now();
  }

  function normaliseVoices(list: FakeVoice[]): SpeechSynthesisVoice[] {
    return list.map((v) =>
      Object.freeze({
        name: v.name,
        lang: v.lang,
        voiceURI: v.voiceURI || v.name,
        localService: v.localService !== false,
        default: v.default === true,
      }),
    ) as unknown as SpeechSynthesisVoice[];
  }

  function dispatch(target: FakeEventTarget, type: string, extra: Record<string, unknown>): void {
    const event: FakeEvent = { ...extra, type, target, currentTarget: target };
    const handler = (target as unknown as Record<string, unknown>)['on' + type];
    if (typeof handler === 'function') handler.call(target, event);
    const list = target.listeners[type];
    if (list) for (const fn of list.slice()) fn.call(target, event);
  }

  class FakeEventTarget {
    listeners: Record<string, Listener[]> = {};
    addEventListener(type: string, fn: Listener | null): void {
      if (typeof fn !== 'function') return;
      const list = this.listeners[type] || (this.listeners[type] = []);
      if (list.indexOf(fn) < 0) list.push(fn);
    }
    removeEventListener(type: string, fn: Listener | null): void {
      const list = this.listeners[type];
      if (!list) return;
      const i = list.indexOf(fn as Listener);
      if (i >= 0) list.splice(i, 1);
    }
    dispatchEvent(event: { type: string }): boolean {
      dispatch(this, event.type, event as Record<string, unknown>);
      return true;
    }
  }

  class FakeUtterance extends FakeEventTarget {
    text: string;
    lang = '';
    voice: SpeechSynthesisVoice | null = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    onstart: Listener | null = null;
    onend: Listener | null = null;
    onerror: Listener | null = null;
    onpause: Listener | null = null;
    onresume: Listener | null = null;
    onmark: Listener | null = null;
    onboundary: Listener | null = null;
    constructor(text?: string) {
      super();
      this.text = text === undefined ? '' : String(text);
    }
  }

  let voices = normaliseVoices(
    opts.voices || [
      { name: 'Fake Bahasa Indonesia', lang: 'id-ID' },
      { name: 'Fake US English', lang: 'en-US', default: true },
    ],
  );
  let voicesVisible = !(typeof opts.voicesDelayMs === 'number' && opts.voicesDelayMs >= 0);
  let queue: Job[] = [];
  let active: Job | null = null;
  let paused = false;
  let speakCount = 0;

  function utteranceEvent(job: Job, extra: Record<string, unknown>): Record<string, unknown> {
    return {
      utterance: job.utterance,
      charIndex: 0,
      charLength: 0,
      elapsedTime: 0,
      name: '',
      ...extra,
    };
  }

  function durationOf(u: FakeUtterance): number {
    const rate = u.rate > 0 ? u.rate : 1;
    return Math.max(minDuration, (u.text.length * msPerChar) / rate);
  }

  function findFailure(u: FakeUtterance, nth: number): FakeSpeechFailure | null {
    for (const f of failures) {
      const left = f.times === undefined ? 1 : f.times;
      if (left <= 0) continue;
      const textOk = f.text === undefined || f.text === u.text;
      const nthOk = f.nth === undefined || f.nth === nth;
      if (textOk && nthOk) {
        f.times = left - 1;
        return f;
      }
    }
    return null;
  }

  function finish(job: Job, outcome: 'ended' | 'error', error: string | null): void {
    for (const t of job.timers) clearLater(t);
    job.timers = [];
    job.entry.outcome = outcome;
    job.entry.error = error;
    if (active === job) active = null;
    if (outcome === 'ended') dispatch(job.utterance, 'end', utteranceEvent(job, {}));
    else dispatch(job.utterance, 'error', utteranceEvent(job, { error }));
    startNext();
  }

  // Schedules boundary events for the words not yet reached, and the end (or mid-way failure).
  function runSpeakingTimers(job: Job): void {
    const u = job.utterance;
    const total = durationOf(u);
    const elapsed = total - job.remaining;
    job.resumedAt = now();
    if (boundaries && u.text.length > 0) {
      const re = /\S+/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(u.text))) {
        const at = (m.index / u.text.length) * total;
        if (at < elapsed) continue;
        const charIndex = m.index;
        const charLength = m[0].length;
        job.timers.push(
          later(
            () =>
              dispatch(
                u,
                'boundary',
                utteranceEvent(job, { charIndex, charLength, name: 'word', elapsedTime: at }),
              ),
            at - elapsed,
          ),
        );
      }
    }
    if (job.failure && job.failure.afterStart) {
      const code = job.failure.error || 'synthesis-failed';
      job.timers.push(later(() => finish(job, 'error', code), Math.max(0, job.remaining / 2)));
    } else {
      job.timers.push(later(() => finish(job, 'ended', null), job.remaining));
    }
  }

  function startNext(): void {
    if (active || paused) return;
    const job = queue.shift();
    if (!job) return;
    active = job;
    job.timers.push(
      later(() => {
        if (active !== job) return;
        if (job.failure && !job.failure.afterStart) {
          finish(job, 'error', job.failure.error || 'synthesis-failed');
          return;
        }
        job.started = true;
        job.resumedAt = now();
        job.entry.started = true;
        job.entry.outcome = 'speaking';
        dispatch(job.utterance, 'start', utteranceEvent(job, {}));
        if (active !== job || paused) return; // cancelled or paused from the start handler
        runSpeakingTimers(job);
      }, startDelay),
    );
  }

  function dropJob(job: Job, code: 'interrupted' | 'canceled'): void {
    for (const t of job.timers) clearLater(t);
    job.timers = [];
    job.entry.outcome = code;
    job.entry.error = code;
    if (cancelEvent === 'none') return;
    // Like the real API, the events of a cancelled utterance arrive later, from a task.
    later(() => {
      if (cancelEvent === 'end') dispatch(job.utterance, 'end', utteranceEvent(job, {}));
      else dispatch(job.utterance, 'error', utteranceEvent(job, { error: code }));
    }, 0);
  }

  class FakeSpeechSynthesis extends FakeEventTarget {
    onvoiceschanged: Listener | null = null;
    get speaking(): boolean {
      return active !== null;
    }
    get pending(): boolean {
      return queue.length > 0;
    }
    get paused(): boolean {
      return paused;
    }
    getVoices(): SpeechSynthesisVoice[] {
      return voicesVisible ? voices.slice() : [];
    }
    speak(utterance: SpeechSynthesisUtterance): void {
      if (!(utterance instanceof FakeUtterance)) {
        throw new TypeError("Failed to execute 'speak': parameter 1 is not an utterance.");
      }
      speakCount += 1;
      const v = utterance.voice;
      const entry: FakeSpeechLogEntry = {
        nth: speakCount,
        text: utterance.text,
        lang: utterance.lang,
        voice: v ? v.name : null,
        voiceURI: v ? v.voiceURI : null,
        rate: utterance.rate,
        pitch: utterance.pitch,
        volume: utterance.volume,
        started: false,
        outcome: 'queued',
        error: null,
      };
      log.push(entry);
      queue.push({
        utterance,
        entry,
        failure: findFailure(utterance, speakCount),
        remaining: durationOf(utterance),
        resumedAt: 0,
        started: false,
        timers: [],
      });
      startNext();
    }
    cancel(): void {
      const dropped = queue;
      queue = [];
      const current = active;
      active = null;
      if (current) dropJob(current, current.started ? 'interrupted' : 'canceled');
      for (const job of dropped) dropJob(job, 'canceled');
    }
    pause(): void {
      if (paused) return;
      paused = true;
      const job = active;
      if (!job) return;
      for (const t of job.timers) clearLater(t);
      job.timers = [];
      if (!job.started) return; // its start is re-scheduled by resume()
      job.remaining = Math.max(0, job.remaining - (now() - job.resumedAt));
      later(() => dispatch(job.utterance, 'pause', utteranceEvent(job, {})), 0);
    }
    resume(): void {
      if (!paused || opts.ignoreResume) return;
      paused = false;
      const job = active;
      if (job && job.started) {
        later(() => dispatch(job.utterance, 'resume', utteranceEvent(job, {})), 0);
        runSpeakingTimers(job);
      } else if (job) {
        // Paused between speak() and start: start it now.
        active = null;
        queue.unshift(job);
        startNext();
      } else {
        startNext();
      }
    }
  }

  const synth = new FakeSpeechSynthesis();
  if (opts.voicesChangedApi === 'property') {
    // Older WebKit: no EventTarget methods on speechSynthesis, only the handler property.
    const s = synth as unknown as Record<string, unknown>;
    s.addEventListener = undefined;
    s.removeEventListener = undefined;
    s.dispatchEvent = undefined;
  }

  function fireVoicesChanged(): void {
    later(() => dispatch(synth, 'voiceschanged', {}), 0);
  }

  if (!voicesVisible) {
    later(() => {
      voicesVisible = true;
      dispatch(synth, 'voiceschanged', {});
    }, opts.voicesDelayMs as number);
  }

  // Own properties shadow the real accessors on Window.prototype, if any.
  function define(name: string, value: unknown): void {
    Object.defineProperty(w, name, { value, configurable: true, writable: true });
  }

  const controller: FakeSpeechController = {
    log,
    spokenTexts: () => log.filter((e) => e.started).map((e) => e.text),
    setVoices(list: FakeVoice[]) {
      voices = normaliseVoices(list);
      voicesVisible = true;
      fireVoicesChanged();
    },
    addFailure(failure: FakeSpeechFailure) {
      failures.push({ ...failure });
    },
    current: () =>
      active && active.started ? (active.utterance as unknown as SpeechSynthesisUtterance) : null,
    uninstall() {
      for (const t of Array.from(allTimers)) clearLater(t);
      queue = [];
      active = null;
      for (const name of [
        'speechSynthesis',
        'SpeechSynthesisUtterance',
        '__fakeSpeechLog',
        '__fakeSpeech',
      ]) {
        Reflect.deleteProperty(w, name);
      }
    },
  };

  define('speechSynthesis', synth);
  define('SpeechSynthesisUtterance', FakeUtterance);
  define('__fakeSpeechLog', log);
  define('__fakeSpeech', controller);
  return controller;
}
