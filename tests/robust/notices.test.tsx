/**
 * The app says once when settings cannot be remembered (localStorage throwing or full), and
 * a part that failed to load is shown as a notice and loaded again on its next use.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadBoundary } from '../../src/components/LoadBoundary';
import { LoadFailureNotice } from '../../src/components/LoadFailureNotice';
import { createI18n } from '../../src/lib/i18n/createI18n';
import { resources } from '../../src/lib/i18n/resources';
import { importWithRetry, lazyWithRetry } from '../../src/lib/lazyWithRetry';
import { loadFailures } from '../../src/lib/loadFailures';
import { resetStorageRefusalsForTests } from '../../src/lib/storage';
import { renderAppSettled } from '../unit/renderApp';

afterEach(() => {
  resetStorageRefusalsForTests();
  loadFailures.clear();
});

describe('storage that throws', () => {
  it('says once that settings will last only for this visit', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await renderAppSettled();
    // Opening the article already tries to note it as opened: the notice may come at once.
    expect(screen.queryAllByText(/last only for this visit/).length).toBeLessThanOrEqual(1);
    const views = screen.getByRole('radiogroup', { name: 'View' });
    await userEvent.click(within(views).getByRole('radio', { name: 'English' }));
    expect(document.documentElement.dataset.view).toBe('en');
    // The notices' code loads once there is something to say.
    expect(await screen.findAllByText(/last only for this visit/)).toHaveLength(1);
    await userEvent.click(within(views).getByRole('radio', { name: 'Interlinear' }));
    expect(screen.getAllByText(/last only for this visit/)).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await userEvent.click(within(views).getByRole('radio', { name: 'Side by side' }));
    expect(screen.queryByText(/last only for this visit/)).toBeNull();
  });
});

describe('a lazy part that failed to load', () => {
  it('shows a notice and loads again on its next use', async () => {
    let attempts = 0;
    const Part = lazyWithRetry(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { default: () => <p>The part</p> };
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Host() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Open
          </button>
          {open ? (
            <LoadBoundary onError={() => setOpen(false)}>
              <Suspense fallback={null}>
                <Part />
              </Suspense>
            </LoadBoundary>
          ) : null}
          <LoadFailureNotice />
        </>
      );
    }
    render(
      <I18nextProvider i18n={createI18n('en', resources)}>
        <Host />
      </I18nextProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/couldn’t load/);
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    });
    expect(await screen.findByText('The part')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(attempts).toBe(2);
    expect(within(document.body).queryAllByText(/couldn’t load/)).toEqual([]);
  });

  it('keeps the notice when another part loads meanwhile', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const other = importWithRetry(async () => ({ ready: true }));
    const Part = lazyWithRetry(async (): Promise<{ default: () => null }> => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    render(
      <I18nextProvider i18n={createI18n('en', resources)}>
        <LoadBoundary>
          <Suspense fallback={null}>
            <Part />
          </Suspense>
        </LoadBoundary>
        <LoadFailureNotice />
      </I18nextProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/couldn’t load/);
    // An idle load of some other chunk that works says nothing about the part that failed.
    await act(async () => {
      await other();
    });
    expect(screen.getByRole('alert')).toHaveTextContent(/couldn’t load/);
  });
});
