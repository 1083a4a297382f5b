/**
 * The word-list import worker: reading, parsing and validating a file of tens of thousands
 * of roots (20 MB) takes seconds, so it never runs on the page's main thread. One request
 * per worker; the page terminates it when done.
 */
import { runImportJob, type ImportMessage, type ImportRequest } from './importJob';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportMessage): void;
};

scope.onmessage = (event) => {
  if (event.data.type !== 'import') return;
  const post = (message: ImportMessage) => scope.postMessage(message);
  event.data.file.text().then(
    (text) => runImportJob(text, post),
    () => post({ type: 'readFailed' }),
  );
};
