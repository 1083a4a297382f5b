/**
 * The library page with the real i18next, the real storage over fake-indexeddb and the real
 * text file code: list, sort, filter, rename, delete and undo, import (good and bad files)
 * and export, by role and accessible name.
 */
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryPage } from '../../src/features/library/LibraryPage';
import { DATABASE_NAME, resetDatabaseForTests } from '../../src/lib/db/database';
import { createI18n } from '../../src/lib/i18n/createI18n';
import { resources } from '../../src/lib/i18n/resources';
import type { UiLanguage } from '../../src/lib/i18n/languages';
import type { LoadRootKnowledge } from '../../src/lib/text/difficulty';
import { parseTextFile } from '../../src/lib/text/textFile';
import { saveText, saveTextState } from '../../src/lib/text/textStore';
import { readFixture } from '../text/fixtures';

const BUILTIN_TITLE = /^Rayakan 'Hari Kemenangan'/;

function renderLibrary({
  lng = 'en',
  loadRootKnowledge,
}: { lng?: UiLanguage; loadRootKnowledge?: LoadRootKnowledge } = {}) {
  const i18n = createI18n(lng, resources);
  return render(
    <I18nextProvider i18n={i18n}>
      <LibraryPage loadRootKnowledge={loadRootKnowledge} />
    </I18nextProvider>,
  );
}

async function store(name: string) {
  const parsed = parseTextFile(readFixture(name));
  if (!parsed.ok) throw new Error(name);
  return saveText(parsed.text);
}

const file = (name: string, content: string) =>
  new File([content], name, { type: 'application/json' });

/** The list items' titles, in order. */
const titles = () =>
  within(screen.getByRole('list', { name: '' }))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

beforeEach(async () => {
  resetDatabaseForTests();
  await Dexie.delete(DATABASE_NAME);
});
afterEach(() => resetDatabaseForTests());

describe('the library', () => {
  it('lists the built-in article and says the learner has no texts yet', async () => {
    renderLibrary();
    expect(screen.getByRole('heading', { level: 1, name: 'Library' })).toBeInTheDocument();
    const item = screen.getByRole('listitem', { name: BUILTIN_TITLE });
    expect(within(item).getByText('Built-in')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: BUILTIN_TITLE })).toHaveAttribute(
      'href',
      '/read/hari-kemenangan-2023',
    );
    expect(within(item).getByRole('link', { name: BUILTIN_TITLE })).toHaveAttribute('lang', 'id');
    expect(within(item).getByText(/^Russian and Chinese Military Delegations/)).toHaveAttribute(
      'lang',
      'en',
    );
    expect(within(item).queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Your texts will appear here' }),
    ).toBeInTheDocument();
  });

  it('shows each text with its languages, length, progress and when it was opened', async () => {
    await store('pasar-pagi');
    await store('catatan-harian');
    await saveTextState('pasar-pagi', { progress: 0.5, openedAt: new Date().toISOString() });
    renderLibrary();
    const market = await screen.findByRole('listitem', { name: 'Pasar Pagi di Tepi Sungai' });
    expect(within(market).getByText('Indonesian with English')).toBeInTheDocument();
    expect(within(market).getByText('4 sentences · 31 words')).toBeInTheDocument();
    expect(within(market).getByRole('progressbar', { name: 'Reading progress' })).toHaveValue(50);
    expect(within(market).getByText('50% read')).toBeInTheDocument();
    expect(within(market).getByText(/^Last opened/)).toBeInTheDocument();
    const diary = screen.getByRole('listitem', { name: 'Catatan Harian Seorang Guru' });
    expect(within(diary).getByText('Indonesian, no translation yet')).toBeInTheDocument();
    expect(within(diary).getByText('Not opened yet')).toBeInTheDocument();
    expect(screen.queryByText('Your texts will appear here')).not.toBeInTheDocument();
  });

  it('shows the share of roots known from the seam word study fills', async () => {
    await store('catatan-harian');
    const loadRootKnowledge: LoadRootKnowledge = () =>
      Promise.resolve({
        knownRoots: new Set(['tulis']),
        textDifficulty: (segments, known) => ({
          known: segments.join(' ').includes('menulis') && known.has('tulis') ? 1 : 0,
          total: 4,
        }),
      });
    renderLibrary({ loadRootKnowledge });
    const diary = await screen.findByRole('listitem', { name: 'Catatan Harian Seorang Guru' });
    expect(await within(diary).findByText('25% of 4 roots known')).toBeInTheDocument();
  });

  it('sorts by title, progress and last opened, and filters by title', async () => {
    const user = userEvent.setup();
    await store('pasar-pagi');
    await store('hujan-sore');
    await store('catatan-harian');
    await saveTextState('hujan-sore', { progress: 0.9, openedAt: '2026-11-20T00:00:00.000Z' });
    await saveTextState('catatan-harian', { progress: 0.2, openedAt: '2026-11-25T00:00:00.000Z' });
    renderLibrary();
    await screen.findByRole('listitem', { name: 'Hujan Sore' });

    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    await user.selectOptions(sort, 'Title');
    expect(titles().filter((t) => !BUILTIN_TITLE.test(t ?? ''))).toEqual([
      'Catatan Harian Seorang Guru',
      'Hujan Sore',
      'Pasar Pagi di Tepi Sungai',
    ]);
    await user.selectOptions(sort, 'Progress');
    expect(titles().slice(0, 2)).toEqual(['Hujan Sore', 'Catatan Harian Seorang Guru']);
    await user.selectOptions(sort, 'Last opened');
    // The built-in article was never opened in this browser: opened ones come first.
    expect(titles().slice(0, 2)).toEqual(['Catatan Harian Seorang Guru', 'Hujan Sore']);

    await user.type(screen.getByRole('searchbox', { name: 'Filter by title' }), 'afternoon');
    expect(titles()).toEqual(['Hujan Sore']);
    expect(screen.getByText('1 text')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Filter by title' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter by title' }), 'zzz');
    expect(screen.getByText('No text has a title with “zzz”.')).toBeInTheDocument();
  });

  it('renames a text, and Escape leaves the title as it was', async () => {
    const user = userEvent.setup();
    await store('pasar-pagi');
    renderLibrary();
    await user.click(
      await screen.findByRole('button', { name: 'Rename “Pasar Pagi di Tepi Sungai”' }),
    );
    const field = screen.getByRole('textbox', { name: 'New title' });
    await user.clear(field);
    await user.type(field, 'Pasar Subuh{Escape}');
    expect(screen.getByRole('listitem', { name: 'Pasar Pagi di Tepi Sungai' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rename “Pasar Pagi di Tepi Sungai”' }));
    await user.clear(screen.getByRole('textbox', { name: 'New title' }));
    await user.type(screen.getByRole('textbox', { name: 'New title' }), 'Pasar Subuh');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('listitem', { name: 'Pasar Subuh' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Renamed to “Pasar Subuh”.');
  });

  it('deletes a text and an undo brings it back with its progress', async () => {
    const user = userEvent.setup();
    await store('pasar-pagi');
    await saveTextState('pasar-pagi', { cursor: 's-p1-1', progress: 0.75 });
    renderLibrary();
    await user.click(
      await screen.findByRole('button', { name: 'Delete “Pasar Pagi di Tepi Sungai”' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Pasar Pagi di Tepi Sungai' })).toBeNull(),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Pasar Pagi di Tepi Sungai”.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const back = await screen.findByRole('listitem', { name: 'Pasar Pagi di Tepi Sungai' });
    expect(within(back).getByText('75% read')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('“Pasar Pagi di Tepi Sungai” is back.');
  });

  it('imports good files and names the problem of each bad one, changing nothing for them', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const wrongVersion = readFixture('pasar-pagi').replace('"version": 1', '"version": 3');
    await user.upload(screen.getByLabelText('Import texts'), [
      file('hujan.json', readFixture('hujan-sore')),
      file('notes.json', 'not json at all'),
      file('old.json', wrongVersion),
      file('diary.json', readFixture('catatan-harian')),
    ]);
    const status = screen.getByRole('status');
    await within(status).findByText('Imported “Hujan Sore”.');
    expect(
      within(status).getByText('notes.json was not imported: it is not valid JSON.'),
    ).toBeInTheDocument();
    expect(
      within(status).getByText(
        'old.json was not imported: it is version 3 of the format; this app reads version 1.',
      ),
    ).toBeInTheDocument();
    expect(within(status).getByText('Imported “Catatan Harian Seorang Guru”.')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Hujan Sore' })).toBeInTheDocument();
    expect(screen.queryByRole('listitem', { name: 'Pasar Pagi di Tepi Sungai' })).toBeNull();
  });

  it('exports a text as its sanding-text file, which imports back the same', async () => {
    const user = userEvent.setup();
    await store('hujan-sore');
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    renderLibrary();
    await user.click(await screen.findByRole('button', { name: 'Export “Hujan Sore”' }));
    await waitFor(() => expect(clicks).toEqual(['hujan-sore.sanding-text.json']));
    const exported = parseTextFile(await (blobs[0] as Blob).text());
    const original = parseTextFile(readFixture('hujan-sore'));
    expect(exported).toEqual(original);
  });

  it('speaks Indonesian in the Indonesian interface', async () => {
    renderLibrary({ lng: 'id' });
    expect(screen.getByRole('heading', { level: 1, name: 'Pustaka' })).toBeInTheDocument();
    expect(screen.getByLabelText('Impor teks')).toBeInTheDocument();
    expect(await screen.findByText('Teks Anda akan muncul di sini')).toBeInTheDocument();
  });

  it('explains when storage is missing, and still lists the built-in article', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      renderLibrary();
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /does not let Sanding store texts/,
      );
      expect(screen.getByRole('listitem', { name: BUILTIN_TITLE })).toBeInTheDocument();
      expect(screen.getByLabelText('Import texts')).toBeDisabled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
