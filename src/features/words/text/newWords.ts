/**
 * Words the learner has not met yet: targets whose root is not in the word list. They get a
 * quiet underline (switchable in the word list), and at the end of a text "Mark the remaining
 * new words as known" turns every one of them into a Known record in one go, with undo, as
 * LingQ and Lute do. Proper nouns are names, not vocabulary: never marked, never added.
 */
import type { i18n as I18n } from 'i18next';
import { describeFromLexicon, entryOf, occurrenceOf, sentenceTargets } from '../language/analysis';
import type { Lexicon } from '../language/lexicon/types';
import { emptyCard, recordId, type WordRecord } from '../store/records';
import type { WordSession } from '../store/session';
import type { StudyTarget } from '../language/tokenize';

/** Original-language sentences. */
const ORIGINAL_SENTENCES = '.t-original .seg[data-seg]';

/** The targets of a sentence that are new: not proper nouns, no record for their root or form. */
export function newSpans(
  targets: readonly StudyTarget[],
  lexicon: Lexicon | null,
  records: ReadonlyMap<string, WordRecord>,
  byForm: ReadonlyMap<string, WordRecord>,
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const target of targets) {
    const entry = entryOf(lexicon, target);
    if (entry?.pos === 'proper noun') continue;
    const known = entry ? records.has(recordId(entry.root)) : byForm.has(target.key);
    if (!known) spans.push({ start: target.start, end: target.end });
  }
  return spans;
}

/**
 * Known records for every new root of the text in `doc` that the lexicon describes, each with
 * the first sentence it appears in as its context; one record per root.
 */
export function remainingAsKnown(
  doc: Document,
  lexicon: Lexicon,
  records: ReadonlyMap<string, WordRecord>,
  articleId: string,
  now: Date,
): WordRecord[] {
  const out = new Map<string, WordRecord>();
  const at = now.toISOString();
  for (const element of Array.from(doc.querySelectorAll<HTMLElement>(ORIGINAL_SENTENCES))) {
    const segmentId = element.dataset.seg ?? '';
    const sentence = element.textContent ?? '';
    sentenceTargets(sentence, lexicon).forEach((target, index) => {
      const entry = entryOf(lexicon, target);
      if (!entry || entry.pos === 'proper noun') return;
      const id = recordId(entry.root);
      if (records.has(id) || out.has(id)) return;
      const info = describeFromLexicon(
        target,
        entry,
        occurrenceOf(lexicon, segmentId, index, target),
      );
      const record: WordRecord = {
        id,
        root: info.root,
        status: 'known',
        forms: [info.key],
        breakdown: info.breakdown,
        gloss: info.gloss ?? info.sense ?? '',
        context: {
          articleId,
          segmentId,
          sentence,
          translation: doc.getElementById(`${segmentId}-t`)?.textContent ?? '',
          form: target.text,
          start: target.start,
          end: target.end,
        },
        card: emptyCard(now),
        created: at,
        updated: at,
      };
      if (info.rootGloss) record.rootGloss = info.rootGloss;
      out.set(id, record);
    });
  }
  return [...out.values()];
}

/** What the end-of-text action did, and how to take it back. */
export interface MarkedKnown {
  count: number;
  undo: () => Promise<void>;
}

/** Starts word study if needed and marks the text's remaining new roots as known. */
export async function markRemainingKnown(
  i18n: I18n,
  articleId: string,
  session?: WordSession,
): Promise<MarkedKnown | null> {
  const { startWordStudy } = await import('../entry/startWordStudy');
  const active = session ?? startWordStudy(i18n, articleId);
  await active.ready;
  const { lexicon, records } = active.getSnapshot();
  if (!lexicon) return null;
  const added = remainingAsKnown(document, lexicon, records, articleId, new Date());
  if (added.length > 0 && !(await active.importRecords(added))) return null;
  return {
    count: added.length,
    async undo() {
      for (const record of added) await active.remove(record.id);
    },
  };
}
