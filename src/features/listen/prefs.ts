/**
 * The reader's read-aloud preferences (mode, speed, repeat, voices), remembered across
 * visits under `STORAGE_KEYS.listen`. Whatever is stored is validated field by field: an
 * older or damaged value falls back to the default for that field only.
 */
import { STORAGE_KEYS, readRaw, writeJson } from '../../lib/storage';
import { MAX_RATE, MIN_RATE } from './player';
import type { PlayMode, SpeechLang } from './player';
import { isRecord } from '../../lib/isRecord';

/** What is remembered; passed back to `createPlayer` on the next visit. */
export interface ListenPrefs {
  readonly mode: PlayMode;
  /** One of {@link RATE_STEPS}. */
  readonly rate: number;
  readonly loop: boolean;
  /** The chosen voice per language (`voiceURI`), or null for automatic. */
  readonly voices: Readonly<Record<SpeechLang, string | null>>;
}

/** The modes, in the order the radio group offers them. */
export const PLAY_MODES: readonly PlayMode[] = ['id', 'en', 'id-en'];

/** The speeds offered: 0.5× to 1.5× in tenths (learners need the slow end most). */
export const RATE_STEPS: readonly number[] = Array.from(
  { length: Math.round((MAX_RATE - MIN_RATE) * 10) + 1 },
  (_, i) => Math.round((MIN_RATE + i / 10) * 10) / 10,
);

/** Before anything is remembered: both languages, normal speed, no repeat, automatic voices. */
export const DEFAULT_LISTEN_PREFS: ListenPrefs = Object.freeze({
  mode: 'id-en',
  rate: 1,
  loop: false,
  voices: Object.freeze({ id: null, en: null }),
});

/** The nearest offered speed to `rate` (1 for anything that is not a finite number). */
export function snapRate(rate: unknown): number {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) return DEFAULT_LISTEN_PREFS.rate;
  let best = DEFAULT_LISTEN_PREFS.rate;
  for (const step of RATE_STEPS) {
    if (Math.abs(step - rate) < Math.abs(best - rate)) best = step;
  }
  return best;
}

function voiceURI(value: unknown): string | null {
  return typeof value === 'string' && value !== '' && value.length < 500 ? value : null;
}

/** Reads stored preferences leniently (see the file header). */
export function parseListenPrefs(raw: string | null): ListenPrefs {
  let parsed: unknown = null;
  try {
    parsed = raw === null ? null : JSON.parse(raw);
  } catch {
    parsed = null;
  }
  if (!isRecord(parsed)) return DEFAULT_LISTEN_PREFS;
  const voices = isRecord(parsed.voices) ? parsed.voices : {};
  return {
    mode: PLAY_MODES.find((mode) => mode === parsed.mode) ?? DEFAULT_LISTEN_PREFS.mode,
    rate: snapRate(parsed.rate),
    loop: parsed.loop === true,
    voices: { id: voiceURI(voices.id), en: voiceURI(voices.en) },
  };
}

/** The remembered preferences, or the defaults. */
export function readListenPrefs(): ListenPrefs {
  return parseListenPrefs(readRaw(STORAGE_KEYS.listen));
}

/** Remembers `prefs`; false when storage refuses (the player keeps working regardless). */
export function writeListenPrefs(prefs: ListenPrefs): boolean {
  return writeJson(STORAGE_KEYS.listen, {
    mode: prefs.mode,
    rate: prefs.rate,
    loop: prefs.loop,
    voices: { id: prefs.voices.id, en: prefs.voices.en },
  });
}

/**
 * A writer for one player that started from `base`: it stores only the fields this player
 * changed, over what is stored now, so a choice made in another tab (a speed, a voice) is
 * not overwritten by this tab's unrelated change.
 */
export function listenPrefsWriter(base: ListenPrefs): (prefs: ListenPrefs) => boolean {
  let known = base;
  return (prefs) => {
    const stored = readListenPrefs();
    const pick = <T>(mine: T, before: T, theirs: T): T => (mine !== before ? mine : theirs);
    const merged: ListenPrefs = {
      mode: pick(prefs.mode, known.mode, stored.mode),
      rate: pick(prefs.rate, known.rate, stored.rate),
      loop: pick(prefs.loop, known.loop, stored.loop),
      voices: {
        id: pick(prefs.voices.id, known.voices.id, stored.voices.id),
        en: pick(prefs.voices.en, known.voices.en, stored.voices.en),
      },
    };
    known = prefs;
    return writeListenPrefs(merged);
  };
}
