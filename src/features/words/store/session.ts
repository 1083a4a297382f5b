/**
 * The word study session of one article: the lexicon, the learner's records and settings,
 * and every change to them. An external store (subscribe/getSnapshot) so the card, the
 * panel, the header summary and the status colouring all see one state; writes go through
 * the one storage module, and a storage failure is recorded in the state (the UI explains it)
 * instead of escaping as a rejection.
 *
 * Nothing the learner did is forgotten: changes apply in memory first and stay pending until
 * storage has taken them. A write that fails (storage full, another tab blocking) is retried
 * with the next change, on a timer, and when the learner asks; until then the state counts
 * what is unsaved. Tabs keep each other in step over a BroadcastChannel: each announces the
 * roots it wrote or deleted, and the others read them back from storage.
 */
import type { WordInfo } from '../language/analysis';
import { loadLexicon } from '../language/lexicon/lexicon';
import type { Lexicon } from '../language/lexicon/types';
import { emptyCard, recordId, type WordContext, type WordRecord, type WordStatus } from './records';
import {
  DEFAULT_SETTINGS,
  WordStoreError,
  createWordStore,
  type SkippedRow,
  type WordStore,
  type WordSettings,
  type WordStoreFailure,
} from './wordStore';

/** What the session knows at one moment (immutable: a change makes a new snapshot). */
export interface SessionSnapshot {
  articleId: string;
  /** The article's lexicon; null while loading or when the article has none. */
  lexicon: Lexicon | null;
  /** True once the lexicon has been read (or failed to be): lookups never wait on storage. */
  lexiconReady: boolean;
  /** True once the records, settings and lexicon have been read (or failed to be). */
  ready: boolean;
  /** True once the stored records have been read successfully. */
  loaded: boolean;
  /** Records by id. */
  records: ReadonlyMap<string, WordRecord>;
  /** Stored rows that are not valid records, left out of `records`. */
  skipped: readonly SkippedRow[];
  /** How many changes storage has not taken yet. */
  pending: number;
  /** The last storage failure, until storage works again and nothing is pending. */
  storageError: WordStoreFailure | null;
  /** Colour studied words in the text by status. */
  colouring: boolean;
  /** Underline words whose root is not in the list yet. */
  markNew: boolean;
}

/** What an import did: roots added, roots replaced by the file's newer copy, roots kept. */
export interface ImportOutcome {
  added: number;
  replaced: number;
  /** Roots left as they were, because the copy here is as new as the file's or newer. */
  kept: WordRecord[];
}

/** The session's operations; none of them rejects. */
export interface WordSession {
  getSnapshot(): SessionSnapshot;
  subscribe(listener: () => void): () => void;
  /** Resolves when the first load is done. */
  ready: Promise<void>;
  /** Sets the status of `info`'s root, creating its record from this context if needed. */
  setStatus(info: WordInfo, status: WordStatus, context: WordContext): Promise<boolean>;
  /** Changes the status of an existing record. */
  changeStatus(id: string, status: WordStatus): Promise<boolean>;
  /** Replaces a record (after a review grade). */
  saveRecord(record: WordRecord): Promise<boolean>;
  /** Deletes a record; returns it (for undo), or undefined when there was none. */
  remove(id: string): Promise<WordRecord | undefined>;
  /**
   * Merges records in by their `updated` date, all or none: a root here that is as new as
   * the file's or newer is kept. Null (and nothing changed) when storage fails.
   */
  importRecords(records: readonly WordRecord[]): Promise<ImportOutcome | null>;
  setColouring(colouring: boolean): Promise<boolean>;
  setMarkNew(markNew: boolean): Promise<boolean>;
  /** Tries pending writes (and a failed first read) again; true when nothing is left. */
  retry(): Promise<boolean>;
}

/** Options of {@link createWordSession} (tests pass their own store, lexicon and channel). */
export interface SessionOptions {
  articleId: string;
  store?: WordStore;
  lexicon?: () => Promise<Lexicon | null>;
  now?: () => Date;
  /** The channel to other tabs; null for none. Defaults to `BroadcastChannel` when present. */
  channel?: SyncChannel | null;
  /** The first automatic retry after a failed write (then doubling, up to 2 minutes). */
  retryDelayMs?: number;
}

/** The part of `BroadcastChannel` the session uses. */
export interface SyncChannel {
  postMessage(message: SyncMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SyncMessage>) => void): void;
}

/** What a tab tells the others after storage took its changes. */
export interface SyncMessage {
  put: string[];
  removed: string[];
  settings: boolean;
}

/** The channel every tab of Sanding listens on for word-list changes. */
export const SYNC_CHANNEL = 'sanding-words';
const MAX_RETRY_MS = 120_000;

const failureOf = (error: unknown): WordStoreFailure =>
  error instanceof WordStoreError ? error.kind : 'failed';

const time = (iso: string) => {
  const value = Date.parse(iso);
  return Number.isNaN(value) ? 0 : value;
};

function defaultChannel(): SyncChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(SYNC_CHANNEL);
}

/** Creates a session and starts loading it. */
export function createWordSession({
  articleId,
  store = createWordStore(),
  lexicon = () => loadLexicon(articleId),
  now = () => new Date(),
  channel = defaultChannel(),
  retryDelayMs = 10_000,
}: SessionOptions): WordSession {
  const listeners = new Set<() => void>();
  let snapshot: SessionSnapshot = {
    articleId,
    lexicon: null,
    lexiconReady: false,
    ready: false,
    loaded: false,
    records: new Map(),
    skipped: [],
    pending: 0,
    storageError: null,
    colouring: DEFAULT_SETTINGS.colouring,
    markNew: DEFAULT_SETTINGS.markNew,
  };
  const update = (change: Partial<SessionSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of listeners) listener();
  };

  // Changes storage has not taken yet: the latest record per root, and deleted roots.
  const pendingPut = new Map<string, WordRecord>();
  const pendingRemove = new Set<string>();
  let pendingSettings: WordSettings | null = null;
  const pendingCount = () =>
    pendingPut.size + pendingRemove.size + (pendingSettings === null ? 0 : 1);

  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryWait = retryDelayMs;
  const scheduleRetry = () => {
    if (retryTimer !== undefined || retryDelayMs <= 0) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void retry();
    }, retryWait);
    retryWait = Math.min(retryWait * 2, MAX_RETRY_MS);
  };

  const announce = (message: SyncMessage) => {
    try {
      channel?.postMessage(message);
    } catch {
      // A closed channel: the other tabs catch up on their next read.
    }
  };

  /** Writes everything pending, in one transaction. */
  const writePending = async (): Promise<boolean> => {
    const put = [...pendingPut.values()];
    const removed = [...pendingRemove];
    const settings = pendingSettings;
    try {
      if (put.length > 0 || removed.length > 0) await store.apply(put, removed);
      if (settings !== null) await store.saveSettings(settings);
    } catch (error) {
      update({ storageError: failureOf(error), pending: pendingCount() });
      scheduleRetry();
      return false;
    }
    // Forget only what was written: a change made meanwhile stays pending.
    for (const record of put)
      if (pendingPut.get(record.id) === record) pendingPut.delete(record.id);
    for (const id of removed) if (!pendingPut.has(id)) pendingRemove.delete(id);
    if (pendingSettings === settings) pendingSettings = null;
    retryWait = retryDelayMs;
    const left = pendingCount();
    update({ storageError: left > 0 ? snapshot.storageError : null, pending: left });
    announce({
      put: put.map((record) => record.id),
      removed,
      settings: settings !== null,
    });
    return left === 0;
  };

  // One write at a time, in order; each takes everything pending so far.
  let queue: Promise<unknown> = Promise.resolve();
  const flush = (): Promise<boolean> => {
    const next = queue.then(writePending);
    queue = next;
    return next;
  };

  /** Reads records and settings from storage, keeping anything pending here on top. */
  const load = async (): Promise<void> => {
    const [read, settings] = await Promise.allSettled([store.read(), store.settings()]);
    const change: Partial<SessionSnapshot> = {};
    if (read.status === 'fulfilled') {
      const merged = new Map(read.value.records.map((record) => [record.id, record]));
      for (const [id, record] of snapshot.records) if (!snapshot.loaded) merged.set(id, record);
      for (const [id, record] of pendingPut) merged.set(id, record);
      for (const id of pendingRemove) merged.delete(id);
      change.records = merged;
      change.skipped = read.value.skipped;
      change.loaded = true;
      if (pendingCount() === 0) change.storageError = null;
    } else {
      change.storageError = failureOf(read.reason);
      scheduleRetry();
    }
    if (settings.status === 'fulfilled' && pendingSettings === null) {
      change.colouring = settings.value.colouring;
      change.markNew = settings.value.markNew ?? DEFAULT_SETTINGS.markNew;
    }
    update(change);
  };

  const lexiconLoad = lexicon()
    .then((value) => update({ lexicon: value, lexiconReady: true }))
    .catch(() => update({ lexiconReady: true }));
  const ready = Promise.all([load(), lexiconLoad]).then(() => update({ ready: true }));

  const retry = async (): Promise<boolean> => {
    if (retryTimer !== undefined) {
      clearTimeout(retryTimer);
      retryTimer = undefined;
    }
    if (!snapshot.loaded) await load();
    return pendingCount() === 0 ? snapshot.storageError === null : flush();
  };

  // Another tab wrote: read back what it announced (a root pending here stays ours).
  channel?.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || !Array.isArray(message.put) || !Array.isArray(message.removed)) return;
    void (async () => {
      try {
        const ids = message.put.filter((id) => !pendingPut.has(id));
        const fresh = ids.length > 0 ? await store.getMany(ids) : [];
        const records = new Map(snapshot.records);
        for (const id of message.removed) if (!pendingPut.has(id)) records.delete(id);
        fresh.forEach((record, index) => {
          const id = ids[index];
          if (record) records.set(record.id, record);
          else if (id !== undefined) records.delete(id);
        });
        const change: Partial<SessionSnapshot> = { records };
        if (message.settings && pendingSettings === null) {
          const stored = await store.settings();
          change.colouring = stored.colouring;
          change.markNew = stored.markNew ?? DEFAULT_SETTINGS.markNew;
        }
        update(change);
      } catch (error) {
        update({ storageError: failureOf(error) });
      }
    })();
  });

  if (typeof window !== 'undefined') {
    // Leaving with unsaved changes: the browser asks the learner first.
    window.addEventListener('beforeunload', (event) => {
      if (pendingCount() > 0) event.preventDefault();
    });
  }

  const save = (record: WordRecord) => {
    pendingRemove.delete(record.id);
    pendingPut.set(record.id, record);
    update({
      records: new Map(snapshot.records).set(record.id, record),
      pending: pendingCount(),
    });
    return flush();
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready,
    setStatus(info, status, context) {
      const at = now().toISOString();
      const id = recordId(info.root);
      const existing = snapshot.records.get(id);
      if (existing) {
        const forms = existing.forms.includes(info.key)
          ? existing.forms
          : [...existing.forms, info.key];
        return save({ ...existing, status, forms, updated: at });
      }
      const record: WordRecord = {
        id,
        root: info.root,
        status,
        forms: [info.key],
        breakdown: info.breakdown,
        gloss: info.gloss ?? info.sense ?? '',
        context,
        card: emptyCard(now()),
        created: at,
        updated: at,
      };
      if (info.rootGloss) record.rootGloss = info.rootGloss;
      return save(record);
    },
    changeStatus(id, status) {
      const existing = snapshot.records.get(id);
      if (!existing) return Promise.resolve(false);
      return save({ ...existing, status, updated: now().toISOString() });
    },
    saveRecord: save,
    async remove(id) {
      const existing = snapshot.records.get(id);
      if (!existing) return undefined;
      const records = new Map(snapshot.records);
      records.delete(id);
      pendingPut.delete(id);
      pendingRemove.add(id);
      update({ records, pending: pendingCount() });
      await flush();
      return existing;
    },
    async importRecords(records) {
      const outcome: ImportOutcome = { added: 0, replaced: 0, kept: [] };
      const changed: WordRecord[] = [];
      for (const record of records) {
        const existing = snapshot.records.get(record.id);
        if (!existing) outcome.added += 1;
        else if (time(record.updated) > time(existing.updated)) outcome.replaced += 1;
        else {
          outcome.kept.push(existing);
          continue;
        }
        changed.push(record);
      }
      // Storage first: an import that cannot be stored changes nothing, here either.
      try {
        await queue;
        if (changed.length > 0) await store.putMany(changed);
      } catch (error) {
        update({ storageError: failureOf(error) });
        return null;
      }
      const merged = new Map(snapshot.records);
      for (const record of changed) merged.set(record.id, record);
      update({ records: merged, storageError: pendingCount() > 0 ? snapshot.storageError : null });
      announce({ put: changed.map((record) => record.id), removed: [], settings: false });
      return outcome;
    },
    setColouring(colouring) {
      pendingSettings = { colouring, markNew: snapshot.markNew };
      update({ colouring, pending: pendingCount() });
      return flush();
    },
    setMarkNew(markNew) {
      pendingSettings = { colouring: snapshot.colouring, markNew };
      update({ markNew, pending: pendingCount() });
      return flush();
    },
    retry,
  };
}

const sessions = new Map<string, WordSession>();

/** The page's session for an article, created on first use. */
export function wordSession(articleId: string): WordSession {
  let session = sessions.get(articleId);
  if (!session) {
    session = createWordSession({ articleId });
    sessions.set(articleId, session);
  }
  return session;
}
