/**
 * The part of a Worker that the app's worker clients use (the aligner's, the word-list
 * import's), typed by what goes in and what comes back, so tests can give them a fake.
 */
export interface WorkerLike<Request, Response> {
  postMessage(message: Request): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<Response>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}
