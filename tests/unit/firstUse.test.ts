import { afterEach, describe, expect, it, vi } from 'vitest';
import { onFirstUse, resetFirstUseForTests, takeHeldInput } from '../../src/lib/firstUse';

afterEach(() => resetFirstUseForTests());

describe('the reader’s first use of the page', () => {
  it('runs what waits for it once, on the first pointer, key or scroll', () => {
    const run = vi.fn();
    onFirstUse(run);
    expect(run).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    expect(run).toHaveBeenCalledTimes(1);
    // Asked later, it runs at once.
    const late = vi.fn();
    onFirstUse(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('holds clicks and keys until they are taken, then none', () => {
    onFirstUse(() => {});
    const key = new KeyboardEvent('keydown', { key: 'j' });
    document.body.dispatchEvent(key);
    const click = new MouseEvent('click', { bubbles: true, clientX: 5, clientY: 7 });
    document.body.dispatchEvent(click);
    expect(takeHeldInput()).toEqual([key, click]);
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(takeHeldInput()).toEqual([]);
  });

  it('keeps only the latest input when much arrives before anything loaded', () => {
    onFirstUse(() => {});
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'].map(
      (key) => new KeyboardEvent('keydown', { key, bubbles: true }),
    );
    for (const key of keys) document.body.dispatchEvent(key);
    expect(takeHeldInput().map((event) => (event as KeyboardEvent).key)).toEqual([
      'c',
      'd',
      'e',
      'f',
    ]);
  });

  it('drops held input that is older than a moment: it was meant for something else', () => {
    vi.useFakeTimers();
    try {
      onFirstUse(() => {});
      const stale = new KeyboardEvent('keydown', { key: 'j', bubbles: true });
      document.body.dispatchEvent(stale);
      vi.advanceTimersByTime(5000);
      const fresh = new KeyboardEvent('keydown', { key: 'k', bubbles: true });
      document.body.dispatchEvent(fresh);
      expect(takeHeldInput()).toEqual([fresh]);
    } finally {
      vi.useRealTimers();
    }
  });
});
