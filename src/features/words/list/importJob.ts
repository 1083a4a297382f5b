/**
 * Reading a word-list file, as the import worker runs it: parse and validate the whole file
 * (all or nothing, as {@link parseWordListImport} does), then hand the records over in
 * slices, so that the page receiving them never spends long unpacking one message. Pure and
 * synchronous: tests call it directly, the worker (wordImport.worker.ts) wraps it.
 */
import { parseWordListImport, type ImportProblem } from './exchange';
import type { WordRecord } from '../store/records';

/** Records per message: unpacking one slice on the page stays far below a frame. */
export const SLICE = 500;

/** What the worker sends: progress, slices of records in order, then the end. */
export type ImportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'records'; records: WordRecord[] }
  | { type: 'done'; ok: true; count: number }
  | { type: 'done'; ok: false; problem: ImportProblem }
  | { type: 'readFailed' };

/** What the page sends: the file the learner chose (a File is passed without copying it). */
export interface ImportRequest {
  type: 'import';
  file: Blob;
}

/** Parses and validates `text`, posting the outcome through `post`. */
export function runImportJob(text: string, post: (message: ImportMessage) => void): void {
  const result = parseWordListImport(text, (done, total) =>
    post({ type: 'progress', done, total }),
  );
  if (!result.ok) {
    post({ type: 'done', ok: false, problem: result.problem });
    return;
  }
  for (let from = 0; from < result.records.length; from += SLICE) {
    post({ type: 'records', records: result.records.slice(from, from + SLICE) });
  }
  post({ type: 'done', ok: true, count: result.records.length });
}
