/**
 * The first word saved from the card asks the browser to keep the site's storage, once;
 * a failed save does not ask.
 */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WordCard } from '../../src/features/words/card/WordCard';
import type { CardRequest } from '../../src/features/words/entry/entryStore';
import { persistenceAnswer } from '../../src/lib/persistence';
import {
  freshStore,
  mountSentence,
  renderWords,
  sentenceText,
  testSession,
  unmountSentences,
} from './helpers';

function browserStorage(persist: (() => Promise<boolean>) | undefined) {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: persist ? { persist } : undefined,
  });
}

afterEach(() => {
  unmountSentences();
  browserStorage(undefined);
});

async function saveStatus(id: string, form: string, status: string) {
  const element = mountSentence(id);
  const session = testSession(freshStore());
  await session.ready;
  const request: CardRequest = {
    segmentId: id,
    element,
    offset: sentenceText(id, 'id').indexOf(form) + 1,
    by: 'pointer',
    seq: Math.random(),
  };
  const view = renderWords(<WordCard request={request} session={session} onClose={() => {}} />);
  const card = await screen.findByRole('dialog', { name: form });
  await userEvent.click(within(card).getByRole('radio', { name: status }));
  await waitFor(() =>
    expect(within(card).getByRole('status')).toHaveTextContent(`Saved as ${status}.`),
  );
  view.unmount();
}

describe('persistent storage from the word card', () => {
  it('is asked for on the first word saved, and not again', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    browserStorage(persist);
    await saveStatus('s-p8-1', 'menerapkan', 'Learning 2');
    await waitFor(() => expect(persistenceAnswer()).toBe('granted'));
    await saveStatus('s-p8-1', 'menerapkan', 'Known');
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
