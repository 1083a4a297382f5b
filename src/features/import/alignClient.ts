/**
 * Aligning in a Web Worker, as a promise: progress through a callback, cancellation
 * through an AbortSignal (the worker is terminated, so a long alignment stops at once).
 */
import type { WorkerLike as GenericWorkerLike } from '../../lib/workerLike';
import type { AlignProgress } from './align.ts';
import type { AlignJobResult, AlignRequest, AlignResponse } from './alignJob.ts';

/** The part of the align worker the client uses, so tests can give it a fake one. */
export type WorkerLike = GenericWorkerLike<AlignRequest, AlignResponse>;

export interface AlignInWorkerOptions {
  onProgress?: (progress: AlignProgress) => void;
  signal?: AbortSignal;
  /** Makes the worker; the default is the real align worker. */
  createWorker?: () => WorkerLike;
}

function createAlignWorker(): WorkerLike {
  return new Worker(new URL('./align.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

function abortError(): DOMException {
  return new DOMException('The alignment was cancelled.', 'AbortError');
}

/**
 * Splits and aligns `original` (Indonesian) and `translation` (English) in a worker.
 * Rejects with an `AbortError` DOMException when `signal` aborts, and with an Error when
 * the worker fails.
 */
export function alignInWorker(
  original: string,
  translation: string,
  options: AlignInWorkerOptions = {},
): Promise<AlignJobResult> {
  const { onProgress, signal, createWorker = createAlignWorker } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise((resolve, reject) => {
    const worker = createWorker();
    const finish = () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress?.(message.progress);
      } else if (message.type === 'result') {
        finish();
        resolve(message.result);
      } else {
        finish();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The align worker failed.'));
    };
    worker.postMessage({ type: 'align', original, translation });
  });
}
