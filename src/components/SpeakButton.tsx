import { useSyncExternalStore } from 'react';
import { speakOnce } from '../lib/speech/speakOnce';
import { isSpeechSupported } from '../lib/speech/support';
import type { SpeechLang } from '../lib/speech/voices';

const noSubscription = () => () => {};

/**
 * A small button that says `text` aloud once, in `lang`. Not shown where the browser cannot
 * speak (nor in the prerendered page).
 */
export function SpeakButton({
  text,
  lang,
  label,
}: {
  text: string;
  lang: SpeechLang;
  /** The accessible name, e.g. "Hear “memposting”". */
  label: string;
}) {
  const supported = useSyncExternalStore(noSubscription, isSpeechSupported, () => false);
  if (!supported) return null;
  return (
    <button
      type="button"
      className="icon-button icon-button--small speak-button"
      aria-label={label}
      title={label}
      onClick={() => speakOnce(text, lang)}
    >
      <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d="M3.5 7.8h2.7l4.3-3.6v11.6l-4.3-3.6H3.5z" strokeLinejoin="round" />
        <path d="M13.3 7.3a3.8 3.8 0 0 1 0 5.4M15.6 5a7.1 7.1 0 0 1 0 10" />
      </svg>
    </button>
  );
}
