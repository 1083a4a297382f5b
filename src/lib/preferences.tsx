import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { PREFERENCE_RULES } from './boot';
import { applyPreferences, resolvePreferences, type Preferences } from './preferenceRules';
import { STORAGE_KEYS, readRaw, writeJson } from './storage';

/**
 * The reader's preferences as an external store: the view, theme, text size and UI
 * language live on <html> (where CSS reads them), in localStorage, and the view in the
 * URL. React subscribes through useSyncExternalStore; during hydration it sees the
 * server snapshot (the prerendered defaults), so hydration never mismatches.
 */
export interface PreferencesStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): Preferences;
  getServerSnapshot(): Preferences;
  update(patch: Partial<Preferences>): void;
  /**
   * A text that remembers its own view takes the view over while it is open: view changes
   * are then not saved as the general one. The returned release puts the general view (or
   * the URL's) back.
   */
  holdView(): () => void;
}

/** The preferences the page is prerendered with. */
export const DEFAULT_PREFERENCES = resolvePreferences(PREFERENCE_RULES, null, '', []);

/** A store that never changes: for prerendering. */
export function createStaticPreferencesStore(
  prefs: Preferences = DEFAULT_PREFERENCES,
): PreferencesStore {
  return {
    subscribe: () => () => {},
    getSnapshot: () => prefs,
    getServerSnapshot: () => prefs,
    update: () => {},
    holdView: () => () => {},
  };
}

function storedObject(): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(readRaw(STORAGE_KEYS.preferences) ?? 'null');
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** The browser's store: reads storage, the URL and the browser languages once. */
export function createBrowserPreferencesStore(win: Window = window): PreferencesStore {
  const listeners = new Set<() => void>();
  let current = resolvePreferences(
    PREFERENCE_RULES,
    readRaw(STORAGE_KEYS.preferences),
    win.location.search,
    win.navigator.languages ?? [win.navigator.language],
  );
  applyPreferences(win.document.documentElement, current);

  // Another tab changed the theme, text size or interface language: follow it here. The
  // view and study mode stay this tab's own (they are in its URL).
  win.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEYS.preferences) return;
    const stored = resolvePreferences(PREFERENCE_RULES, event.newValue, '', [current.uiLanguage]);
    const { theme, fontScale, uiLanguage } = stored;
    if (
      theme === current.theme &&
      fontScale === current.fontScale &&
      uiLanguage === current.uiLanguage
    ) {
      return;
    }
    current = { ...current, theme, fontScale, uiLanguage };
    applyPreferences(win.document.documentElement, current);
    for (const listener of listeners) listener();
  });

  const notify = () => {
    for (const listener of listeners) listener();
  };
  // How many open texts hold the view (see holdView).
  let viewHolders = 0;

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => current,
    getServerSnapshot: () => DEFAULT_PREFERENCES,
    update(patch) {
      current = { ...current, ...patch };
      applyPreferences(win.document.documentElement, current);
      // Only what the reader chose is remembered: a view that came from a link is not
      // saved until the reader picks one themselves. Storage is read again and only the
      // changed fields are written, so another tab's choices are never overwritten.
      const saved = storedObject();
      // The UI language is pinned on the first save, so a detected language stays put.
      const pinned = 'uiLanguage' in saved ? {} : { uiLanguage: current.uiLanguage };
      // A text holding the view keeps it with the text, not as the general view.
      const { view, ...general } = patch;
      const remembered = viewHolders > 0 || view === undefined ? general : { ...general, view };
      writeJson(STORAGE_KEYS.preferences, { ...saved, ...pinned, ...remembered });
      // The view and the study mode live in the URL, so a link reproduces them.
      if (patch.view || patch.study) {
        const url = new URL(win.location.href);
        if (patch.view) url.searchParams.set('view', patch.view);
        if (patch.study) url.searchParams.set('study', patch.study);
        win.history.replaceState(win.history.state, '', url);
      }
      notify();
    },
    holdView() {
      viewHolders += 1;
      let held = true;
      return () => {
        if (!held) return;
        held = false;
        viewHolders -= 1;
        if (viewHolders > 0) return;
        // Back to the general view, unless the page now open links to one.
        const { view } = resolvePreferences(
          PREFERENCE_RULES,
          readRaw(STORAGE_KEYS.preferences),
          win.location.search,
          [current.uiLanguage],
        );
        if (view === current.view) return;
        current = { ...current, view };
        applyPreferences(win.document.documentElement, current);
        notify();
      };
    },
  };
}

const PreferencesContext = createContext<PreferencesStore>(createStaticPreferencesStore());

export const PreferencesProvider = PreferencesContext.Provider;

/** The store itself: for a text page that holds the view while it is open. */
export function usePreferencesStore(): PreferencesStore {
  return useContext(PreferencesContext);
}

/** The preferences in force and a function to change some of them. */
export function usePreferences(): [Preferences, (patch: Partial<Preferences>) => void] {
  const store = useContext(PreferencesContext);
  const prefs = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const update = useCallback((patch: Partial<Preferences>) => store.update(patch), [store]);
  return [prefs, update];
}
