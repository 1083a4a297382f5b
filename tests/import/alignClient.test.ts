import { describe, expect, it } from 'vitest';
import type { AlignProgress } from '../../src/features/import/align.ts';
import { alignInWorker, type WorkerLike } from '../../src/features/import/alignClient.ts';
import {
  runAlignJob,
  type AlignRequest,
  type AlignResponse,
} from '../../src/features/import/alignJob.ts';

/** A Worker that runs the real job on the same thread, a task later, like a worker would. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<AlignResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: AlignRequest[] = [];
  constructor(private readonly respond = true) {}
  postMessage(message: AlignRequest) {
    this.requests.push(message);
    if (!this.respond) return;
    setTimeout(() => {
      runAlignJob(message, (response) => {
        if (!this.terminated) this.onmessage?.({ data: response } as MessageEvent<AlignResponse>);
      });
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

const ID = 'Hujan turun sejak pagi. Sungai meluap.\n\n"Cepat sekali!" serunya.';
const EN = 'It had rained since morning. The river burst its banks.\n\n"So fast!" she cried.';

describe('runAlignJob', () => {
  it('splits, aligns and posts progress then the result', () => {
    const messages: AlignResponse[] = [];
    runAlignJob({ type: 'align', original: ID, translation: EN }, (m) => messages.push(m));
    expect(messages.some((m) => m.type === 'progress')).toBe(true);
    const last = messages.at(-1);
    expect(last?.type).toBe('result');
    if (last?.type !== 'result') return;
    expect(last.result.originalParagraphs).toEqual([
      ['Hujan turun sejak pagi.', 'Sungai meluap.'],
      ['"Cepat sekali!" serunya.'],
    ]);
    expect(last.result.alignment.pairs.map((p) => [p.source, p.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });
});

describe('alignInWorker', () => {
  it('resolves with the result, reports progress and ends the worker', async () => {
    const worker = new FakeWorker();
    const progress: AlignProgress[] = [];
    const result = await alignInWorker(ID, EN, {
      createWorker: () => worker,
      onProgress: (p) => progress.push(p),
    });
    expect(worker.requests).toEqual([{ type: 'align', original: ID, translation: EN }]);
    expect(result.alignment.pairs).toHaveLength(3);
    expect(progress.at(-1)?.fraction).toBe(1);
    expect(worker.terminated).toBe(true);
  });

  it('cancels: rejects with AbortError and terminates the worker', async () => {
    const worker = new FakeWorker(false);
    const controller = new AbortController();
    const promise = alignInWorker(ID, EN, {
      createWorker: () => worker,
      signal: controller.signal,
    });
    controller.abort();
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('does not start when already cancelled', async () => {
    let created = 0;
    const controller = new AbortController();
    controller.abort();
    await expect(
      alignInWorker(ID, EN, {
        createWorker: () => {
          created++;
          return new FakeWorker();
        },
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(created).toBe(0);
  });

  it('rejects when the worker reports an error or crashes', async () => {
    const failing = new FakeWorker(false);
    const promise = alignInWorker(ID, EN, { createWorker: () => failing });
    failing.onmessage?.({
      data: { type: 'error', message: 'boom' },
    } as MessageEvent<AlignResponse>);
    await expect(promise).rejects.toThrow('boom');
    expect(failing.terminated).toBe(true);

    const crashing = new FakeWorker(false);
    const crashed = alignInWorker(ID, EN, { createWorker: () => crashing });
    crashing.onerror?.({ message: 'script error' } as ErrorEvent);
    await expect(crashed).rejects.toThrow('script error');
  });
});
