/**
 * Persistent storage: asked for once, when the learner first saves something of their own
 * (a text, a word), because a browser may clear a site's storage when space runs low unless
 * it was granted. The answer is remembered, so the library can say what it means.
 */
import { readRaw, STORAGE_KEYS, writeJson } from './storage';

/** `granted` and `refused` are the browser's answers; `unsupported` when it cannot be asked. */
export type PersistenceAnswer = 'granted' | 'refused' | 'unsupported';

const ANSWERS: readonly string[] = ['granted', 'refused', 'unsupported'];

/** The remembered answer, or null before the first save. */
export function persistenceAnswer(): PersistenceAnswer | null {
  try {
    const value: unknown = JSON.parse(readRaw(STORAGE_KEYS.persistence) ?? 'null');
    return typeof value === 'string' && ANSWERS.includes(value)
      ? (value as PersistenceAnswer)
      : null;
  } catch {
    return null;
  }
}

let asking: Promise<PersistenceAnswer> | null = null;

async function ask(storage: StorageManager | undefined): Promise<PersistenceAnswer> {
  let answer: PersistenceAnswer = 'unsupported';
  try {
    if (typeof storage?.persist === 'function') {
      answer = (await storage.persist()) ? 'granted' : 'refused';
    }
  } catch {
    answer = 'refused';
  }
  writeJson(STORAGE_KEYS.persistence, answer);
  return answer;
}

/**
 * Asks the browser to keep the site's storage, the first time only (later calls return the
 * remembered answer without asking). Never rejects.
 */
export function requestPersistence(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistenceAnswer> {
  const known = persistenceAnswer();
  if (known) return Promise.resolve(known);
  // One question at a time: saves that come together share it; cleared once answered.
  asking ??= ask(storage).finally(() => {
    asking = null;
  });
  return asking;
}
