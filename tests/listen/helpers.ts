import { vi } from 'vitest';
import { installFakeSpeech } from '../support/fake-speech';
import type { FakeSpeechController, FakeSpeechOptions } from '../support/fake-speech';
import { createPlayer } from '../../src/features/listen/player';
import type { Player, PlayerOptions, SpeechSegment } from '../../src/features/listen/player';

/** Three aligned sentences; short texts keep the fake's utterances at the 50 ms floor. */
export const SEGMENTS: readonly SpeechSegment[] = [
  { id: 's-p1-0', text: { id: 'Satu.', en: 'One.' } },
  { id: 's-p1-1', text: { id: 'Dua.', en: 'Two.' } },
  { id: 's-p1-2', text: { id: 'Tiga.', en: 'Three.' } },
];

/** Fake timing used by the tests: start after 5 ms, 10 ms per character, at least 50 ms. */
export const FAKE_TIMING: FakeSpeechOptions = { msPerChar: 10, minDurationMs: 50, startDelayMs: 5 };

export interface Harness {
  fake: FakeSpeechController;
  player: Player;
  /** `segmentId/lang` each time the player reports an utterance start (what the UI highlights). */
  highlights: string[];
  /** Texts whose utterance actually started, in order. */
  spoken(): string[];
}

const cleanups: (() => void)[] = [];

/** Installs the fake on `window` (fake timers must already be on) and creates a player. */
export function setup(
  fakeOptions: FakeSpeechOptions = {},
  playerOptions: Partial<PlayerOptions> = {},
): Harness {
  const fake = installFakeSpeech(window, { ...FAKE_TIMING, ...fakeOptions });
  const player = createPlayer({ segments: SEGMENTS, win: window, ...playerOptions });
  const highlights: string[] = [];
  let wasSpeaking = false;
  player.subscribe(() => {
    const state = player.getState();
    if (state.speaking && !wasSpeaking) highlights.push(`${state.segmentId}/${state.lang}`);
    wasSpeaking = state.speaking;
  });
  cleanups.push(() => {
    player.destroy();
    fake.uninstall();
  });
  return { fake, player, highlights, spoken: () => fake.spokenTexts() };
}

/** Tears down everything `setup` created (call from `afterEach`). */
export function cleanup(): void {
  while (cleanups.length > 0) cleanups.pop()?.();
}

/** Advances fake time 1 ms at a time until `predicate` holds; throws if it never does. */
export function advanceUntil(predicate: () => boolean, maxMs = 5000): number {
  for (let elapsed = 0; elapsed <= maxMs; elapsed += 1) {
    if (predicate()) return elapsed;
    vi.advanceTimersByTime(1);
  }
  throw new Error(`condition not reached within ${maxMs} ms`);
}
