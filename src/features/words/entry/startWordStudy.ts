/**
 * Starts word study on the page, once: the `words` strings, the session (lexicon and word
 * list), the status colouring and the header summary's numbers. Loaded with `import()` by
 * the lazy card host, the panel and, for a learner who already has a word list, the header
 * summary after the page is idle.
 */
import type { i18n as I18n } from 'i18next';
import { whenDictionaryLoaded } from '../language/analysis';
import { currentSentence, entryStore } from './entryStore';
import type { Lexicon } from '../language/lexicon/types';
import { recordId, type WordRecord } from '../store/records';
import { wordSession, type WordSession } from '../store/session';
import { startStatusColouring } from '../text/statusColouring';
import { addWordsStrings } from './wordsStrings';
import './words.css';

/**
 * The article's distinct roots and how many of them are known. A root counts once however
 * many forms and entries share it (`menyatakan` and `pernyataan` are both `nyata`); a
 * multi-word expression's root is the expression itself (`ibu kota`), as in the word list;
 * proper nouns (names of people, places, days) are left out, since they are not vocabulary.
 * Known means the learner set the root's status to Known; Ignored roots still count in the
 * total but never as known.
 */
export function knownRoots(
  lexicon: Lexicon,
  records: ReadonlyMap<string, WordRecord>,
): { known: number; total: number } {
  const roots = new Set<string>();
  for (const entry of Object.values(lexicon.entries)) {
    if (entry.pos !== 'proper noun') roots.add(recordId(entry.root));
  }
  let known = 0;
  for (const root of roots) if (records.get(root)?.status === 'known') known++;
  return { known, total: roots.size };
}

const started = new Map<string, WordSession>();

/**
 * Starts word study for a text (idempotent) and returns its session. `sentences` are the
 * text's original sentences, counted by the dictionary when the text has no lexicon.
 */
export function startWordStudy(
  i18n: I18n,
  articleId: string,
  sentences: readonly string[] = [],
): WordSession {
  addWordsStrings(i18n);
  const existing = started.get(articleId);
  if (existing) return existing;
  const session = wordSession(articleId);
  started.set(articleId, session);
  if (typeof document !== 'undefined') {
    // The text on the page when a sentence comes into view, while it is this article.
    startStatusColouring(session, (segmentId) =>
      entryStore.getSnapshot().text?.id === articleId
        ? (currentSentence(segmentId)?.original ?? null)
        : null,
    );
  }
  // Counting by the dictionary is asynchronous: only the latest count is published. It
  // starts once a lookup has brought the dictionary in (never before the first tap).
  let counting = 0;
  let dictionaryHere = false;
  let waiting = false;
  const publish = () => {
    const { lexicon, records, ready } = session.getSnapshot();
    if (!ready || entryStore.getSnapshot().articleId !== articleId) return;
    if (lexicon) {
      entryStore.setSummary(knownRoots(lexicon, records));
      return;
    }
    if (sentences.length === 0) return;
    if (dictionaryHere) {
      count(records);
    } else if (!waiting) {
      waiting = true;
      whenDictionaryLoaded(() => {
        dictionaryHere = true;
        publish();
      });
    }
  };
  const count = (records: ReadonlyMap<string, WordRecord>) => {
    const mine = ++counting;
    void import('./textRoots')
      .then(({ knownRootsByDictionary }) => knownRootsByDictionary(sentences, records))
      .then((summary) => {
        if (mine === counting && entryStore.getSnapshot().articleId === articleId) {
          entryStore.setSummary(summary);
        }
      })
      // Without the dictionary (offline, its part not cached) the hint stays.
      .catch(() => {});
  };
  session.subscribe(publish);
  publish();
  return session;
}
