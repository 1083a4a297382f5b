/**
 * The align worker's own job, run in the test's thread behind the Worker interface the
 * client uses: what the worker does, without a Worker (jsdom has none).
 */
import type { WorkerLike } from '../../src/features/import/alignClient';
import {
  runAlignJob,
  type AlignRequest,
  type AlignResponse,
} from '../../src/features/import/alignJob';

export function inlineWorker(): WorkerLike {
  let terminated = false;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => {
      terminated = true;
    },
    postMessage: (request: AlignRequest) => {
      setTimeout(() => {
        runAlignJob(request, (message: AlignResponse) => {
          if (!terminated) worker.onmessage?.({ data: message } as MessageEvent<AlignResponse>);
        });
      }, 0);
    },
  };
  return worker;
}
