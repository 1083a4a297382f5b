/**
 * Colours the studied words of the article by status, with one custom highlight per status
 * (`::highlight(sanding-status-learning-2)` in words.css). Sentences are coloured when they
 * first come near the viewport, so a 20,000-paragraph text tokenizes only what is read; a
 * change to the word list recolours the sentences already seen.
 */
import { checkShown } from '../../../lib/text/lookup';
import { entryOf, sentenceTargets } from '../language/analysis';
import { highlightsSupported, rangeForOffsets, statusHighlightName } from './highlights';
import { newSpans } from './newWords';
import type { Lexicon } from '../language/lexicon/types';
import { STUDY_STATUSES, recordId, type WordRecord, type WordStatus } from '../store/records';
import type { SessionSnapshot, WordSession } from '../store/session';
import type { StudyTarget } from '../language/tokenize';

/** The highlight of words not in the list yet (`::highlight(sanding-new-word)`). */
export const NEW_WORD_HIGHLIGHT = 'sanding-new-word';

/** Original-language sentences. */
const ORIGINAL_SENTENCES = '.t-original .seg[data-seg]';

/**
 * The status of each target of a sentence that has a studied record, as offsets: the
 * lexicon's root for words it knows, otherwise any record that lists the form as seen.
 */
export function statusSpans(
  targets: readonly StudyTarget[],
  lexicon: Lexicon | null,
  records: ReadonlyMap<string, WordRecord>,
  byForm: ReadonlyMap<string, WordRecord>,
): { start: number; end: number; status: WordStatus }[] {
  const spans: { start: number; end: number; status: WordStatus }[] = [];
  for (const target of targets) {
    const entry = entryOf(lexicon, target);
    const record = entry ? records.get(recordId(entry.root)) : byForm.get(target.key);
    if (record && STUDY_STATUSES.has(record.status)) {
      spans.push({ start: target.start, end: target.end, status: record.status });
    }
  }
  return spans;
}

/** The original text of sentence `segmentId` in the text model, or null if it has none. */
export type SentenceText = (segmentId: string) => string | null;

/**
 * Starts colouring the document's article; returns a function that stops and clears it. The
 * words are found in `sentenceText`'s sentences (the text model's); the page's elements only
 * carry the highlights.
 */
export function startStatusColouring(
  session: WordSession,
  sentenceText: SentenceText,
  doc: Document = document,
): () => void {
  if (!highlightsSupported()) return () => {};
  const highlights = new Map<WordStatus, Highlight>();
  for (const status of STUDY_STATUSES) {
    const highlight = new Highlight();
    highlights.set(status, highlight);
    CSS.highlights.set(statusHighlightName(status), highlight);
  }
  const fresh = new Highlight();
  CSS.highlights.set(NEW_WORD_HIGHLIGHT, fresh);
  const targetsOf = new WeakMap<Element, StudyTarget[]>();
  const seen = new Set<HTMLElement>();
  let current: SessionSnapshot = session.getSnapshot();
  let byForm = new Map<string, WordRecord>();

  const indexForms = (records: ReadonlyMap<string, WordRecord>) => {
    byForm = new Map();
    for (const record of records.values()) {
      for (const form of record.forms) byForm.set(form, record);
    }
  };

  const paint = (element: HTMLElement) => {
    const statuses = current.colouring && current.records.size > 0;
    // New words only once the lexicon is in: without it every word would look new.
    const marking = current.markNew && current.lexicon !== null;
    if (!statuses && !marking) return;
    let targets = targetsOf.get(element);
    if (!targets) {
      const sentence = sentenceText(element.dataset.seg ?? '');
      // A sentence the model does not have, or a gap (the page shows a marker): no words.
      targets =
        sentence && checkShown(element, sentence) ? sentenceTargets(sentence, current.lexicon) : [];
      targetsOf.set(element, targets);
    }
    if (marking) {
      for (const span of newSpans(targets, current.lexicon, current.records, byForm)) {
        const range = rangeForOffsets(element, span.start, span.end);
        if (range) fresh.add(range);
      }
    }
    if (!statuses) return;
    for (const span of statusSpans(targets, current.lexicon, current.records, byForm)) {
      const range = rangeForOffsets(element, span.start, span.end);
      if (range) highlights.get(span.status)?.add(range);
    }
  };

  const repaint = () => {
    for (const highlight of highlights.values()) highlight.clear();
    fresh.clear();
    for (const element of seen) paint(element);
  };

  indexForms(current.records);
  const unsubscribe = session.subscribe(() => {
    const next = session.getSnapshot();
    const changed =
      next.records !== current.records ||
      next.lexicon !== current.lexicon ||
      next.colouring !== current.colouring ||
      next.markNew !== current.markNew;
    if (next.lexicon !== current.lexicon) {
      // Expressions come from the lexicon: the targets must be found again.
      for (const element of seen) targetsOf.delete(element);
    }
    if (next.records !== current.records) indexForms(next.records);
    current = next;
    if (changed) repaint();
  });

  const sentences = Array.from(doc.querySelectorAll<HTMLElement>(ORIGINAL_SENTENCES));
  let observer: IntersectionObserver | null = null;
  if (typeof IntersectionObserver === 'function') {
    observer = new IntersectionObserver(
      (observed) => {
        for (const item of observed) {
          const element = item.target as HTMLElement;
          if (!item.isIntersecting || seen.has(element)) continue;
          seen.add(element);
          observer?.unobserve(element);
          paint(element);
        }
      },
      // A screenful ahead, so words are coloured before they scroll in.
      { rootMargin: '100% 0px' },
    );
    for (const element of sentences) observer.observe(element);
  } else {
    for (const element of sentences) seen.add(element);
    repaint();
  }
  // A long stored text renders its blocks in steps: sentences that arrive later are
  // watched (and coloured) like the first ones.
  const watch = (element: HTMLElement) => {
    if (seen.has(element)) return;
    if (observer) {
      observer.observe(element);
    } else {
      seen.add(element);
      paint(element);
    }
  };
  const arrivals =
    typeof MutationObserver === 'function'
      ? new MutationObserver((changes) => {
          for (const change of changes) {
            for (const node of change.addedNodes) {
              if (!(node instanceof HTMLElement)) continue;
              if (node.matches(ORIGINAL_SENTENCES)) watch(node);
              for (const element of node.querySelectorAll<HTMLElement>(ORIGINAL_SENTENCES)) {
                watch(element);
              }
            }
          }
        })
      : null;
  arrivals?.observe(doc.body, { childList: true, subtree: true });

  return () => {
    unsubscribe();
    observer?.disconnect();
    arrivals?.disconnect();
    for (const status of STUDY_STATUSES) CSS.highlights.delete(statusHighlightName(status));
    CSS.highlights.delete(NEW_WORD_HIGHLIGHT);
  };
}
