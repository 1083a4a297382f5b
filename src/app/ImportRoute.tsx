/**
 * The import page (`/import`, loaded on first use), and the correction of a saved text's
 * alignment (`/import?text=<id>`). The app joins the import feature to the library's storage,
 * as features do not import each other.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CorrectionPage } from '../features/import/CorrectionPage';
import { ImportPage, type ImportedText } from '../features/import/ImportPage';
import type { ReviewRow } from '../features/import/review';
import { textToRows } from '../features/import/textRows';
import { requestPersistence } from '../lib/persistence';
import { textPath } from '../lib/routes';
import { describeProblem, validateTextFile } from '../lib/text/textFile';
import { getText, saveText, updateText } from '../lib/text/textStore';
import type { Text } from '../lib/text/types';
import { NoticePage } from './NoticePage';
import { PageFrame } from './PageFrame';
import UnknownPage from './UnknownPage';

async function saveImported(file: ImportedText): Promise<string> {
  const parsed = validateTextFile(file);
  if (!parsed.ok) throw new Error(describeProblem(parsed.problem));
  const summary = await saveText(parsed.text, { keepId: false });
  // The learner's first text of their own: ask the browser to keep it (once), before the
  // page moves on to the text; a browser slow to answer does not hold the learner up.
  await Promise.race([requestPersistence(), new Promise((resolve) => setTimeout(resolve, 1500))]);
  return summary.id;
}

type Correcting =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ready'; text: Text; rows: ReviewRow[] };

function Correction({ id }: { id: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<Correcting>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    getText(id).then(
      (found) => {
        if (!live) return;
        if (!found) setState({ status: 'missing' });
        else {
          const { text } = found;
          setState({ status: 'ready', text, rows: textToRows(text.original, text.translation) });
        }
      },
      () => live && setState({ status: 'missing' }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (state.status === 'loading') return <NoticePage busy title={t('text.opening')} />;
  // A correction of a text that is not (or no longer) in the library.
  if (state.status === 'missing') return <UnknownPage />;
  const { text, rows } = state;
  return (
    <CorrectionPage
      title={text.title}
      rows={rows}
      backHref={textPath(text.id)}
      save={async ({ original, translation }, hasTranslation) => {
        const corrected: Text = { ...text, original: { lang: 'id', blocks: original } };
        if (hasTranslation) corrected.translation = { lang: 'en', blocks: translation };
        else delete corrected.translation;
        const checked = validateTextFile(
          { format: 'sanding-text', version: 1, ...corrected },
          text.id,
        );
        if (!checked.ok) throw new Error(describeProblem(checked.problem));
        await updateText({ ...checked.text, id: text.id });
      }}
      onSaved={() => window.location.assign(textPath(text.id))}
    />
  );
}

export default function ImportRoute({ settings }: { settings: ReactNode }) {
  const correcting = new URLSearchParams(window.location.search).get('text');
  return (
    <PageFrame page="import" settings={settings}>
      {correcting ? (
        <Correction id={correcting} />
      ) : (
        <ImportPage save={saveImported} onSaved={(id) => window.location.assign(textPath(id))} />
      )}
    </PageFrame>
  );
}
