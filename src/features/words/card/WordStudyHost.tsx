/**
 * The lazy half of word study that `WordsButton` mounts on first use: starts the session
 * (strings, word list, lexicon, status colouring) and shows the word card that the entry's
 * store asks for, in a portal at the end of <body> (it is positioned in page coordinates).
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { translationElementId } from '../../../lib/text/addresses';
import { WordCard } from './WordCard';
import { entryStore } from '../entry/entryStore';
import { startWordStudy } from '../entry/startWordStudy';

/** Focus back to the sentence the card was on, in whichever language is shown. */
function focusSentence(element: HTMLElement): void {
  const translation = document.getElementById(translationElementId(element.dataset.seg ?? ''));
  const target = element.getClientRects().length > 0 ? element : translation;
  target?.focus({ preventScroll: true });
}

/** Hosts the word card (default export, for `React.lazy`). */
export default function WordStudyHost() {
  const { i18n } = useTranslation();
  const { articleId, card } = useSyncExternalStore(entryStore.subscribe, entryStore.getSnapshot);
  const session = useMemo(() => startWordStudy(i18n, articleId), [i18n, articleId]);

  const element = card?.element;
  const close = useCallback(
    (returnFocus: boolean) => {
      entryStore.closeCard();
      if (returnFocus && element) focusSentence(element);
    },
    [element],
  );

  if (!card) return null;
  return createPortal(
    <WordCard key={card.seq} request={card} session={session} onClose={close} />,
    document.body,
  );
}
