import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LISTEN_PREFS,
  RATE_STEPS,
  parseListenPrefs,
  readListenPrefs,
  snapRate,
  writeListenPrefs,
} from '../../src/features/listen/prefs';
import { STORAGE_KEYS } from '../../src/lib/storage';

describe('read-aloud preferences', () => {
  it('offers 0.5x to 1.5x in tenths', () => {
    expect(RATE_STEPS).toEqual([0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5]);
  });

  it('snaps any stored speed to the nearest one offered', () => {
    expect(snapRate(0.74)).toBe(0.7);
    expect(snapRate(0.76)).toBe(0.8);
    expect(snapRate(9)).toBe(1.5);
    expect(snapRate(-1)).toBe(0.5);
    expect(snapRate(Number.NaN)).toBe(1);
    expect(snapRate('fast')).toBe(1);
  });

  it('falls back to the defaults for nothing, bad JSON or the wrong shape', () => {
    for (const raw of [null, '', '{oops', '[]', '"id"', '42', 'null']) {
      expect(parseListenPrefs(raw)).toEqual(DEFAULT_LISTEN_PREFS);
    }
  });

  it('keeps every valid field and drops only the invalid ones', () => {
    expect(
      parseListenPrefs(
        JSON.stringify({
          mode: 'klingon',
          rate: 0.8,
          loop: 'yes',
          voices: { id: 'Damayanti', en: 3 },
        }),
      ),
    ).toEqual({ mode: 'id-en', rate: 0.8, loop: false, voices: { id: 'Damayanti', en: null } });
    expect(parseListenPrefs(JSON.stringify({ mode: 'en', loop: true }))).toEqual({
      mode: 'en',
      rate: 1,
      loop: true,
      voices: { id: null, en: null },
    });
  });

  it('round-trips through storage under its own key', () => {
    const prefs = { mode: 'id', rate: 0.6, loop: true, voices: { id: 'x', en: null } } as const;
    expect(writeListenPrefs(prefs)).toBe(true);
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEYS.listen) ?? '')).toEqual(prefs);
    expect(readListenPrefs()).toEqual(prefs);
  });
});
