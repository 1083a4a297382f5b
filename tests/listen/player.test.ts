import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { clampRate, createPlayer, isSpeechSupported } from '../../src/features/listen/player';
import type { SpeechSegment } from '../../src/features/listen/player';
import { SEGMENTS, advanceUntil, cleanup, setup } from './helpers';

let consoleError: MockInstance;
let consoleWarn: MockInstance;

beforeEach(() => {
  vi.useFakeTimers();
  consoleError = vi.spyOn(console, 'error');
  consoleWarn = vi.spyOn(console, 'warn');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  // The engine must never log (errors go to the state).
  expect(consoleError).not.toHaveBeenCalled();
  expect(consoleWarn).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe('playing through an article', () => {
  it("reads Indonesian only in 'id' mode, with the Indonesian voice", () => {
    const h = setup({}, { mode: 'id' });
    h.player.play();
    expect(h.player.getState().status).toBe('playing');
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'Dua.', 'Tiga.']);
    expect(h.highlights).toEqual(['s-p1-0/id', 's-p1-1/id', 's-p1-2/id']);
    expect(new Set(h.fake.log.map((e) => `${e.lang} ${e.voice}`))).toEqual(
      new Set(['id-ID Fake Bahasa Indonesia']),
    );
    const end = h.player.getState();
    expect(end.status).toBe('idle');
    expect(end.segmentId).toBeNull();
    expect(end.error).toBeNull();
  });

  it("reads English only in 'en' mode, with the English voice", () => {
    const h = setup({}, { mode: 'en' });
    h.player.play();
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['One.', 'Two.', 'Three.']);
    expect(h.highlights).toEqual(['s-p1-0/en', 's-p1-1/en', 's-p1-2/en']);
    expect(new Set(h.fake.log.map((e) => `${e.lang} ${e.voice}`))).toEqual(
      new Set(['en-US Fake US English']),
    );
  });

  it("reads each Indonesian sentence then its English in 'id-en' mode", () => {
    const h = setup({}, { mode: 'id-en' });
    h.player.play();
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'One.', 'Dua.', 'Two.', 'Tiga.', 'Three.']);
    expect(h.highlights).toEqual([
      's-p1-0/id',
      's-p1-0/en',
      's-p1-1/id',
      's-p1-1/en',
      's-p1-2/id',
      's-p1-2/en',
    ]);
    // One utterance per sentence and language, and never two at once.
    expect(h.fake.log).toHaveLength(6);
    expect(h.fake.log.every((e) => e.outcome === 'ended')).toBe(true);
  });

  it('skips missing sides and empty segments', () => {
    const segments: SpeechSegment[] = [
      { id: 'a', text: { id: 'Satu.', en: '' } },
      { id: 'b', text: { id: '  ', en: '' } },
      { id: 'c', text: { id: '', en: 'Three.' } },
    ];
    const h = setup({}, { segments, mode: 'id-en' });
    h.player.play();
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'Three.']);
    expect(h.highlights).toEqual(['a/id', 'c/en']);
  });

  it('marks the sentence as speaking only from the utterance start event', () => {
    const h = setup({}, { mode: 'id' });
    h.player.play();
    const before = h.player.getState();
    expect(before.segmentId).toBe('s-p1-0');
    expect(before.speaking).toBe(false);
    vi.advanceTimersByTime(5);
    expect(h.player.getState().speaking).toBe(true);
  });

  it('gives useSyncExternalStore a stable, immutable snapshot', () => {
    const h = setup();
    const a = h.player.getState();
    expect(h.player.getState()).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    let calls = 0;
    const unsubscribe = h.player.subscribe(() => (calls += 1));
    h.player.setLoop(true);
    const b = h.player.getState();
    expect(b).not.toBe(a);
    expect(b.loop).toBe(true);
    expect(a.loop).toBe(false);
    expect(calls).toBe(1);
    expect(b.availableVoices).toBe(a.availableVoices); // unchanged parts keep their identity
    h.player.setLoop(true); // no change, no notification
    expect(calls).toBe(1);
    unsubscribe();
    h.player.setLoop(false);
    expect(calls).toBe(1);
  });
});

describe('pause and resume', () => {
  it('pause cancels speech; resume re-speaks the current sentence from its start', () => {
    const h = setup({}, { mode: 'id' });
    h.player.play();
    advanceUntil(() => h.player.getState().segmentId === 's-p1-1' && h.player.getState().speaking);
    vi.advanceTimersByTime(20); // in the middle of "Dua."
    h.player.pause();
    let state = h.player.getState();
    expect(state.status).toBe('paused');
    expect(state.segmentId).toBe('s-p1-1');
    expect(state.lang).toBe('id');
    expect(state.speaking).toBe(false);
    expect(window.speechSynthesis.speaking).toBe(false);
    expect(h.fake.log.at(-1)).toMatchObject({ text: 'Dua.', outcome: 'interrupted' });

    vi.advanceTimersByTime(10_000); // a long pause: nothing else is said
    expect(h.spoken()).toEqual(['Satu.', 'Dua.']);
    expect(h.player.getState()).toBe(state);

    h.player.resume();
    state = h.player.getState();
    expect(state.status).toBe('playing');
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'Dua.', 'Dua.', 'Tiga.']);
    expect(h.player.getState().status).toBe('idle');
  });

  it('does not rely on speechSynthesis.resume(), which Chrome may ignore', () => {
    const h = setup({ ignoreResume: true }, { mode: 'en' });
    h.player.play();
    vi.advanceTimersByTime(20);
    h.player.pause();
    vi.advanceTimersByTime(60_000);
    h.player.resume();
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['One.', 'One.', 'Two.', 'Three.']);
  });

  it('toggle plays, pauses and resumes', () => {
    const h = setup({}, { mode: 'id' });
    h.player.toggle();
    expect(h.player.getState().status).toBe('playing');
    vi.advanceTimersByTime(20);
    h.player.toggle();
    expect(h.player.getState().status).toBe('paused');
    h.player.toggle();
    expect(h.player.getState().status).toBe('playing');
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'Satu.', 'Dua.', 'Tiga.']);
  });

  it('play() while paused resumes, and play() while playing changes nothing', () => {
    const h = setup({}, { mode: 'id' });
    h.player.play();
    vi.advanceTimersByTime(20);
    h.player.play();
    expect(h.fake.log).toHaveLength(1);
    h.player.pause();
    h.player.play();
    expect(h.player.getState().status).toBe('playing');
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'Satu.', 'Dua.', 'Tiga.']);
  });

  it('treats an interruption by someone else as a pause', () => {
    const h = setup({}, { mode: 'id' });
    h.player.play();
    vi.advanceTimersByTime(20);
    window.speechSynthesis.cancel(); // e.g. another script on the page
    vi.advanceTimersByTime(1);
    expect(h.player.getState()).toMatchObject({
      status: 'paused',
      segmentId: 's-p1-0',
      error: null,
    });
    vi.advanceTimersByTime(1000);
    expect(h.spoken()).toEqual(['Satu.']);
  });

  it('stop cancels speech and forgets the position', () => {
    const h = setup({}, { mode: 'id' });
    h.player.play();
    advanceUntil(() => h.player.getState().segmentId === 's-p1-1' && h.player.getState().speaking);
    h.player.stop();
    expect(h.player.getState()).toMatchObject({ status: 'idle', segmentId: null, lang: null });
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'Dua.']);
    h.player.play();
    vi.runAllTimers();
    expect(h.spoken().slice(2)).toEqual(['Satu.', 'Dua.', 'Tiga.']);
  });
});

describe('navigation', () => {
  it('next and previous jump at once while playing', () => {
    const h = setup({}, { mode: 'id-en' });
    h.player.play();
    vi.advanceTimersByTime(20); // speaking "Satu."
    h.player.next();
    expect(h.player.getState()).toMatchObject({ segmentId: 's-p1-1', lang: 'id' });
    vi.advanceTimersByTime(20); // speaking "Dua."
    h.player.next();
    vi.advanceTimersByTime(20); // speaking "Tiga."
    h.player.previous();
    vi.advanceTimersByTime(20); // speaking "Dua." again
    h.player.previous();
    vi.advanceTimersByTime(20); // speaking "Satu." again
    h.player.previous(); // on the first segment: restart it
    vi.runAllTimers();
    expect(h.spoken()).toEqual([
      'Satu.',
      'Dua.',
      'Tiga.',
      'Dua.',
      'Satu.',
      'Satu.',
      'One.',
      'Dua.',
      'Two.',
      'Tiga.',
      'Three.',
    ]);
  });

  it('previous from the English half goes to the previous segment', () => {
    const h = setup({}, { mode: 'id-en' });
    h.player.play('s-p1-1');
    advanceUntil(() => h.player.getState().lang === 'en' && h.player.getState().speaking);
    h.player.previous();
    expect(h.player.getState()).toMatchObject({ segmentId: 's-p1-0', lang: 'id' });
  });

  it('next on the last segment does nothing', () => {
    const h = setup({}, { mode: 'id' });
    h.player.play('s-p1-2');
    vi.advanceTimersByTime(20);
    h.player.next();
    expect(h.player.getState().segmentId).toBe('s-p1-2');
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Tiga.']);
  });

  it('moves the position without speaking while paused', () => {
    const h = setup({}, { mode: 'id' });
    h.player.play();
    vi.advanceTimersByTime(20);
    h.player.pause();
    h.player.next();
    h.player.next();
    expect(h.player.getState()).toMatchObject({ status: 'paused', segmentId: 's-p1-2' });
    vi.advanceTimersByTime(1000);
    expect(h.spoken()).toEqual(['Satu.']);
    h.player.resume();
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'Tiga.']);
  });

  it('seek jumps to a clicked sentence while playing', () => {
    const h = setup({}, { mode: 'id-en' });
    h.player.play();
    vi.advanceTimersByTime(20);
    expect(h.player.seek('s-p1-2')).toBe(true);
    expect(h.player.getState()).toMatchObject({ segmentId: 's-p1-2', lang: 'id' });
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'Tiga.', 'Three.']);
  });

  it('seek to an unknown id changes nothing', () => {
    const h = setup({}, { mode: 'id' });
    h.player.play();
    vi.advanceTimersByTime(20);
    const before = h.player.getState();
    expect(h.player.seek('nope')).toBe(false);
    expect(h.player.getState()).toBe(before);
  });

  it('seek while idle only selects; play then starts there', () => {
    const h = setup({}, { mode: 'id' });
    h.player.seek('s-p1-1');
    expect(h.player.getState()).toMatchObject({ status: 'idle', segmentId: 's-p1-1' });
    vi.advanceTimersByTime(1000);
    expect(h.fake.log).toHaveLength(0);
    h.player.play();
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Dua.', 'Tiga.']);
  });

  it('play(id) starts from that sentence', () => {
    const h = setup({}, { mode: 'en' });
    h.player.play('s-p1-1');
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Two.', 'Three.']);
  });
});

describe('loop', () => {
  it('repeats the current segment in every language of the mode', () => {
    const h = setup({}, { mode: 'id-en', loop: true });
    h.player.play('s-p1-1');
    advanceUntil(() => h.spoken().length === 6);
    expect(h.spoken()).toEqual(['Dua.', 'Two.', 'Dua.', 'Two.', 'Dua.', 'Two.']);
    h.player.setLoop(false);
    vi.runAllTimers();
    expect(h.spoken().slice(6)).toEqual(['Tiga.', 'Three.']);
    expect(h.player.getState().status).toBe('idle');
  });

  it('loops the segment reached with next', () => {
    const h = setup({}, { mode: 'id', loop: true });
    h.player.play();
    vi.advanceTimersByTime(20);
    h.player.next();
    advanceUntil(() => h.spoken().length === 4);
    expect(h.spoken()).toEqual(['Satu.', 'Dua.', 'Dua.', 'Dua.']);
  });
});

describe('rate', () => {
  it('clamps to 0.5–1.5 and ignores non-finite values', () => {
    expect(clampRate(2)).toBe(1.5);
    expect(clampRate(0.1)).toBe(0.5);
    expect(clampRate(0.8)).toBe(0.8);
    expect(clampRate(Number.NaN)).toBe(1);
    const h = setup({}, { rate: 3 });
    expect(h.player.getState().rate).toBe(1.5);
    h.player.setRate(0.2);
    expect(h.player.getState().rate).toBe(0.5);
    h.player.setRate(Number.NaN);
    h.player.setRate(Number.POSITIVE_INFINITY);
    expect(h.player.getState().rate).toBe(0.5);
  });

  it('applies a new rate from the next utterance, without restarting the current one', () => {
    const h = setup({ boundaries: false }, { mode: 'id' });
    h.player.play();
    vi.advanceTimersByTime(20);
    h.player.setRate(1.25);
    expect(h.fake.log).toHaveLength(1); // no restart
    vi.runAllTimers();
    expect(h.fake.log.map((e) => [e.text, e.rate, e.outcome])).toEqual([
      ['Satu.', 1, 'ended'],
      ['Dua.', 1.25, 'ended'],
      ['Tiga.', 1.25, 'ended'],
    ]);
  });

  it('a slower rate makes the fake speak longer', () => {
    const long: SpeechSegment[] = [{ id: 'x', text: { id: 'a'.repeat(30), en: '' } }];
    const h = setup({}, { segments: long, mode: 'id', rate: 0.5 });
    h.player.play();
    const elapsed = advanceUntil(() => h.player.getState().status === 'idle');
    expect(elapsed).toBe(5 + (30 * 10) / 0.5);
  });
});

describe('mode changes', () => {
  it('switching mode while playing applies after the current utterance', () => {
    const h = setup({}, { mode: 'id' });
    h.player.play();
    vi.advanceTimersByTime(20);
    h.player.setMode('id-en');
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'One.', 'Dua.', 'Two.', 'Tiga.', 'Three.']);
  });

  it('switching mode while paused re-aims the position at the new language', () => {
    const h = setup({}, { mode: 'id' });
    h.player.play('s-p1-1');
    vi.advanceTimersByTime(20);
    h.player.pause();
    h.player.setMode('en');
    expect(h.player.getState()).toMatchObject({ segmentId: 's-p1-1', lang: 'en', mode: 'en' });
    h.player.resume();
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Dua.', 'Two.', 'Three.']);
  });
});

describe('errors', () => {
  it('skips a failing sentence once, surfaces the error, and goes on', () => {
    const h = setup({ failures: [{ text: 'Dua.' }] }, { mode: 'id' });
    h.player.play();
    advanceUntil(() => h.player.getState().error !== null);
    expect(h.player.getState().error).toEqual({
      key: 'listen.error.speechFailed',
      code: 'synthesis-failed',
      segmentId: 's-p1-1',
      lang: 'id',
    });
    expect(h.player.getState().status).toBe('playing');
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'Tiga.']);
    expect(h.fake.log.map((e) => e.text)).toEqual(['Satu.', 'Dua.', 'Tiga.']); // no retry
    expect(h.player.getState().status).toBe('idle');
    expect(h.player.getState().error?.key).toBe('listen.error.speechFailed');
  });

  it('in id-en mode a failed Indonesian sentence still gets its English', () => {
    const h = setup({ failures: [{ text: 'Dua.', afterStart: true }] }, { mode: 'id-en' });
    h.player.play();
    vi.runAllTimers();
    expect(h.fake.log.map((e) => [e.text, e.outcome])).toEqual([
      ['Satu.', 'ended'],
      ['One.', 'ended'],
      ['Dua.', 'error'],
      ['Two.', 'ended'],
      ['Tiga.', 'ended'],
      ['Three.', 'ended'],
    ]);
  });

  it('stops after N consecutive errors', () => {
    const segments: SpeechSegment[] = Array.from({ length: 6 }, (_, i) => ({
      id: `s${i}`,
      text: { id: `Kalimat ${i}.`, en: '' },
    }));
    const h = setup(
      { failures: [{ times: Infinity }] },
      { segments, mode: 'id', maxConsecutiveErrors: 3 },
    );
    h.player.play();
    vi.runAllTimers();
    expect(h.fake.log.map((e) => e.text)).toEqual(['Kalimat 0.', 'Kalimat 1.', 'Kalimat 2.']);
    expect(h.player.getState()).toMatchObject({
      status: 'idle',
      segmentId: 's2',
      error: { key: 'listen.error.tooManyErrors', code: 'synthesis-failed', segmentId: 's2' },
    });
    // The user can try again from there; a user action clears the error.
    h.player.play();
    expect(h.player.getState().error).toBeNull();
  });

  it('a success resets the count of consecutive errors', () => {
    const segments: SpeechSegment[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
      id,
      text: { id: id.toUpperCase(), en: '' },
    }));
    const h = setup(
      { failures: [{ text: 'A' }, { text: 'C' }, { text: 'E' }] },
      { segments, mode: 'id', maxConsecutiveErrors: 2 },
    );
    h.player.play();
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['B', 'D']);
    expect(h.player.getState().error?.key).toBe('listen.error.speechFailed');
  });

  it("stops at once on 'not-allowed' (no user activation)", () => {
    const h = setup({ failures: [{ nth: 1, error: 'not-allowed' }] }, { mode: 'id' });
    h.player.play();
    vi.runAllTimers();
    expect(h.fake.log).toHaveLength(1);
    expect(h.player.getState()).toMatchObject({
      status: 'idle',
      error: { key: 'listen.error.notAllowed' },
    });
  });
});

describe('cancellation and stale events', () => {
  for (const cancelEvent of ['error', 'end'] as const) {
    it(`events of a cancelled utterance do not move the cursor (cancel fires '${cancelEvent}')`, () => {
      const h = setup({ cancelEvent }, { mode: 'id' });
      h.player.play();
      vi.advanceTimersByTime(20);
      h.player.next(); // cancels "Satu."; its late event must not advance past "Dua."
      expect(h.player.getState().segmentId).toBe('s-p1-1');
      vi.advanceTimersByTime(1);
      expect(h.player.getState()).toMatchObject({ status: 'playing', segmentId: 's-p1-1' });
      vi.runAllTimers();
      expect(h.spoken()).toEqual(['Satu.', 'Dua.', 'Tiga.']);
      expect(h.player.getState().error).toBeNull();
    });
  }

  it('ignores a late end from an old utterance object', () => {
    const h = setup({ cancelEvent: 'none' }, { mode: 'id' });
    h.player.play();
    vi.advanceTimersByTime(20);
    const first = h.fake.current();
    expect(first?.text).toBe('Satu.');
    h.player.seek('s-p1-1');
    vi.advanceTimersByTime(10);
    const before = h.player.getState();
    first?.onend?.call(first, new Event('end') as SpeechSynthesisEvent);
    first?.onerror?.call(first, { error: 'network' } as unknown as SpeechSynthesisErrorEvent);
    expect(h.player.getState()).toBe(before);
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'Dua.', 'Tiga.']);
  });

  it('always cancels before speaking, so nothing queued elsewhere plays first', () => {
    const h = setup({}, { mode: 'id' });
    window.speechSynthesis.speak(new window.SpeechSynthesisUtterance('Someone else'));
    window.speechSynthesis.speak(new window.SpeechSynthesisUtterance('Queued too'));
    h.player.play();
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'Dua.', 'Tiga.']);
  });

  it('destroy silences and detaches', () => {
    const h = setup({}, { mode: 'id' });
    h.player.play();
    vi.advanceTimersByTime(20);
    h.player.destroy();
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.']);
    expect(window.speechSynthesis.speaking).toBe(false);
    h.player.play();
    expect(h.fake.log).toHaveLength(1);
  });
});

describe('voices', () => {
  it('exposes chosen and available voices per language', () => {
    const h = setup({
      voices: [
        { name: 'Andika', lang: 'id-ID', voiceURI: 'andika' },
        { name: 'Damayanti', lang: 'id-ID', voiceURI: 'damayanti' },
        { name: 'Karen', lang: 'en-AU', voiceURI: 'karen' },
        { name: 'Samantha', lang: 'en-US', voiceURI: 'samantha' },
      ],
    });
    const state = h.player.getState();
    expect(state.voicesReady).toBe(true);
    expect(state.voices.id?.voiceURI).toBe('damayanti');
    expect(state.voices.en?.voiceURI).toBe('samantha');
    expect(state.availableVoices.id.map((v) => v.name)).toEqual(['Damayanti', 'Andika']);
    expect(state.availableVoices.en.map((v) => v.name)).toEqual(['Samantha', 'Karen']);
    expect(state.missingVoices).toEqual([]);
    expect(state.voicePrefs).toEqual({ id: null, en: null });
  });

  it('uses the preferred voice (by voiceURI) and lets the user change it', () => {
    const h = setup(
      {
        voices: [
          { name: 'Andika', lang: 'id-ID', voiceURI: 'andika' },
          { name: 'Damayanti', lang: 'id-ID', voiceURI: 'damayanti' },
          { name: 'Samantha', lang: 'en-US' },
        ],
      },
      { mode: 'id', voicePrefs: { id: 'andika' } },
    );
    expect(h.player.getState().voices.id?.name).toBe('Andika');
    h.player.play();
    vi.advanceTimersByTime(20);
    h.player.setVoice('id', 'damayanti');
    expect(h.player.getState().voicePrefs.id).toBe('damayanti');
    vi.runAllTimers();
    expect(h.fake.log.map((e) => e.voice)).toEqual(['Andika', 'Damayanti', 'Damayanti']);
    h.player.setVoice('id', 'uninstalled');
    expect(h.player.getState().voicePrefs.id).toBe('uninstalled');
    expect(h.player.getState().voices.id?.name).toBe('Damayanti'); // best available
  });

  it('waits for voices that arrive late (voiceschanged listener)', () => {
    const h = setup({ voicesDelayMs: 200 }, { mode: 'id' });
    expect(h.player.getState()).toMatchObject({ voicesReady: false, missingVoices: [] });
    h.player.play();
    expect(h.player.getState().status).toBe('playing');
    vi.advanceTimersByTime(199);
    expect(h.fake.log).toHaveLength(0);
    vi.advanceTimersByTime(1);
    const state = h.player.getState();
    expect(state.voicesReady).toBe(true);
    expect(state.voices.id?.name).toBe('Fake Bahasa Indonesia');
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Satu.', 'Dua.', 'Tiga.']);
    expect(h.fake.log[0]?.voice).toBe('Fake Bahasa Indonesia');
  });

  it('also hears voiceschanged when only onvoiceschanged exists, keeping the page handler', () => {
    const fake = setup({ voicesDelayMs: 100, voicesChangedApi: 'property' }).fake;
    // A handler the page installed before the player: it must keep being called.
    let pageHandlerCalls = 0;
    window.speechSynthesis.onvoiceschanged = () => (pageHandlerCalls += 1);
    const player = createPlayer({ segments: SEGMENTS, win: window, mode: 'en' });
    player.play();
    vi.advanceTimersByTime(100);
    expect(pageHandlerCalls).toBe(1);
    expect(player.getState().voicesReady).toBe(true);
    vi.runAllTimers();
    expect(fake.spokenTexts()).toEqual(['One.', 'Two.', 'Three.']);
    player.destroy();
    fake.setVoices([{ name: 'X', lang: 'en-US' }]);
    vi.runAllTimers();
    expect(pageHandlerCalls).toBe(2); // the page's handler was restored
  });

  it('updates the voices when the list changes later', () => {
    const h = setup({ voices: [{ name: 'Samantha', lang: 'en-US' }] });
    expect(h.player.getState().missingVoices).toEqual(['id']);
    h.fake.setVoices([
      { name: 'Samantha', lang: 'en-US' },
      { name: 'Google Bahasa Indonesia', lang: 'id-ID', localService: false },
    ]);
    vi.runAllTimers();
    expect(h.player.getState().missingVoices).toEqual([]);
    expect(h.player.getState().voices.id?.name).toBe('Google Bahasa Indonesia');
  });

  it('concludes there are no voices when the list never arrives', () => {
    const h = setup({ voices: [] }, { mode: 'id-en', voicesTimeoutMs: 1000 });
    h.player.play();
    expect(h.player.getState()).toMatchObject({ status: 'playing', voicesReady: false });
    vi.advanceTimersByTime(1000);
    expect(h.player.getState()).toMatchObject({
      status: 'idle',
      voicesReady: true,
      missingVoices: ['id', 'en'],
      skippedLangs: ['id', 'en'],
      error: { key: 'listen.error.noVoice' },
    });
    expect(h.fake.log).toHaveLength(0);
  });
});

describe('missing voices', () => {
  it("in 'id' mode without an Indonesian voice, stays idle and reports it", () => {
    const h = setup({ voices: [{ name: 'Samantha', lang: 'en-US' }] }, { mode: 'id' });
    h.player.play();
    vi.runAllTimers();
    const state = h.player.getState();
    expect(state.status).toBe('idle');
    expect(state.missingVoices).toEqual(['id']);
    expect(state.skippedLangs).toEqual(['id']);
    expect(state.error?.key).toBe('listen.error.noVoice');
    expect(h.fake.log).toHaveLength(0);
  });

  it("in 'id-en' mode without an Indonesian voice, reads the English and says so", () => {
    const h = setup({ voices: [{ name: 'Samantha', lang: 'en-US' }] }, { mode: 'id-en' });
    expect(h.player.getState().skippedLangs).toEqual(['id']);
    h.player.play();
    expect(h.player.getState()).toMatchObject({ status: 'playing', lang: 'en' });
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['One.', 'Two.', 'Three.']);
    expect(h.fake.log.every((e) => e.voice === 'Samantha')).toBe(true);
  });

  it("the English-only fallback ends when the mode changes to 'en'", () => {
    const h = setup({ voices: [{ name: 'Samantha', lang: 'en-US' }] }, { mode: 'id-en' });
    h.player.setMode('en');
    expect(h.player.getState().skippedLangs).toEqual([]);
    expect(h.player.getState().missingVoices).toEqual(['id']);
  });
});

describe('without speech synthesis', () => {
  it('isSpeechSupported checks both globals', () => {
    expect(isSpeechSupported(window)).toBe(false); // jsdom has neither
    expect(isSpeechSupported({})).toBe(false);
    expect(isSpeechSupported(null)).toBe(false);
    const h = setup();
    expect(isSpeechSupported(window)).toBe(true);
    expect(isSpeechSupported({ speechSynthesis: window.speechSynthesis })).toBe(false);
    expect(isSpeechSupported({ SpeechSynthesisUtterance: window.SpeechSynthesisUtterance })).toBe(
      false,
    );
    h.fake.uninstall();
    expect(isSpeechSupported(window)).toBe(false);
  });

  it('creates an inert player that never throws', () => {
    const player = createPlayer({ segments: SEGMENTS, win: window });
    const state = player.getState();
    expect(state).toMatchObject({
      supported: false,
      status: 'idle',
      error: { key: 'listen.error.unsupported' },
    });
    expect(() => {
      player.play();
      player.toggle();
      player.next();
      player.previous();
      player.seek('s-p1-1');
      player.setRate(1.2);
      player.setMode('en');
      player.clearError();
      player.pause();
      player.resume();
      player.stop();
      vi.runAllTimers();
    }).not.toThrow();
    expect(player.getState().status).toBe('idle');
    expect(player.getState().error?.key).toBe('listen.error.unsupported');
    player.destroy();
  });
});

describe('setSegments', () => {
  it('keeps the position when the current segment still exists, else stops', () => {
    const h = setup({}, { mode: 'id' });
    h.player.play('s-p1-1');
    vi.advanceTimersByTime(20);
    h.player.setSegments([{ id: 'new', text: { id: 'Baru.', en: '' } }, ...SEGMENTS]);
    expect(h.player.getState()).toMatchObject({ segmentId: 's-p1-1', segmentIndex: 2 });
    vi.advanceTimersByTime(20);
    h.player.setSegments([{ id: 'other', text: { id: 'Lain.', en: '' } }]);
    expect(h.player.getState()).toMatchObject({ status: 'idle', segmentId: null });
    vi.runAllTimers();
    expect(h.spoken()).toEqual(['Dua.']);
    expect(window.speechSynthesis.speaking).toBe(false);
  });
});
