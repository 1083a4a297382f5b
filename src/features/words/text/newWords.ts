/**
 * Words the learner has not met yet: targets whose root is not in the word list. They get a
 * quiet underline (switchable in the word list), and at the end of a text "Mark the remaining
 * new words as known" turns every one of them into a Known record in one go, with undo, as
 * LingQ and Lute do. Proper nouns are names, not vocabulary: never marked, never added.
 */
import type { i18n as I18n } from 'i18next';
import { sentencesInReadingOrder } from '../../../lib/text/lookup';
import type { PairedText } from '../../../lib/text/types';
import {
  describeByDictionary,
  describeFromLexicon,
  entryOf,
  occurrenceOf,
  sentenceTargets,
  type WordInfo,
} from '../language/analysis';
import type { Lexicon } from '../language/lexicon/types';
import { emptyCard, recordId, type WordRecord } from '../store/records';
import type { WordSession } from '../store/session';
import type { StudyTarget } from '../language/tokenize';

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

/** Where a root was met: the sentence's address, its text and translation, the target. */
interface Meeting {
  articleId: string;
  segmentId: string;
  sentence: string;
  translation: string;
  target: StudyTarget;
}

/** A Known record for a root, with the sentence it was first met in as its context. */
function knownRecord(info: WordInfo, meeting: Meeting, now: Date): WordRecord {
  const at = now.toISOString();
  const { target } = meeting;
  const record: WordRecord = {
    id: recordId(info.root),
    root: info.root,
    status: 'known',
    forms: [info.key],
    breakdown: info.breakdown,
    gloss: info.gloss ?? info.sense ?? '',
    context: {
      articleId: meeting.articleId,
      segmentId: meeting.segmentId,
      sentence: meeting.sentence,
      translation: meeting.translation,
      form: target.text,
      start: target.start,
      end: target.end,
    },
    card: emptyCard(now),
    created: at,
    updated: at,
  };
  if (info.rootGloss) record.rootGloss = info.rootGloss;
  return record;
}

/**
 * The sentences of `text` in reading order, with their translations, from the text model: all
 * of them (a long stored text renders its beginning first), and never a marker the page shows
 * in a gap or beside a missing translation.
 */
function sentencesOf(text: PairedText) {
  return sentencesInReadingOrder(text).map(({ id, original, translation }) => ({
    segmentId: id,
    sentence: original,
    translation: translation ?? '',
  }));
}

/**
 * Known records for every new root of `text` that the lexicon describes, each with the first
 * sentence it appears in as its context; one record per root.
 */
export function remainingAsKnown(
  text: PairedText,
  lexicon: Lexicon,
  records: ReadonlyMap<string, WordRecord>,
  articleId: string,
  now: Date,
): WordRecord[] {
  const out = new Map<string, WordRecord>();
  for (const { segmentId, sentence, translation } of sentencesOf(text)) {
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
      out.set(id, knownRecord(info, { articleId, segmentId, sentence, translation, target }, now));
    });
  }
  return [...out.values()];
}

/**
 * The same for a text without a lexicon of its own (a learner's text): each word is looked up
 * in the dictionary; words it does not know, names and acronyms are left alone.
 */
export async function remainingAsKnownByDictionary(
  text: PairedText,
  records: ReadonlyMap<string, WordRecord>,
  articleId: string,
  now: Date,
): Promise<WordRecord[]> {
  const out = new Map<string, WordRecord>();
  for (const { segmentId, sentence, translation } of sentencesOf(text)) {
    for (const target of sentenceTargets(sentence, null)) {
      const info = await describeByDictionary(target, { text: sentence, translation });
      if (info.source !== 'dictionary' || info.properNoun) continue;
      const id = recordId(info.root);
      if (records.has(id) || out.has(id)) continue;
      out.set(id, knownRecord(info, { articleId, segmentId, sentence, translation, target }, now));
    }
  }
  return [...out.values()];
}

/** What the end-of-text action did, and how to take it back. */
export interface MarkedKnown {
  count: number;
  undo: () => Promise<void>;
}

/** Starts word study if needed and marks the remaining new roots of `text` as known. */
export async function markRemainingKnown(
  i18n: I18n,
  text: PairedText,
  session?: WordSession,
): Promise<MarkedKnown | null> {
  const articleId = text.id;
  const { startWordStudy } = await import('../entry/startWordStudy');
  const active = session ?? startWordStudy(i18n, articleId);
  await active.ready;
  const { lexicon, records } = active.getSnapshot();
  const now = new Date();
  // The article's own lexicon where it has one; the dictionary for a learner's text.
  const added =
    lexicon && lexicon.article === articleId
      ? remainingAsKnown(text, lexicon, records, articleId, now)
      : await remainingAsKnownByDictionary(text, records, articleId, now);
  if (added.length > 0 && !(await active.importRecords(added))) return null;
  return {
    count: added.length,
    async undo() {
      for (const record of added) await active.remove(record.id);
    },
  };
}
