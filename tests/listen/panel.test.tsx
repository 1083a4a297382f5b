import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import idArticle from '../../locales/id/article.json';
import { ListenLauncher } from '../../src/features/listen/ListenLauncher';
import {
  installFakeSpeech,
  type FakeSpeechController,
  type FakeSpeechOptions,
} from '../support/fake-speech';
import { STORAGE_KEYS } from '../../src/lib/storage';
import { renderListen } from './renderListen';

/** Fast enough for real timers: every utterance lasts 30 ms to a few hundred. */
const QUICK: FakeSpeechOptions = { msPerChar: 2, minDurationMs: 30, startDelayMs: 1 };

const original = (key: string, index = 0) =>
  idArticle.blocks.find((block) => block.key === key)?.segments[index] ?? '';

let fake: FakeSpeechController | null = null;

afterEach(() => {
  fake?.uninstall();
  fake = null;
  vi.useRealTimers();
});

/** Renders the launcher with the fake installed, opens the player and waits for it. */
async function openPlayer(options: FakeSpeechOptions = {}, lng: 'en' | 'id' = 'en') {
  const user = userEvent.setup();
  fake = installFakeSpeech(window, { ...QUICK, ...options });
  const rendered = renderListen(<ListenLauncher />, { lng });
  await user.click(screen.getByRole('button', { name: lng === 'en' ? 'Listen' : 'Dengarkan' }));
  const panel = await screen.findByRole('region', {
    name: lng === 'en' ? 'Read aloud' : 'Bacakan',
  });
  return { user, panel, ...rendered };
}

async function showOptions(user: ReturnType<typeof userEvent.setup>) {
  const toggle = screen.getByRole('button', { name: 'Options' });
  if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
}

const spoken = () => fake?.spokenTexts() ?? [];

describe('the read-aloud player', () => {
  it('starts reading at once, from the top, in Indonesian then English, moving the cursor', async () => {
    const { cursor } = await openPlayer();
    // Opened by a click: focus goes to the play/pause button.
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveFocus();
    await waitFor(() => expect(spoken().length).toBeGreaterThanOrEqual(3));
    expect(spoken().slice(0, 3)).toEqual(['Dunia', 'World', original('headline')]);
    expect(fake?.log[0]).toMatchObject({ lang: 'id-ID', voice: 'Fake Bahasa Indonesia' });
    expect(fake?.log[1]).toMatchObject({ lang: 'en-US', voice: 'Fake US English' });
    expect(cursor.getSnapshot()).toEqual({ segmentId: 's-headline-0', source: 'player' });
    expect(document.documentElement.dataset.speaking).toBe('id');
    expect(screen.getByText(/^Reading sentence 2 of 27, in Indonesian$/)).toHaveAttribute(
      'aria-live',
      'polite',
    );
  });

  it('pauses, moves by sentence and resumes with its buttons', async () => {
    // Long enough utterances that the pause lands on the category or the headline even
    // on a busy machine (the expectation below covers both).
    const { user, cursor } = await openPlayer({ msPerChar: 40 });
    await waitFor(() => expect(spoken()).toContain('World'));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(fake?.current()).toBeNull();
    expect(document.documentElement.dataset.speaking).toBeUndefined();
    const at = cursor.getSnapshot().segmentId;
    await user.click(screen.getByRole('button', { name: 'Next sentence' }));
    await user.click(screen.getByRole('button', { name: 'Next sentence' }));
    await user.click(screen.getByRole('button', { name: 'Previous sentence' }));
    const paused = screen.getByText(/^Paused at sentence \d+ of 27$/);
    expect(cursor.getSnapshot().segmentId).not.toBe(at);
    const heard = spoken().length;
    await user.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(spoken().length).toBeGreaterThan(heard));
    const expected = at === 's-category-0' ? original('headline') : original('lead');
    expect(spoken()[heard]).toBe(expected);
    expect(paused).toHaveTextContent(/^Reading sentence/);
  });

  it('repeats the current sentence while Repeat is pressed', async () => {
    const { user } = await openPlayer({ msPerChar: 1, minDurationMs: 40 });
    const repeat = screen.getByRole('button', { name: 'Repeat sentence' });
    expect(repeat).toHaveAttribute('aria-pressed', 'false');
    await user.click(repeat);
    expect(repeat).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(spoken().length).toBeGreaterThanOrEqual(6), { timeout: 3000 });
    expect(spoken().slice(0, 6)).toEqual(['Dunia', 'World', 'Dunia', 'World', 'Dunia', 'World']);
  });

  it('reads at the chosen speed, in the chosen languages, with the chosen voice', async () => {
    const { user } = await openPlayer({
      voices: [
        { name: 'Fake Bahasa Indonesia', lang: 'id-ID' },
        { name: 'Another Indonesian', lang: 'id-ID', localService: false },
        { name: 'Fake US English', lang: 'en-US' },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await showOptions(user);
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    expect(
      within(speed)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      '0.5×',
      '0.6×',
      '0.7×',
      '0.8×',
      '0.9×',
      '1.0×',
      '1.1×',
      '1.2×',
      '1.3×',
      '1.4×',
      '1.5×',
    ]);
    await user.selectOptions(speed, '0.7×');
    await user.click(screen.getByRole('radio', { name: 'Indonesian only' }));
    const voice = screen.getByRole('combobox', { name: 'Indonesian voice' });
    expect(
      within(voice)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Automatic: Fake Bahasa Indonesia',
      'Fake Bahasa Indonesia',
      'Another Indonesian (online)',
    ]);
    await user.selectOptions(voice, 'Another Indonesian (online)');
    const heard = fake?.log.length ?? 0;
    await user.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(spoken().length).toBeGreaterThan(heard + 1));
    const after = fake?.log.slice(heard) ?? [];
    expect(after.every((e) => e.rate === 0.7 && e.lang === 'id-ID')).toBe(true);
    expect(after[0]?.voice).toBe('Another Indonesian');
  });

  it('remembers mode, speed, repeat and voice, and starts with them next time', async () => {
    const first = await openPlayer();
    await first.user.click(screen.getByRole('button', { name: 'Pause' }));
    await showOptions(first.user);
    await first.user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '1.3×');
    await first.user.click(screen.getByRole('radio', { name: 'English only' }));
    await first.user.click(screen.getByRole('button', { name: 'Repeat sentence' }));
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEYS.listen) ?? '')).toEqual({
      mode: 'en',
      rate: 1.3,
      loop: true,
      voices: { id: null, en: null },
    });
    first.unmount();
    fake?.uninstall();

    const second = await openPlayer();
    await showOptions(second.user);
    expect(screen.getByRole('radio', { name: 'English only' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveDisplayValue('1.3×');
    expect(screen.getByRole('button', { name: 'Repeat sentence' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await waitFor(() => expect(spoken().length).toBeGreaterThanOrEqual(2));
    expect(spoken().slice(0, 2)).toEqual(['World', 'World']);
    expect(fake?.log[0]?.rate).toBe(1.3);
  });

  it('says plainly when there is no voice at all, and how to add one', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await openPlayer({ voices: [] });
    expect(screen.getByText('Looking for voices…')).toBeInTheDocument();
    // Chrome can take a while to list its voices; the engine waits 3 s before concluding.
    act(() => vi.advanceTimersByTime(3100));
    expect(screen.getByText('No voice for Indonesian or English on this device')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is no voice for the language chosen',
    );
    expect(screen.getByText('How to add a voice')).toBeVisible();
    expect(screen.getByText(/sudo apt install speech-dispatcher espeak-ng/)).toBeInTheDocument();
    expect(screen.getByText(/Google Bahasa Indonesia/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play' })).toBeEnabled();
    expect(fake?.log).toEqual([]);
  });

  it('offers English only when the Indonesian voice is missing', async () => {
    const { user } = await openPlayer({ voices: [{ name: 'Fake US English', lang: 'en-US' }] });
    expect(screen.getByText('No Indonesian voice on this device')).toBeVisible();
    expect(
      screen.getByText('Indonesian sentences are skipped: only the English is read.'),
    ).toBeVisible();
    await waitFor(() => expect(spoken().length).toBeGreaterThanOrEqual(2));
    expect(spoken().slice(0, 2)).toEqual([
      'World',
      "Russian and Chinese Military Delegations Arrive in North Korea to Celebrate 'Victory Day'",
    ]);
    await user.click(screen.getByRole('button', { name: 'Read English only' }));
    await showOptions(user);
    expect(screen.getByRole('radio', { name: 'English only' })).toBeChecked();
    expect(screen.getByText('It is not needed in the current mode.')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Indonesian voice' })).toBeDisabled();
  });

  it('jumps to a sentence the reader moves the cursor to while playing', async () => {
    const { cursor } = await openPlayer();
    await waitFor(() => expect(spoken()).toContain('Dunia'));
    act(() => cursor.set('s-p3-1', 'pointer'));
    await waitFor(() => expect(spoken()).toContain(original('p3', 1)));
    expect(spoken()).not.toContain(original('lead'));
    await waitFor(() =>
      expect(cursor.getSnapshot()).toEqual({ segmentId: 's-p3-1', source: 'player' }),
    );
  });

  it('p plays and pauses, opening the player first, but not while typing', async () => {
    const user = userEvent.setup();
    fake = installFakeSpeech(window, QUICK);
    renderListen(
      <>
        <label>
          Note <input />
        </label>
        <ListenLauncher />
      </>,
    );
    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await user.keyboard('p');
    expect(screen.queryByRole('region', { name: 'Read aloud' })).not.toBeInTheDocument();
    await user.click(document.body);
    await user.keyboard('p');
    await screen.findByRole('region', { name: 'Read aloud' });
    // Opened by the keyboard: focus stays where it was.
    expect(screen.getByRole('button', { name: 'Pause' })).not.toHaveFocus();
    await waitFor(() => expect(spoken()).toContain('Dunia'));
    await user.keyboard('p');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    await user.keyboard('{Control>}p{/Control}');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    await user.keyboard('p');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('closes with its button or Escape, stops reading and gives focus back', async () => {
    const { user } = await openPlayer();
    await waitFor(() => expect(fake?.current()).not.toBeNull());
    await user.click(screen.getByRole('button', { name: 'Close the player' }));
    expect(screen.queryByRole('region', { name: 'Read aloud' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Listen' })).toHaveFocus();
    expect(fake?.current()).toBeNull();
    expect(document.documentElement.dataset.speaking).toBeUndefined();
    expect(document.documentElement.style.getPropertyValue('--listen-dock-height')).toBe('');

    await user.click(screen.getByRole('button', { name: 'Listen' }));
    await screen.findByRole('region', { name: 'Read aloud' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Read aloud' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Listen' })).toHaveFocus();
  });

  it('speaks the interface language', async () => {
    await openPlayer({}, 'id');
    expect(screen.getByRole('button', { name: 'Jeda' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kalimat berikutnya' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText(/^Membacakan kalimat \d+ dari 27, dalam bahasa/)).toBeInTheDocument(),
    );
  });
});
