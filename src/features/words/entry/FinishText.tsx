/**
 * The end-of-text action, loaded once the page has hydrated (it is of no use before): one
 * action marks every root of the text that is not in the word list yet as Known (what LingQ
 * and Lute offer), with undo. The work itself loads on first use.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useText } from '../../../lib/text/TextContext';
import { addFinishStrings } from './finishStrings';
import type { MarkedKnown } from '../text/newWords';

/** The action for the text on the page (its `TextProvider`'s). */
export default function FinishText() {
  const { i18n } = useTranslation();
  const text = useText();
  addFinishStrings(i18n);
  const { t } = useTranslation('words');
  const [state, setState] = useState<
    { step: 'idle' | 'busy' | 'undone' | 'failed' } | { step: 'done'; marked: MarkedKnown }
  >({ step: 'idle' });
  const mark = async () => {
    setState({ step: 'busy' });
    try {
      const { markRemainingKnown } = await import('../text/newWords');
      const marked = await markRemainingKnown(i18n, text);
      setState(marked ? { step: 'done', marked } : { step: 'failed' });
    } catch {
      setState({ step: 'failed' });
    }
  };
  const undo = async (marked: MarkedKnown) => {
    await marked.undo();
    setState({ step: 'undone' });
  };
  return (
    <section className="finish-text needs-app" aria-label={t('finish.finishLabel')}>
      <p className="finish-text-label">{t('finish.finishLabel')}</p>
      <div className="finish-text-actions">
        <button
          type="button"
          className="chip-button"
          disabled={state.step === 'busy' || state.step === 'done'}
          onClick={() => void mark()}
        >
          {t('finish.markRemaining')}
        </button>
        <p className="finish-text-status" aria-live="polite">
          {state.step === 'done' ? t('finish.marked', { count: state.marked.count }) : null}
          {state.step === 'undone' ? t('finish.undone') : null}
          {state.step === 'failed' ? t('finish.failed') : null}
        </p>
        {state.step === 'done' && state.marked.count > 0 ? (
          <button type="button" className="chip-button" onClick={() => void undo(state.marked)}>
            {t('finish.undo')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
