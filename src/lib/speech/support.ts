/**
 * Whether the browser can speak at all. Kept apart from the engine (`player.ts`) because the
 * top-bar launcher needs this check on every page load, while the engine is only loaded on
 * first use: anything imported here ends up in the entry chunk, so keep it tiny.
 */

/** The parts of `window` the engine uses; pass a fake in tests. */
export interface SpeechHost {
  speechSynthesis?: SpeechSynthesis | null;
  SpeechSynthesisUtterance?: (new (text?: string) => SpeechSynthesisUtterance) | null;
}

/** The two halves of the Web Speech API's synthesis, or null when either is missing. */
export function getSpeech(
  win: SpeechHost | null | undefined,
): { synth: SpeechSynthesis; Utterance: new (text?: string) => SpeechSynthesisUtterance } | null {
  try {
    if (!win) return null;
    const synth = win.speechSynthesis;
    const Utterance = win.SpeechSynthesisUtterance;
    if (!synth || typeof synth.speak !== 'function' || typeof Utterance !== 'function') {
      return null;
    }
    return { synth, Utterance };
  } catch {
    // Some sandboxed frames throw on access instead of returning undefined.
    return null;
  }
}

/** Whether `win` (default `globalThis`) has both `speechSynthesis` and `SpeechSynthesisUtterance`. */
export function isSpeechSupported(win: SpeechHost | null | undefined = globalThis): boolean {
  return getSpeech(win) !== null;
}
