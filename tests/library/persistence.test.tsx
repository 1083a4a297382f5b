/**
 * Persistent storage: asked for once, on the first save of the learner's own (here: a text
 * imported in the library), and the answer said in a quiet line. Granted, refused, absent.
 */
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryPage } from '../../src/features/library/LibraryPage';
import { DATABASE_NAME, resetDatabaseForTests } from '../../src/lib/db/database';
import { createI18n } from '../../src/lib/i18n/createI18n';
import { resources } from '../../src/lib/i18n/resources';
import { persistenceAnswer, requestPersistence } from '../../src/lib/persistence';
import { readFixture } from '../text/fixtures';

const GRANTED = 'The browser will keep your texts and words even when space runs low.';
const REFUSED =
  'The browser may clear your texts and words when space runs low: back up now and then.';

function browserStorage(persist: (() => Promise<boolean>) | undefined) {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: persist ? { persist } : undefined,
  });
}

beforeEach(async () => {
  resetDatabaseForTests();
  await Dexie.delete(DATABASE_NAME);
});
afterEach(() => {
  resetDatabaseForTests();
  browserStorage(undefined);
});

describe('requestPersistence', () => {
  it('asks once and remembers a grant', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    browserStorage(persist);
    expect(persistenceAnswer()).toBeNull();
    expect(await requestPersistence()).toBe('granted');
    expect(await requestPersistence()).toBe('granted');
    expect(persist).toHaveBeenCalledTimes(1);
    expect(persistenceAnswer()).toBe('granted');
  });

  it('remembers a refusal, and a browser that throws counts as one', async () => {
    browserStorage(() => Promise.resolve(false));
    expect(await requestPersistence()).toBe('refused');
    window.localStorage.clear();
    browserStorage(() => Promise.reject(new Error('denied')));
    expect(await requestPersistence()).toBe('refused');
  });

  it('says unsupported when the browser has no storage manager', async () => {
    browserStorage(undefined);
    expect(await requestPersistence()).toBe('unsupported');
  });

  it('asks once even when two saves come together', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    browserStorage(persist);
    await Promise.all([requestPersistence(), requestPersistence()]);
    expect(persist).toHaveBeenCalledTimes(1);
  });
});

describe('in the library', () => {
  const importText = async () => {
    const user = userEvent.setup();
    const i18n = createI18n('en', resources);
    render(
      <I18nextProvider i18n={i18n}>
        <LibraryPage />
      </I18nextProvider>,
    );
    const file = new File([readFixture('hujan-sore')], 'hujan-sore.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Import texts'), file);
    expect(await screen.findByText('Imported “Hujan Sore”.')).toBeInTheDocument();
  };

  it('asks on the first imported text and says the grant means the texts are kept', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    browserStorage(persist);
    await importText();
    expect(await screen.findByText(GRANTED)).toBeInTheDocument();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('says a refusal means backing up now and then', async () => {
    browserStorage(() => Promise.resolve(false));
    await importText();
    expect(await screen.findByText(REFUSED)).toBeInTheDocument();
  });

  it('says nothing when the browser cannot be asked', async () => {
    browserStorage(undefined);
    await importText();
    expect(screen.queryByText(GRANTED)).toBeNull();
    expect(screen.queryByText(REFUSED)).toBeNull();
    expect(persistenceAnswer()).toBe('unsupported');
  });
});
