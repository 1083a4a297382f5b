/**
 * The work the align worker does, as a plain function so it can be tested without a
 * Worker: split both texts into paragraphs and sentences, align them, and post progress
 * and the result (or the error) back.
 */
import { alignParagraphs, type AlignProgress, type AlignResult } from './align.ts';
import { splitText } from './split.ts';

/** Main thread -> worker. */
export interface AlignRequest {
  type: 'align';
  /** The Indonesian text as pasted or read from a file. */
  original: string;
  /** The English text; may be empty (an Indonesian-only text). */
  translation: string;
}

/** What an alignment gives the import page. */
export interface AlignJobResult {
  /** Indonesian paragraphs, each a list of sentences. */
  originalParagraphs: string[][];
  /** English paragraphs, each a list of sentences. */
  translationParagraphs: string[][];
  /** Pairs; indices count through all sentences of each side, paragraph by paragraph. */
  alignment: AlignResult;
  /** Milliseconds spent splitting and aligning, for the bench and for diagnostics. */
  timings: { splitMs: number; alignMs: number };
}

/** Worker -> main thread. */
export type AlignResponse =
  | { type: 'progress'; progress: AlignProgress }
  | { type: 'result'; result: AlignJobResult }
  | { type: 'error'; message: string };

export function runAlignJob(request: AlignRequest, post: (message: AlignResponse) => void): void {
  try {
    const started = performance.now();
    const originalParagraphs = splitText(request.original, 'id').map((p) => p.sentences);
    const translationParagraphs = splitText(request.translation, 'en').map((p) => p.sentences);
    const split = performance.now();
    const alignment = alignParagraphs(originalParagraphs, translationParagraphs, {
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    const timings = { splitMs: split - started, alignMs: performance.now() - split };
    post({
      type: 'result',
      result: { originalParagraphs, translationParagraphs, alignment, timings },
    });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
