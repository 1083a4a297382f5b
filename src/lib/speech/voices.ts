/**
 * Voice selection for the read-aloud engine: which installed speech-synthesis voice reads
 * Indonesian and which reads English. Pure functions, no access to `speechSynthesis`.
 */

/** The two languages of a Sanding article. */
export type SpeechLang = 'id' | 'en';

/** The fields of `SpeechSynthesisVoice` the picker needs (real voices and fakes both fit). */
export type VoiceLike = Pick<
  SpeechSynthesisVoice,
  'name' | 'lang' | 'voiceURI' | 'localService' | 'default'
>;

/** Both languages, in the order they are read in `'id-en'` mode. */
export const SPEECH_LANGS: readonly SpeechLang[] = ['id', 'en'];

/**
 * Voices known to sound good, by (part of) their name. Edge appends the language to the name
 * ("Microsoft Gadis Online (Natural) - Indonesian (Indonesia)") and macOS may add a quality
 * suffix ("Damayanti (Enhanced)"), so names are matched by inclusion.
 */
export const KNOWN_GOOD_VOICES: Readonly<Record<SpeechLang, readonly string[]>> = {
  id: [
    'Google Bahasa Indonesia',
    'Microsoft Gadis Online (Natural)',
    'Microsoft Ardi Online (Natural)',
    'Damayanti',
  ],
  en: [
    'Google US English',
    'Google UK English',
    'Microsoft Aria Online (Natural)',
    'Microsoft Jenny Online (Natural)',
    'Microsoft Guy Online (Natural)',
    'Microsoft Sonia Online (Natural)',
    'Samantha',
    'Daniel',
  ],
};

// Voices marketed as higher quality; all engines put this in the display name.
const NATURAL_NAME = /\b(natural|neural|enhanced|premium)\b/i;

/**
 * How well a BCP 47 tag (as reported by `SpeechSynthesisVoice.lang`) fits a language:
 * 0 = not at all; higher is better. Tolerates `_` separators (Android: `id_ID`) and the
 * obsolete ISO 639 code `in` that Java-based engines still report for Indonesian (`in-ID`).
 */
export function langMatchScore(tag: string, lang: SpeechLang): number {
  const parts = (tag || '').trim().replace(/_/g, '-').toLowerCase().split('-');
  const primary = parts[0] ?? '';
  const region = parts[1] ?? '';
  if (lang === 'id') {
    if (primary !== 'id' && primary !== 'in') return 0;
    if (region === 'id') return 3;
    return region === '' ? 2 : 1;
  }
  if (primary !== 'en') return 0;
  if (region === 'us' || region === 'gb') return 3;
  return region === '' ? 2 : 1;
}

/** 0–2: one point for a known good name, one for a "natural"/"neural"-style name. */
function qualityScore(voice: VoiceLike, lang: SpeechLang): number {
  const name = (voice.name || '').toLowerCase();
  const known = KNOWN_GOOD_VOICES[lang].some((good) => name.includes(good.toLowerCase()));
  return (known ? 1 : 0) + (NATURAL_NAME.test(voice.name || '') ? 1 : 0);
}

/**
 * The voices that can read `lang`, best first. Ranking, most significant first: language
 * tag fit (`id-ID`/`in-ID`, `en-US`/`en-GB` above bare or other regions), then quality
 * (known good or natural/neural names: they sound far better, even when remote), then
 * `localService` (works offline and avoids Chrome's cut-off of long remote utterances), then
 * the platform default, then the platform's own order.
 */
export function rankVoices<V extends VoiceLike>(voices: readonly V[], lang: SpeechLang): V[] {
  return voices
    .map((voice, order) => ({ voice, order, fit: langMatchScore(voice.lang, lang) }))
    .filter((entry) => entry.fit > 0)
    .map((entry) => ({
      ...entry,
      quality: qualityScore(entry.voice, lang),
      local: entry.voice.localService ? 1 : 0,
      isDefault: entry.voice.default ? 1 : 0,
    }))
    .sort(
      (a, b) =>
        b.fit - a.fit ||
        b.quality - a.quality ||
        b.local - a.local ||
        b.isDefault - a.isDefault ||
        a.order - b.order,
    )
    .map((entry) => entry.voice);
}

/**
 * The best voice for `lang`, or null when none can read it. A `preferredURI` (the user's
 * choice, by `voiceURI`) wins when that voice is installed and reads `lang`; otherwise the
 * ranking of {@link rankVoices} decides, so a stale preference never leaves the user silent.
 */
export function pickVoice<V extends VoiceLike>(
  voices: readonly V[],
  lang: SpeechLang,
  preferredURI?: string | null,
): V | null {
  const ranked = rankVoices(voices, lang);
  if (preferredURI) {
    const preferred = ranked.find((voice) => voice.voiceURI === preferredURI);
    if (preferred) return preferred;
  }
  return ranked[0] ?? null;
}
