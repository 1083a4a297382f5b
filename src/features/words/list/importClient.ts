/**
 * Reading a chosen word-list file in a Web Worker, as a promise: the worker reads, parses and
 * validates it (wordImport.worker.ts) and sends the records back in slices, so the page only
 * ever unpacks a few hundred records at a time. Where no worker can run (an old browser, a
 * test's DOM, a worker that fails to start), the file is read here, in chunks that yield
 * between them: slower, never wrong.
 */
import { parseWordListImportInChunks, type ImportResult } from './exchange';
import type { ImportMessage, ImportRequest } from './importJob';
import type { WorkerLike } from '../../../lib/workerLike';
import type { WordRecord } from '../store/records';

/** The file's content as an import result, or a file that could not be read at all. */
export type FileRead = { kind: 'parsed'; result: ImportResult } | { kind: 'readFailed' };

/** The part of the import worker the client uses, so tests can give it a fake one. */
export type ImportWorkerLike = WorkerLike<ImportRequest, ImportMessage>;

export interface ReadOptions {
  onProgress?: (done: number, total: number) => void;
  /** Makes the worker; null when none can run. The default is the real import worker. */
  createWorker?: () => ImportWorkerLike | null;
}

function createImportWorker(): ImportWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./wordImport.worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as ImportWorkerLike;
  } catch {
    return null;
  }
}

/** The same reading on the main thread, in chunks. */
async function readHere(
  file: Blob,
  onProgress?: (done: number, total: number) => void,
): Promise<FileRead> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'readFailed' };
  }
  return { kind: 'parsed', result: await parseWordListImportInChunks(text, onProgress) };
}

/** Reads, parses and validates a word-list file off the main thread where possible. */
export function readWordListFile(file: Blob, options: ReadOptions = {}): Promise<FileRead> {
  const { onProgress, createWorker = createImportWorker } = options;
  const worker = createWorker();
  if (!worker) return readHere(file, onProgress);
  return new Promise((resolve) => {
    const records: WordRecord[] = [];
    const finish = (read: FileRead | Promise<FileRead>) => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(read);
    };
    worker.onmessage = (event) => {
      const message = event.data;
      switch (message.type) {
        case 'progress':
          onProgress?.(message.done, message.total);
          break;
        case 'records':
          for (const record of message.records) records.push(record);
          break;
        case 'readFailed':
          finish({ kind: 'readFailed' });
          break;
        case 'done':
          finish({
            kind: 'parsed',
            result: message.ok ? { ok: true, records } : { ok: false, problem: message.problem },
          });
          break;
      }
    };
    // The worker could not start or crashed (its chunk failed to load, say): read it here.
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(readHere(file, onProgress));
    };
    worker.postMessage({ type: 'import', file });
  });
}
