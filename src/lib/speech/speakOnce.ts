/**
 * One utterance on demand (a word on its card, a sentence in the peek), read the way the
 * listen player reads: the same voice ranking, the learner's chosen voice for the language
 * and speed (the player's saved preferences), cancelling whatever was being said first.
 */
import { STORAGE_KEYS, readRaw } from '../storage';
import { getSpeech, type SpeechHost } from './support';
import { pickVoice, type SpeechLang } from './voices';

/** The BCP 47 tag an utterance gets when no voice is installed for its language. */
const FALLBACK_TAG: Readonly<Record<SpeechLang, string>> = { id: 'id-ID', en: 'en-US' };

/** The player's saved voice for `lang` and its speed, if any (they are its preferences). */
function savedChoice(lang: SpeechLang): { voiceURI: string | null; rate: number } {
  try {
    const parsed: unknown = JSON.parse(readRaw(STORAGE_KEYS.listen) ?? 'null');
    const prefs = (parsed ?? {}) as { voices?: Record<string, unknown>; rate?: unknown };
    const voiceURI = prefs.voices?.[lang];
    const rate = typeof prefs.rate === 'number' && Number.isFinite(prefs.rate) ? prefs.rate : 1;
    return {
      voiceURI: typeof voiceURI === 'string' ? voiceURI : null,
      rate: Math.min(Math.max(rate, 0.5), 1.5),
    };
  } catch {
    return { voiceURI: null, rate: 1 };
  }
}

/** Speaks `text` once in `lang`; false when the browser cannot speak. Never throws. */
export function speakOnce(text: string, lang: SpeechLang, win: SpeechHost = globalThis): boolean {
  const speech = getSpeech(win);
  if (!speech || text.trim() === '') return false;
  try {
    const { voiceURI, rate } = savedChoice(lang);
    const voice = pickVoice(speech.synth.getVoices(), lang, voiceURI);
    const utterance = new speech.Utterance(text);
    utterance.lang = voice?.lang ?? FALLBACK_TAG[lang];
    if (voice) utterance.voice = voice;
    utterance.rate = rate;
    speech.synth.cancel();
    speech.synth.speak(utterance);
    return true;
  } catch {
    return false;
  }
}
