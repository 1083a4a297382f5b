import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { addImportStrings } from '../../src/features/import/importStrings';
import {
  correct,
  redo,
  startHistory,
  undo,
  type ReviewRow,
} from '../../src/features/import/review';
import { ReviewTable } from '../../src/features/import/ReviewTable';
import { createI18n } from '../../src/lib/i18n/createI18n';
import { resources } from '../../src/lib/i18n/resources';

const ROWS: ReviewRow[] = [
  {
    id: ['Hujan turun sejak pagi.'],
    en: ['It had rained since morning.'],
    confidence: 0.98,
    startsParagraph: true,
  },
  {
    id: ['Jalan banjir.', 'Sekolah tutup.'],
    en: ['The roads flooded and schools closed.'],
    confidence: 0.5,
    startsParagraph: false,
  },
  {
    id: ['Warga mengungsi.'],
    en: ['Residents fled.', 'Some stayed.'],
    confidence: 0.95,
    startsParagraph: false,
  },
  { id: [], en: ['Officials gave no figure.'], confidence: 0.4, startsParagraph: false },
];

function Harness() {
  const [history, setHistory] = useState(() => startHistory(ROWS));
  return (
    <ReviewTable
      history={history}
      onCorrect={(c) => setHistory((h) => correct(h, c))}
      onUndo={() => setHistory((h) => undo(h))}
      onRedo={() => setHistory((h) => redo(h))}
    />
  );
}

function renderTable(lng: 'en' | 'id' = 'en') {
  const i18n = createI18n(lng, resources);
  addImportStrings(i18n);
  return render(
    <I18nextProvider i18n={i18n}>
      <Harness />
    </I18nextProvider>,
  );
}

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('the review table', () => {
  it('shows one row per pair, each side marked with its language, gaps and unsure pairs marked', () => {
    renderTable();
    expect(screen.getByRole('table', { name: 'Aligned sentence pairs' })).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(4);
    expect(screen.getByText('Jalan banjir.')).toHaveAttribute('lang', 'id');
    expect(screen.getByText('Residents fled.')).toHaveAttribute('lang', 'en');
    expect(within(bodyRows()[3] as HTMLElement).getByText('No counterpart')).toBeInTheDocument();
    expect(screen.getByText('4 pairs; 2 to check.')).toBeInTheDocument();
    expect(screen.getAllByText('Check')).toHaveLength(2);
  });

  it('jumps to the next pair to check', async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole('button', { name: 'Next pair to check' }));
    expect(screen.getByRole('radio', { name: 'Select pair 2' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Next pair to check' }));
    expect(screen.getByRole('radio', { name: 'Select pair 4' })).toBeChecked();
  });

  it('merges, splits, moves and detaches, with undo and redo', async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole('radio', { name: 'Select pair 3' }));
    await user.click(screen.getByRole('button', { name: 'Merge with next' }));
    expect(bodyRows()).toHaveLength(3);
    expect(
      within(bodyRows()[2] as HTMLElement).getByText('Officials gave no figure.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(bodyRows()).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(bodyRows()).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Undo' }));

    await user.click(screen.getByRole('radio', { name: 'Select pair 2' }));
    await user.click(screen.getByRole('button', { name: 'Split…' }));
    await user.click(
      screen.getByRole('button', { name: 'Split after Indonesian 1 and English 1' }),
    );
    expect(bodyRows()).toHaveLength(5);
    expect(within(bodyRows()[2] as HTMLElement).getByText('Sekolah tutup.')).toBeInTheDocument();
    expect(within(bodyRows()[2] as HTMLElement).getByText('No counterpart')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Select pair 4' }));
    await user.click(
      within(screen.getByRole('group', { name: 'English' })).getByRole('button', {
        name: 'Last: no counterpart',
      }),
    );
    expect(bodyRows()).toHaveLength(6);
    expect(within(bodyRows()[4] as HTMLElement).getByText('Some stayed.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Select pair 5' }));
    await user.click(
      within(screen.getByRole('group', { name: 'English' })).getByRole('button', {
        name: 'First to the pair above',
      }),
    );
    expect(within(bodyRows()[3] as HTMLElement).getByText('Some stayed.')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(5);
  });

  it('works from the keyboard: arrows choose a pair, M merges, Ctrl+Z and Ctrl+Y', async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole('radio', { name: 'Select pair 1' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Select pair 2' })).toBeChecked();
    await user.keyboard('m');
    expect(bodyRows()).toHaveLength(3);
    await user.keyboard('{Control>}z{/Control}');
    expect(bodyRows()).toHaveLength(4);
    await user.keyboard('{Control>}y{/Control}');
    expect(bodyRows()).toHaveLength(3);
  });

  it('disables what cannot be done', async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole('radio', { name: 'Select pair 1' }));
    expect(
      within(screen.getByRole('group', { name: 'Indonesian' })).getByRole('button', {
        name: 'First to the pair above',
      }),
    ).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  it('speaks Indonesian in the Indonesian interface', () => {
    renderTable('id');
    expect(screen.getByRole('heading', { name: 'Periksa pasangan' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gabung dengan berikutnya' })).toBeInTheDocument();
  });
});
