import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  announceUpdate,
  onBeforeUpdate,
  resetUpdateStateForTests,
} from '../../src/features/offline/updateStore';
import { renderApp } from '../unit/renderApp';

afterEach(() => resetUpdateStateForTests());

describe('a new version of the app', () => {
  it('is not announced while none is waiting', () => {
    renderApp();
    expect(screen.queryByText('A new version of Sanding is ready.')).not.toBeInTheDocument();
  });

  it('waits for the reader, then saves what is being edited before switching over', async () => {
    const user = userEvent.setup();
    renderApp();
    const order: string[] = [];
    onBeforeUpdate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('draft saved');
    });
    const activate = vi.fn(() => order.push('switched'));
    act(() => announceUpdate(activate));

    // The notices load once the app has hydrated.
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('A new version of Sanding is ready.');
    expect(activate).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await vi.waitFor(() => expect(activate).toHaveBeenCalledTimes(1));
    expect(order).toEqual(['draft saved', 'switched']);
  });

  it('can be put off with Later, and nothing switches', async () => {
    const user = userEvent.setup();
    renderApp();
    const activate = vi.fn();
    act(() => announceUpdate(activate));
    await user.click(await screen.findByRole('button', { name: 'Later' }));
    expect(screen.queryByText('A new version of Sanding is ready.')).not.toBeInTheDocument();
    expect(activate).not.toHaveBeenCalled();
  });

  it('is announced in the Indonesian interface in Indonesian', async () => {
    renderApp({ stored: { uiLanguage: 'id' } });
    act(() => announceUpdate(() => undefined));
    expect(await screen.findByRole('button', { name: 'Muat ulang' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Versi baru Sanding sudah siap.');
  });
});
