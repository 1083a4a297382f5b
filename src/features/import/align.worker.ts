/**
 * The align worker: splitting and aligning a long text takes longer than a frame, so it
 * never runs on the main thread. One request per worker; the client terminates the
 * worker to cancel.
 */
import { runAlignJob, type AlignRequest, type AlignResponse } from './alignJob.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AlignRequest>) => void) | null;
  postMessage(message: AlignResponse): void;
};

scope.onmessage = (event) => {
  if (event.data.type === 'align') runAlignJob(event.data, (message) => scope.postMessage(message));
};
