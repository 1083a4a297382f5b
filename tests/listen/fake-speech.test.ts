import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeSpeech } from '../support/fake-speech';
import type { FakeSpeechController } from '../support/fake-speech';
import { FAKE_TIMING } from './helpers';

interface Recorded {
  type: string;
  at: number;
  error?: unknown;
  charIndex?: unknown;
}

let fake: FakeSpeechController | null = null;

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  fake?.uninstall();
  fake = null;
  vi.useRealTimers();
});

/** Creates an utterance that records its events (both handler properties and listeners). */
function utterance(text: string): { u: SpeechSynthesisUtterance; events: Recorded[] } {
  const u = new window.SpeechSynthesisUtterance(text);
  const events: Recorded[] = [];
  const record = (event: Event): void => {
    const e = event as Event & { error?: unknown; charIndex?: unknown };
    events.push({ type: e.type, at: Date.now(), error: e.error, charIndex: e.charIndex });
  };
  u.onstart = record;
  u.onend = record;
  u.onerror = record;
  u.addEventListener('boundary', record);
  return { u, events };
}

describe('installFakeSpeech', () => {
  it('installs both globals and the default voices', () => {
    fake = installFakeSpeech(window);
    expect(typeof window.speechSynthesis.speak).toBe('function');
    expect(typeof window.SpeechSynthesisUtterance).toBe('function');
    const langs = window.speechSynthesis.getVoices().map((v) => v.lang);
    expect(langs).toEqual(['id-ID', 'en-US']);
    expect(window.__fakeSpeechLog).toBe(fake.log);
    expect(window.__fakeSpeech).toBe(fake);
  });

  it('fires start, boundaries and end asynchronously, timed by length and rate', () => {
    fake = installFakeSpeech(window, { ...FAKE_TIMING });
    const t0 = Date.now();
    const { u, events } = utterance('Halo dunia yang indah sekali'); // 28 chars
    u.rate = 2;
    window.speechSynthesis.speak(u);
    expect(events).toEqual([]); // nothing synchronous
    expect(window.speechSynthesis.speaking).toBe(true);
    vi.runAllTimers();
    const types = events.map((e) => e.type);
    expect(types[0]).toBe('start');
    expect(types.at(-1)).toBe('end');
    expect(events.filter((e) => e.type === 'boundary').map((e) => e.charIndex)).toEqual([
      0, 5, 11, 16, 22,
    ]);
    const start = (events[0]?.at ?? Number.NaN) - t0;
    const end = (events.at(-1)?.at ?? Number.NaN) - t0;
    expect(start).toBe(5);
    expect(end - start).toBe((28 * 10) / 2);
    expect(window.speechSynthesis.speaking).toBe(false);
  });

  it('applies the duration floor', () => {
    fake = installFakeSpeech(window, { ...FAKE_TIMING, minDurationMs: 400 });
    const { u, events } = utterance('Ya');
    window.speechSynthesis.speak(u);
    vi.advanceTimersByTime(5 + 399);
    expect(events.map((e) => e.type)).toEqual(['start', 'boundary']);
    vi.advanceTimersByTime(1);
    expect(events.map((e) => e.type)).toEqual(['start', 'boundary', 'end']);
  });

  it('speaks queued utterances one after the other and logs them', () => {
    fake = installFakeSpeech(window, { ...FAKE_TIMING, boundaries: false });
    const a = utterance('Satu');
    const b = utterance('Dua');
    b.u.lang = 'id-ID';
    b.u.voice = window.speechSynthesis.getVoices()[0] ?? null;
    b.u.rate = 1.25;
    window.speechSynthesis.speak(a.u);
    window.speechSynthesis.speak(b.u);
    expect(window.speechSynthesis.pending).toBe(true);
    vi.advanceTimersByTime(55);
    expect(a.events.map((e) => e.type)).toEqual(['start', 'end']);
    expect(b.events).toEqual([]);
    vi.runAllTimers();
    expect(b.events.map((e) => e.type)).toEqual(['start', 'end']);
    expect(fake.log.map((e) => [e.nth, e.text, e.lang, e.voice, e.rate, e.outcome])).toEqual([
      [1, 'Satu', '', null, 1, 'ended'],
      [2, 'Dua', 'id-ID', 'Fake Bahasa Indonesia', 1.25, 'ended'],
    ]);
    expect(fake.spokenTexts()).toEqual(['Satu', 'Dua']);
  });

  it('cancel() interrupts the current utterance and cancels the queued ones, later', () => {
    fake = installFakeSpeech(window, { ...FAKE_TIMING });
    const a = utterance('Satu dua tiga');
    const b = utterance('Empat');
    window.speechSynthesis.speak(a.u);
    window.speechSynthesis.speak(b.u);
    vi.advanceTimersByTime(20);
    window.speechSynthesis.cancel();
    expect(a.events.map((e) => e.type)).not.toContain('error'); // not synchronous
    vi.runAllTimers();
    expect(a.events.filter((e) => e.type !== 'boundary').map((e) => [e.type, e.error])).toEqual([
      ['start', undefined],
      ['error', 'interrupted'],
    ]);
    expect(b.events.map((e) => [e.type, e.error])).toEqual([['error', 'canceled']]);
    expect(fake.log.map((e) => e.outcome)).toEqual(['interrupted', 'canceled']);
    expect(window.speechSynthesis.speaking).toBe(false);
  });

  it('can report a cancel with end (Firefox, Safari) or nothing', () => {
    fake = installFakeSpeech(window, { ...FAKE_TIMING, cancelEvent: 'end' });
    const a = utterance('Satu dua tiga');
    window.speechSynthesis.speak(a.u);
    vi.advanceTimersByTime(20);
    window.speechSynthesis.cancel();
    vi.runAllTimers();
    expect(a.events.filter((e) => e.type !== 'boundary').map((e) => e.type)).toEqual([
      'start',
      'end',
    ]);
  });

  it('pause() freezes the utterance and resume() continues it', () => {
    fake = installFakeSpeech(window, { ...FAKE_TIMING, boundaries: false });
    const a = utterance('x'.repeat(20)); // 200 ms
    window.speechSynthesis.speak(a.u);
    vi.advanceTimersByTime(105); // 100 ms spoken
    window.speechSynthesis.pause();
    expect(window.speechSynthesis.paused).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(a.events.map((e) => e.type)).toEqual(['start']);
    window.speechSynthesis.resume();
    vi.advanceTimersByTime(99);
    expect(a.events.map((e) => e.type)).toEqual(['start']);
    vi.advanceTimersByTime(1);
    expect(a.events.map((e) => e.type)).toEqual(['start', 'end']);
  });

  it('can reproduce the resume() bug, and speak() while paused only queues', () => {
    fake = installFakeSpeech(window, { ...FAKE_TIMING, ignoreResume: true });
    window.speechSynthesis.pause();
    const a = utterance('Satu');
    window.speechSynthesis.speak(a.u);
    window.speechSynthesis.resume();
    vi.advanceTimersByTime(1000);
    expect(a.events).toEqual([]);
    expect(window.speechSynthesis.paused).toBe(true);
  });

  it('delivers voices late with voiceschanged, through listeners and the handler property', () => {
    fake = installFakeSpeech(window, { voicesDelayMs: 100 });
    const seen: number[] = [];
    window.speechSynthesis.addEventListener('voiceschanged', () =>
      seen.push(window.speechSynthesis.getVoices().length),
    );
    window.speechSynthesis.onvoiceschanged = () => seen.push(-1);
    expect(window.speechSynthesis.getVoices()).toEqual([]);
    vi.advanceTimersByTime(99);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([-1, 2]);
  });

  it('can offer only the onvoiceschanged property', () => {
    fake = installFakeSpeech(window, { voicesChangedApi: 'property' });
    expect(typeof window.speechSynthesis.addEventListener).not.toBe('function');
    let fired = 0;
    window.speechSynthesis.onvoiceschanged = () => (fired += 1);
    fake.setVoices([{ name: 'Other', lang: 'en-GB' }]);
    vi.runAllTimers();
    expect(fired).toBe(1);
    expect(window.speechSynthesis.getVoices().map((v) => v.name)).toEqual(['Other']);
  });

  it('fails utterances chosen by text or by position', () => {
    fake = installFakeSpeech(window, {
      ...FAKE_TIMING,
      failures: [{ text: 'Dua' }, { nth: 3, error: 'audio-busy', afterStart: true }],
    });
    const all = ['Satu', 'Dua', 'Tiga', 'Dua'].map(utterance);
    for (const { u } of all) window.speechSynthesis.speak(u);
    vi.runAllTimers();
    const summary = all.map(({ events }) =>
      events.filter((e) => e.type !== 'boundary').map((e) => (e.error ? `${e.error}` : e.type)),
    );
    expect(summary).toEqual([
      ['start', 'end'],
      ['synthesis-failed'], // fails before start, like Chrome
      ['start', 'audio-busy'],
      ['start', 'end'], // the text rule was used up
    ]);
    expect(fake.spokenTexts()).toEqual(['Satu', 'Tiga', 'Dua']);
    fake.addFailure({ text: 'Lima', times: Infinity });
    const more = ['Lima', 'Lima'].map(utterance);
    for (const { u } of more) window.speechSynthesis.speak(u);
    vi.runAllTimers();
    expect(more.map(({ events }) => events.map((e) => e.type))).toEqual([['error'], ['error']]);
  });

  it('is self-contained, so it can be serialised for addInitScript', () => {
    // Rebuild the function from its source text: any reference to module scope would throw.
    const rebuilt = new Function(`return (${installFakeSpeech.toString()})`)() as (
      win: object,
      options?: object,
    ) => FakeSpeechController;
    const target: Record<string, unknown> = {};
    const controller = rebuilt(target, JSON.parse(JSON.stringify(FAKE_TIMING)));
    const synth = target.speechSynthesis as SpeechSynthesis;
    const Utterance = target.SpeechSynthesisUtterance as typeof SpeechSynthesisUtterance;
    let ended = false;
    const u = new Utterance('Halo');
    u.onend = () => (ended = true);
    synth.speak(u);
    vi.runAllTimers();
    expect(ended).toBe(true);
    expect((target.__fakeSpeechLog as unknown[]).length).toBe(1);
    controller.uninstall();
    expect(target.speechSynthesis).toBeUndefined();
  });

  it('works when injected as a script, as documented for Playwright', () => {
    vi.useRealTimers();
    const dom = new JSDOM('<!doctype html><p>page</p>', { runScripts: 'outside-only' });
    const options = { voices: [{ name: 'Damayanti', lang: 'id-ID' }] };
    dom.window.eval(`(${installFakeSpeech.toString()})(window, ${JSON.stringify(options)});`);
    const voices = dom.window.eval('speechSynthesis.getVoices().map((v) => v.name).join()');
    expect(voices).toBe('Damayanti');
    dom.window.eval("speechSynthesis.speak(new SpeechSynthesisUtterance('Halo'))");
    expect(dom.window.eval('window.__fakeSpeechLog.length')).toBe(1);
    dom.window.close();
  });
});
