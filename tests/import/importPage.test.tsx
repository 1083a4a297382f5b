import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alignForReview } from '../../src/features/import/alignForReview';
import { loadDraft } from '../../src/features/import/draftStore';
import { ImportPage, type ImportedText } from '../../src/features/import/ImportPage';
import { openDatabase } from '../../src/lib/db/database';
import { createI18n } from '../../src/lib/i18n/createI18n';
import { resources } from '../../src/lib/i18n/resources';
import { inlineWorker } from './inlineWorker';

const ORIGINAL = [
  'Hujan deras mengguyur Jakarta sejak Senin pagi dan belum juga reda. Sejumlah jalan utama di pusat kota tergenang air setinggi 40 sentimeter.',
  '',
  'Badan Meteorologi memperkirakan hujan akan berlanjut hingga Rabu. Warga yang tinggal di tepi sungai diminta untuk berhati-hati.',
].join('\n');
const TRANSLATION = [
  'Heavy rain has lashed Jakarta since Monday morning and has not let up. Several main roads in the city centre were under 40 centimetres of water.',
  '',
  'The weather agency expects the rain to continue until Wednesday. Residents who live by the river were asked to take care.',
].join('\n');

afterEach(async () => {
  await openDatabase().drafts.clear();
});

function renderPage(
  save = vi.fn<(text: ImportedText) => Promise<string>>(async () => 'hujan-jakarta'),
) {
  const i18n = createI18n('en', resources);
  const onSaved = vi.fn();
  const align: typeof alignForReview = (original, translation, options) =>
    alignForReview(original, translation, { ...options, createWorker: inlineWorker });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ImportPage save={save} onSaved={onSaved} align={align} />
    </I18nextProvider>,
  );
  return { ...view, save, onSaved };
}

const field = (name: string) => screen.getByRole('textbox', { name });

describe('the import page', () => {
  it('aligns a pasted text and its translation, then saves it as a sanding text', async () => {
    const user = userEvent.setup();
    const { save, onSaved } = renderPage();
    await screen.findByRole('heading', { name: 'Import a text' });
    await user.type(field('Title'), 'Hujan di Jakarta');
    await user.click(field('Indonesian text'));
    await user.paste(ORIGINAL);
    await user.click(field('English translation'));
    await user.paste(TRANSLATION);
    await user.click(screen.getByRole('button', { name: 'Align' }));

    const table = await screen.findByRole('table', { name: 'Aligned sentence pairs' });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(
      within(table).getByText('Warga yang tinggal di tepi sungai diminta untuk berhati-hati.'),
    ).toHaveAttribute('lang', 'id');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('hujan-jakarta'));
    const saved = save.mock.calls[0]?.[0];
    expect(saved).toMatchObject({ format: 'sanding-text', version: 1, title: 'Hujan di Jakarta' });
    expect(saved?.original.blocks.map((b) => b.segments.length)).toEqual([2, 2]);
    expect(saved?.translation?.blocks[1]?.segments[0]).toBe(
      'The weather agency expects the rain to continue until Wednesday.',
    );
    expect(await loadDraft()).toBeNull();
  });

  it('saves an Indonesian-only text without a translation', async () => {
    const user = userEvent.setup();
    const { save } = renderPage();
    await user.click(field('Indonesian text'));
    await user.paste(ORIGINAL);
    await user.click(screen.getByRole('button', { name: 'Align' }));
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const saved = save.mock.calls[0]?.[0];
    expect(saved?.translation).toBeUndefined();
    expect(saved?.title).toBe(
      'Hujan deras mengguyur Jakarta sejak Senin pagi dan belum juga reda.',
    );
  });

  it('says what is wrong next to the field, and keeps the form as it was', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('button', { name: 'Align' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Paste or upload the Indonesian text first.',
    );
    expect(field('Indonesian text')).toHaveAccessibleDescription(
      /Paste or upload the Indonesian text first/,
    );

    await user.type(field('Indonesian text'), '   {Enter}  ');
    await user.click(screen.getByRole('button', { name: 'Align' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('only spaces');
    expect(field('Indonesian text')).toHaveValue('   \n  ');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('warns when a field seems to hold the other language, and still aligns', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(field('Indonesian text'));
    await user.paste(TRANSLATION);
    await user.click(field('English translation'));
    await user.paste(ORIGINAL);
    await user.click(screen.getByRole('button', { name: 'Align' }));
    expect(
      await screen.findByText('This looks like English. Is it in the right field?'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('This looks like Indonesian. Is it in the right field?'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('takes only the text of pasted HTML, never its markup', async () => {
    const user = userEvent.setup();
    const { save } = renderPage();
    await user.click(field('Indonesian text'));
    await user.paste(
      '<p>Hujan turun sejak pagi di kota itu.</p><script>alert(1)</script><p>Jalan banjir.</p>',
    );
    await user.click(screen.getByRole('button', { name: 'Align' }));
    expect(
      await screen.findByText('The markup was removed: only the text of the HTML is kept.'),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const segments = save.mock.calls[0]?.[0].original.blocks.flatMap((b) => b.segments) ?? [];
    expect(segments.join(' ')).not.toMatch(/[<>]|alert/);
  });

  it('reads files into a field and names the problem with a bad one', async () => {
    const user = userEvent.setup();
    renderPage();
    const input = () =>
      document.querySelector<HTMLInputElement>(
        'input[type="file"][data-field="original"]',
      ) as HTMLInputElement;

    await user.upload(input(), new File([new Uint8Array([0x50, 0x4b, 0, 0, 1, 2])], 'photo.txt'));
    expect(await screen.findByRole('alert')).toHaveTextContent('photo.txt is not a text file');

    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'Halo dunia.'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    await user.upload(input(), new File([utf16], 'salam.txt'));
    await waitFor(() => expect(field('Indonesian text')).toHaveValue('Halo dunia.'));

    await user.upload(input(), new File([new Uint8Array([0xc3, 0x28, 0x41])], 'latin1.txt'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'latin1.txt is not in a text encoding',
    );
    expect(field('Indonesian text')).toHaveValue('Halo dunia.');

    const huge = new File(['x'], 'huge.txt');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    await user.upload(input(), huge);
    expect(await screen.findByRole('alert')).toHaveTextContent('huge.txt is 50.0 MB');
  });

  it('keeps a half-finished import when the page is closed, until it is discarded', async () => {
    const user = userEvent.setup();
    const first = renderPage();
    await user.type(field('Title'), 'Draf');
    await user.click(field('Indonesian text'));
    await user.paste(ORIGINAL);
    await waitFor(async () => expect((await loadDraft())?.original).toBe(ORIGINAL));
    first.unmount();

    renderPage();
    expect(await screen.findByText('Your unfinished import was restored.')).toBeInTheDocument();
    expect(field('Indonesian text')).toHaveValue(ORIGINAL);
    expect(field('Title')).toHaveValue('Draf');

    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(field('Indonesian text')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(field('Indonesian text')).toHaveValue(ORIGINAL);
  });
});
