import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import enListen from '../../locales/en/listen.json';
import idListen from '../../locales/id/listen.json';
import { ListenLauncher } from '../../src/features/listen/ListenLauncher';
import { installFakeSpeech, type FakeSpeechController } from '../support/fake-speech';
import { LAUNCHER_STRINGS } from '../../src/features/listen/launcherStrings';
import { resources } from '../../src/lib/i18n/resources';
import { createI18n } from '../../src/lib/i18n/createI18n';
import { renderListen } from './renderListen';

let fake: FakeSpeechController | null = null;

afterEach(() => {
  fake?.uninstall();
  fake = null;
});

describe('the Listen launcher', () => {
  it('carries exactly the launcher strings of listen.json, in every language', () => {
    expect(LAUNCHER_STRINGS).toEqual({ en: enListen.launcher, id: idListen.launcher });
  });

  it('is a labelled button in the interface language', () => {
    fake = installFakeSpeech(window);
    renderListen(<ListenLauncher />, { lng: 'id' });
    const button = screen.getByRole('button', { name: 'Dengarkan' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-keyshortcuts', 'p');
  });

  it('is not offered where the browser cannot speak', () => {
    renderListen(<ListenLauncher />);
    expect(screen.queryByRole('button', { name: 'Listen' })).not.toBeInTheDocument();
    // Nor does `p` open anything.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true }));
    expect(screen.queryByRole('region', { name: 'Read aloud' })).not.toBeInTheDocument();
  });

  it('is prerendered, hydrates without a mismatch, and only then hides without speech', async () => {
    const html = renderToString(
      <I18nextProvider i18n={createI18n('en', resources)}>
        <ListenLauncher />
      </I18nextProvider>,
    );
    expect(html).toContain('Listen');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    const root = await act(async () =>
      hydrateRoot(
        container,
        <I18nextProvider i18n={createI18n('en', resources)}>
          <ListenLauncher />
        </I18nextProvider>,
        { onRecoverableError: recoverable },
      ),
    );
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector('button')).toBeNull();
    act(() => root.unmount());
    container.remove();
  });

  it('keeps the button after hydration where the browser can speak', async () => {
    fake = installFakeSpeech(window);
    const app = (
      <I18nextProvider i18n={createI18n('en', resources)}>
        <ListenLauncher />
      </I18nextProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(app);
    document.body.append(container);
    const root = await act(async () => hydrateRoot(container, app));
    expect(screen.getByRole('button', { name: 'Listen' })).toBeVisible();
    act(() => root.unmount());
    container.remove();
  });

  it('loads the player on first use, and toggles it', async () => {
    const user = userEvent.setup();
    fake = installFakeSpeech(window, { msPerChar: 2, minDurationMs: 30, startDelayMs: 1 });
    renderListen(<ListenLauncher />);
    expect(screen.queryByRole('region', { name: 'Read aloud' })).not.toBeInTheDocument();
    const launcher = screen.getByRole('button', { name: 'Listen' });
    await user.click(launcher);
    const panel = await screen.findByRole('region', { name: 'Read aloud' });
    expect(launcher).toHaveAttribute('aria-expanded', 'true');
    expect(launcher).toHaveAttribute('aria-controls', panel.id);
    await user.click(launcher);
    expect(panel).not.toBeInTheDocument();
    expect(launcher).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(fake?.current()).toBeNull());
  });
});
