import { afterEach, describe, expect, it } from 'vitest';
import { bootScript } from '../../src/lib/boot';
import { PRERENDERED_PATHS, routeFromPath, textPath } from '../../src/lib/routes';
import { BUILTIN_TEXT_ID } from '../../src/lib/text/builtin';

describe('addresses', () => {
  it('reads the built-in article at / and at its own address', () => {
    const builtin = { name: 'read', textId: BUILTIN_TEXT_ID, builtin: true };
    expect(routeFromPath('/')).toEqual(builtin);
    expect(routeFromPath('/index.html')).toEqual(builtin);
    expect(routeFromPath(`/read/${BUILTIN_TEXT_ID}`)).toEqual(builtin);
    expect(routeFromPath(`/read/${BUILTIN_TEXT_ID}/`)).toEqual(builtin);
  });

  it('reads a stored text, the library, and nothing else', () => {
    expect(routeFromPath('/read/pasar-pagi')).toEqual({
      name: 'read',
      textId: 'pasar-pagi',
      builtin: false,
    });
    expect(routeFromPath(textPath('pasar pagi'))).toMatchObject({ textId: 'pasar pagi' });
    expect(routeFromPath('/library')).toEqual({ name: 'library' });
    expect(routeFromPath('/library/')).toEqual({ name: 'library' });
    expect(routeFromPath('/read/%E0%A4%A')).toEqual({ name: 'unknown' });
    expect(routeFromPath('/elsewhere')).toEqual({ name: 'unknown' });
  });
});

describe('the boot script at other addresses', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('data-shell');
    window.history.replaceState(null, '', '/');
  });

  it('hides the prerendered article wherever it is not the page asked for', () => {
    for (const path of ['/read/pasar-pagi', '/library', '/elsewhere']) {
      document.documentElement.removeAttribute('data-shell');
      window.history.replaceState(null, '', path);
      new Function(bootScript)();
      expect(document.documentElement.hasAttribute('data-shell'), path).toBe(true);
    }
  });

  it('leaves it alone at every prerendered address', () => {
    for (const path of PRERENDERED_PATHS) {
      document.documentElement.removeAttribute('data-shell');
      window.history.replaceState(null, '', path);
      new Function(bootScript)();
      expect(document.documentElement.hasAttribute('data-shell'), path).toBe(false);
    }
  });
});
