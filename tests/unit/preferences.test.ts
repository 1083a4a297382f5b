import { describe, expect, it } from 'vitest';
import { PREFERENCE_RULES, bootScript } from '../../src/lib/boot';
import { resolvePreferences } from '../../src/lib/preferenceRules';
import { createBrowserPreferencesStore } from '../../src/lib/preferences';

const resolve = (stored: unknown, search = '', languages: string[] = []) =>
  resolvePreferences(
    PREFERENCE_RULES,
    stored === null || typeof stored === 'string'
      ? (stored as string | null)
      : JSON.stringify(stored),
    search,
    languages,
  );

describe('resolvePreferences', () => {
  it('uses the defaults on a first visit', () => {
    expect(resolve(null)).toEqual({
      view: 'parallel',
      study: 'shown',
      theme: 'system',
      fontScale: 100,
      uiLanguage: 'en',
    });
  });

  it('lets ?view= win over the stored view', () => {
    expect(resolve({ view: 'en' }, '?view=id').view).toBe('id');
    expect(resolve({ view: 'en' }, '?view=nope').view).toBe('en');
    expect(resolve({ view: 'nope' }, '').view).toBe('parallel');
  });

  it('takes ?study= from the URL in the same way', () => {
    expect(resolve({ study: 'hide-original' }, '?study=hide-translation').study).toBe(
      'hide-translation',
    );
    expect(resolve({ study: 'hide-original' }, '?study=x').study).toBe('hide-original');
  });

  it('detects Indonesian from the browser, including the old `in` code', () => {
    expect(resolve(null, '', ['id-ID', 'en']).uiLanguage).toBe('id');
    expect(resolve(null, '', ['in']).uiLanguage).toBe('id');
    expect(resolve(null, '', ['fr-FR', 'id']).uiLanguage).toBe('id');
    expect(resolve(null, '', ['de']).uiLanguage).toBe('en');
    expect(resolve({ uiLanguage: 'en' }, '', ['id']).uiLanguage).toBe('en');
  });

  it('survives corrupt or hostile storage', () => {
    expect(resolve('{oops').view).toBe('parallel');
    expect(resolve('[1,2]').theme).toBe('system');
    expect(resolve('"just a string"').fontScale).toBe(100);
    expect(resolve({ fontScale: 9999, theme: 'neon', view: 42 })).toEqual(resolve(null));
  });
});

describe('the inline boot script', () => {
  function runBoot() {
    const root = document.documentElement;
    for (const name of ['data-view', 'data-theme', 'lang', 'class', 'style'])
      root.removeAttribute(name);
    // The same text that is inlined into <head>.
    new Function(bootScript)();
    return root;
  }

  it('applies the stored preferences to <html> before the app loads', () => {
    window.localStorage.setItem(
      PREFERENCE_RULES.storageKey,
      JSON.stringify({ view: 'interlinear', theme: 'dark', fontScale: 120, uiLanguage: 'id' }),
    );
    const root = runBoot();
    expect(root).toHaveAttribute('data-view', 'interlinear');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('lang', 'id');
    expect(root.style.getPropertyValue('--font-scale')).toBe('1.2');
    expect(root).toHaveClass('js');
  });

  it('prefers the view in the URL', () => {
    window.localStorage.setItem(PREFERENCE_RULES.storageKey, JSON.stringify({ view: 'en' }));
    window.history.replaceState(null, '', '/?view=id');
    expect(runBoot()).toHaveAttribute('data-view', 'id');
  });

  it('falls back to the defaults when storage throws', () => {
    const original = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new Error('denied');
    };
    try {
      expect(runBoot()).toHaveAttribute('data-view', 'parallel');
    } finally {
      Storage.prototype.getItem = original;
    }
  });
});

describe('a text that remembers its own view', () => {
  it('keeps its view from becoming the general one, which comes back when it closes', () => {
    window.localStorage.setItem('sanding:preferences:v1', JSON.stringify({ view: 'id' }));
    const store = createBrowserPreferencesStore();
    expect(store.getSnapshot().view).toBe('id');
    const release = store.holdView();
    store.update({ view: 'en', theme: 'dark' });
    expect(store.getSnapshot().view).toBe('en');
    expect(document.documentElement.dataset.view).toBe('en');
    // The theme is the reader's general choice; the view stays with the text.
    const saved: unknown = JSON.parse(window.localStorage.getItem('sanding:preferences:v1') ?? '');
    expect(saved).toMatchObject({ view: 'id', theme: 'dark' });

    window.history.replaceState(null, '', '/');
    release();
    expect(store.getSnapshot().view).toBe('id');
    expect(document.documentElement.dataset.view).toBe('id');
    // Without a text holding it, a chosen view is the general one again.
    store.update({ view: 'interlinear' });
    expect(JSON.parse(window.localStorage.getItem('sanding:preferences:v1') ?? '')).toMatchObject({
      view: 'interlinear',
    });
  });
});
