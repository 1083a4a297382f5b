/**
 * One alignment run for the import page: the worker splits and aligns both texts (see
 * alignClient.ts), and the pairs become rows to review.
 */
import { alignInWorker, type WorkerLike } from './alignClient';
import { pairsToRows, type ReviewRow } from './review';

export interface AlignedForReview {
  rows: ReviewRow[];
  originalSentences: number;
  translationSentences: number;
}

export interface AlignForReviewOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Makes the worker; the default is the real align worker. */
  createWorker?: () => WorkerLike;
}

/** Splits and aligns off the main thread; a cancelled run rejects with an AbortError. */
export async function alignForReview(
  original: string,
  translation: string,
  { onProgress, signal, createWorker }: AlignForReviewOptions = {},
): Promise<AlignedForReview> {
  const result = await alignInWorker(original, translation, {
    signal,
    ...(createWorker ? { createWorker } : {}),
    onProgress: ({ fraction }) => onProgress?.(fraction),
  });
  const targetSentences = result.translationParagraphs.flat();
  return {
    rows: pairsToRows(result.originalParagraphs, targetSentences, result.alignment.pairs),
    originalSentences: result.originalParagraphs.flat().length,
    translationSentences: targetSentences.length,
  };
}
