/**
 * The text being read, for every feature on the page (reader, listen, words): one context,
 * provided by the app, so no feature pairs blocks or reads resources on its own.
 */
import { createContext, useContext } from 'react';
import type { PairedText } from './types';

const TextContext = createContext<PairedText | null>(null);

export const TextProvider = TextContext.Provider;

/** The text on the page. Throws outside a `TextProvider`: a reader without a text is a bug. */
export function useText(): PairedText {
  const text = useContext(TextContext);
  if (!text) throw new Error('useText: no TextProvider above this component');
  return text;
}

/** The text on the page, or null where there is none (the library page). */
export function useOptionalText(): PairedText | null {
  return useContext(TextContext);
}
