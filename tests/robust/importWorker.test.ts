/**
 * The word-list import off the main thread: the worker's job (parse, validate, hand the
 * records over in slices) gives what reading the file at once gives, refuses a bad file with
 * the same problem, and the page's client puts the slices back together, falls back to
 * reading on the page when no worker can run, and reports a file that cannot be read.
 * (The real worker runs in the browser tests: tests/e2e/robust.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { parseWordListImport, toJsonExport } from '../../src/features/words/list/exchange';
import {
  readWordListFile,
  type ImportWorkerLike,
} from '../../src/features/words/list/importClient';
import {
  SLICE,
  runImportJob,
  type ImportMessage,
  type ImportRequest,
} from '../../src/features/words/list/importJob';
import type { WordRecord } from '../../src/features/words/store/records';
import { makeRecord } from '../words/helpers';

const NOW = new Date('2026-11-25T10:00:00Z');
const roots = (count: number): WordRecord[] =>
  Array.from({ length: count }, (_, index) => makeRecord(`akar${index}`, 'new'));

function messagesOf(text: string): ImportMessage[] {
  const messages: ImportMessage[] = [];
  runImportJob(text, (message) => messages.push(message));
  return messages;
}

/** A worker that runs the job in this thread, as the real one does in its own. */
function fakeWorker(): ImportWorkerLike & { terminated: boolean } {
  const worker = {
    terminated: false,
    onmessage: null as ImportWorkerLike['onmessage'],
    onerror: null as ImportWorkerLike['onerror'],
    postMessage(request: ImportRequest) {
      void request.file
        .text()
        .then((text) =>
          runImportJob(text, (message) =>
            worker.onmessage?.(new MessageEvent('message', { data: message })),
          ),
        );
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('the import job', () => {
  it('hands over every record in slices, with progress, then says how many', () => {
    const text = toJsonExport(roots(1_234), NOW);
    const messages = messagesOf(text);
    const slices = messages.flatMap((message) => (message.type === 'records' ? [message] : []));
    expect(slices.map((slice) => slice.records.length)).toEqual([SLICE, SLICE, 234]);
    const expected = parseWordListImport(text);
    expect(expected.ok && slices.flatMap((slice) => slice.records)).toEqual(
      expected.ok && expected.records,
    );
    expect(messages.filter((message) => message.type === 'progress')).toEqual([
      { type: 'progress', done: 500, total: 1234 },
      { type: 'progress', done: 1000, total: 1234 },
    ]);
    expect(messages.at(-1)).toEqual({ type: 'done', ok: true, count: 1234 });
  });

  it('refuses a bad file with the first problem, and hands over nothing', () => {
    const records = roots(700) as unknown as Record<string, unknown>[];
    records[612] = { ...records[612], updated: 'yesterday' };
    const messages = messagesOf(toJsonExport(records as never, NOW));
    expect(messages.some((message) => message.type === 'records')).toBe(false);
    expect(messages.at(-1)).toEqual({
      type: 'done',
      ok: false,
      problem: { code: 'field', field: 'words[612].updated', value: '"yesterday"' },
    });
    expect(messagesOf('{"format": "sanding-words"').at(-1)).toEqual({
      type: 'done',
      ok: false,
      problem: { code: 'notJson' },
    });
  });
});

describe('reading a chosen file', () => {
  const file = (text: string) => new File([text], 'words.json', { type: 'application/json' });

  it('puts the worker’s slices back together, and ends the worker', async () => {
    const text = toJsonExport(roots(1_100), NOW);
    const worker = fakeWorker();
    const progress: number[] = [];
    const read = await readWordListFile(file(text), {
      createWorker: () => worker,
      onProgress: (done) => progress.push(done),
    });
    expect(read).toEqual({ kind: 'parsed', result: parseWordListImport(text) });
    expect(progress).toEqual([500, 1000]);
    expect(worker.terminated).toBe(true);
  });

  it('reads on the page when no worker can run, or when the worker fails', async () => {
    const text = toJsonExport(roots(30), NOW);
    expect(await readWordListFile(file(text), { createWorker: () => null })).toEqual({
      kind: 'parsed',
      result: parseWordListImport(text),
    });
    const broken = fakeWorker();
    broken.postMessage = () =>
      queueMicrotask(() => broken.onerror?.(new ErrorEvent('error', { message: 'no chunk' })));
    expect(await readWordListFile(file(text), { createWorker: () => broken })).toEqual({
      kind: 'parsed',
      result: parseWordListImport(text),
    });
    expect(broken.terminated).toBe(true);
  });

  it('says so when the file cannot be read', async () => {
    const unreadable = file('{}');
    unreadable.text = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    expect(await readWordListFile(unreadable, { createWorker: () => null })).toEqual({
      kind: 'readFailed',
    });
    expect(await readWordListFile(unreadable, { createWorker: fakeWorkerThatCannotRead })).toEqual({
      kind: 'readFailed',
    });
  });
});

function fakeWorkerThatCannotRead(): ImportWorkerLike {
  const worker = fakeWorker();
  worker.postMessage = () =>
    queueMicrotask(() =>
      worker.onmessage?.(new MessageEvent('message', { data: { type: 'readFailed' } })),
    );
  return worker;
}
