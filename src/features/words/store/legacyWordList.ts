/**
 * The word list as earlier versions stored it, through idb-keyval: database `sanding`, one
 * object store `words`, records under `word:<id>` and the feature's settings under
 * `settings`. Read once, with raw IndexedDB (idb-keyval is gone), and copied into the Dexie
 * database by the word store; the old database is left as it was, so nothing can be lost
 * by a copy that fails half-way.
 */

/** The database and object store idb-keyval used. */
export const LEGACY_DATABASE = 'sanding';
const LEGACY_STORE = 'words';
export const LEGACY_RECORD_PREFIX = 'word:';
export const LEGACY_SETTINGS_KEY = 'settings';

/** Everything the old database held: raw values, validated later like any stored row. */
export interface LegacyWordList {
  records: unknown[];
  settings: unknown;
}

/** Opens `name` only if it exists: a database created by this open is aborted at once. */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    let creating = false;
    const request = factory.open(name);
    request.onupgradeneeded = () => {
      // Version 0 to 1: the database did not exist. Aborting leaves nothing behind.
      creating = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (creating) {
        event.preventDefault();
        resolve(null);
      } else {
        reject(request.error ?? new Error(`Cannot open ${name}`));
      }
    };
  });
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** The old word list, or null when this browser never had one. */
export async function readLegacyWordList(
  factory: IDBFactory = indexedDB,
  name: string = LEGACY_DATABASE,
): Promise<LegacyWordList | null> {
  const database = await openExisting(factory, name);
  if (!database) return null;
  try {
    if (!database.objectStoreNames.contains(LEGACY_STORE)) return null;
    const store = database.transaction(LEGACY_STORE, 'readonly').objectStore(LEGACY_STORE);
    const [keys, values] = await Promise.all([
      requestResult(store.getAllKeys()),
      requestResult(store.getAll()),
    ]);
    const result: LegacyWordList = { records: [], settings: undefined };
    keys.forEach((key, index) => {
      if (key === LEGACY_SETTINGS_KEY) result.settings = values[index];
      else if (typeof key === 'string' && key.startsWith(LEGACY_RECORD_PREFIX)) {
        result.records.push(values[index]);
      }
    });
    return result;
  } finally {
    database.close();
  }
}
