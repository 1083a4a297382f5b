import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeSpeech, type FakeSpeechController } from '../support/fake-speech';
import type { ListenPrefs } from '../../src/features/listen/prefs';
import { createListenSession, type ListenSession } from '../../src/features/listen/session';
import { createReadingCursor, type ReadingCursor } from '../../src/lib/readingCursor';
import { FAKE_TIMING, SEGMENTS, advanceUntil } from './helpers';

let fake: FakeSpeechController;
let cursor: ReadingCursor;
let session: ListenSession;
let saved: ListenPrefs[];
const root = document.documentElement;

function start(prefs?: ListenPrefs) {
  session = createListenSession({
    segments: SEGMENTS,
    cursor,
    win: window,
    root,
    savePrefs: (p) => saved.push(p),
    ...(prefs ? { prefs } : {}),
  });
  return session;
}

const state = () => session.player.getState();
const spoken = () => fake.spokenTexts();

beforeEach(() => {
  vi.useFakeTimers();
  fake = installFakeSpeech(window, FAKE_TIMING);
  cursor = createReadingCursor('test', { persist: false });
  saved = [];
});

afterEach(() => {
  session.dispose();
  fake.uninstall();
  vi.useRealTimers();
});

describe('a read-aloud session', () => {
  it('moves the reading cursor, as the player, to each sentence it starts', () => {
    start();
    const moves: string[] = [];
    cursor.subscribe(() => {
      const { segmentId, source } = cursor.getSnapshot();
      moves.push(`${segmentId}/${source}`);
    });
    session.toggle();
    advanceUntil(() => spoken().length === 4);
    expect(spoken()).toEqual(['Satu.', 'One.', 'Dua.', 'Two.']);
    expect(moves).toEqual(['s-p1-0/player', 's-p1-1/player']);
  });

  it('starts from the reading cursor when stopped', () => {
    start();
    cursor.set('s-p1-2', 'keyboard');
    session.toggle();
    advanceUntil(() => spoken().length === 1);
    expect(spoken()).toEqual(['Tiga.']);
  });

  it('jumps to a sentence chosen elsewhere while playing, and resumes there when paused', () => {
    start();
    session.toggle();
    advanceUntil(() => spoken().length === 1);
    cursor.set('s-p1-2', 'pointer');
    advanceUntil(() => spoken().length === 2);
    expect(spoken()).toEqual(['Satu.', 'Tiga.']);
    expect(cursor.getSnapshot()).toEqual({ segmentId: 's-p1-2', source: 'player' });

    session.toggle(); // pause
    expect(state().status).toBe('paused');
    cursor.set('s-p1-1', 'keyboard');
    expect(state().segmentId).toBe('s-p1-1');
    session.toggle(); // resume
    advanceUntil(() => spoken().length === 3);
    expect(spoken()[2]).toBe('Dua.');
  });

  it('shows where a paused player will resume when it is moved', () => {
    start();
    session.toggle();
    advanceUntil(() => spoken().length === 1);
    session.toggle();
    session.player.next();
    expect(cursor.getSnapshot()).toEqual({ segmentId: 's-p1-1', source: 'player' });
  });

  it('starts again from the beginning once the article was read to the end', () => {
    start({ mode: 'id', rate: 1, loop: false, voices: { id: null, en: null } });
    session.toggle();
    advanceUntil(() => state().status === 'idle');
    expect(spoken()).toEqual(['Satu.', 'Dua.', 'Tiga.']);
    expect(session.isFinished()).toBe(true);
    session.toggle();
    advanceUntil(() => spoken().length === 4);
    expect(spoken()[3]).toBe('Satu.');
  });

  it('but from the cursor, if the reader moved it after the end', () => {
    start({ mode: 'id', rate: 1, loop: false, voices: { id: null, en: null } });
    session.toggle();
    advanceUntil(() => state().status === 'idle');
    cursor.set('s-p1-1', 'keyboard');
    expect(session.isFinished()).toBe(false);
    session.toggle();
    advanceUntil(() => spoken().length === 4);
    expect(spoken()[3]).toBe('Dua.');
  });

  it('marks the language being spoken on <html> while playing', () => {
    start();
    expect(root.dataset.speaking).toBeUndefined();
    session.toggle();
    advanceUntil(() => state().speaking);
    expect(root.dataset.speaking).toBe('id');
    advanceUntil(() => state().lang === 'en' && state().speaking);
    expect(root.dataset.speaking).toBe('en');
    session.toggle();
    expect(root.dataset.speaking).toBeUndefined();
    session.toggle();
    advanceUntil(() => state().speaking);
    session.dispose();
    expect(root.dataset.speaking).toBeUndefined();
    expect(fake.current()).toBeNull();
  });

  it('starts with the remembered preferences and saves each change', () => {
    start({ mode: 'en', rate: 0.7, loop: false, voices: { id: null, en: null } });
    session.toggle();
    advanceUntil(() => spoken().length === 1);
    expect(fake.log[0]).toMatchObject({ text: 'One.', rate: 0.7 });
    expect(saved).toEqual([]);
    session.player.setRate(1.2);
    session.player.setLoop(true);
    session.player.setMode('id-en');
    expect(saved.at(-1)).toEqual({
      mode: 'id-en',
      rate: 1.2,
      loop: true,
      voices: { id: null, en: null },
    });
    expect(saved).toHaveLength(3);
  });

  it('is inert once disposed', () => {
    start();
    session.dispose();
    session.toggle();
    cursor.set('s-p1-1', 'keyboard');
    vi.advanceTimersByTime(500);
    expect(fake.log).toEqual([]);
  });
});
