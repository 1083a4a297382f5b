/**
 * The word study session of one article: the lexicon, the learner's records and settings,
 * and every change to them. An external store (subscribe/getSnapshot) so the card, the
 * panel, the header summary and the status colouring all see one state; writes go through
 * the one storage module, and a storage failure is recorded in the state (the UI explains it)
 * instead of escaping as a rejection. Changes apply in memory first, so the reader keeps
 * working for the rest of the visit even when nothing can be saved.
 */
import type { WordInfo } from './analysis';
import { loadLexicon } from './lexicon/lexicon';
import type { Lexicon } from './lexicon/types';
import { emptyCard, recordId, type WordContext, type WordRecord, type WordStatus } from './records';
import {
  DEFAULT_SETTINGS,
  WordStoreError,
  createWordStore,
  type WordStore,
  type WordStoreFailure,
} from './store/wordStore';

/** What the session knows at one moment (immutable: a change makes a new snapshot). */
export interface SessionSnapshot {
  articleId: string;
  /** The article's lexicon; null while loading or when the article has none. */
  lexicon: Lexicon | null;
  /** True once the records, settings and lexicon have been read (or failed to be). */
  ready: boolean;
  /** Records by id. */
  records: ReadonlyMap<string, WordRecord>;
  /** The last storage failure, until a write succeeds again. */
  storageError: WordStoreFailure | null;
  /** Colour studied words in the text by status. */
  colouring: boolean;
  /** Underline words whose root is not in the list yet. */
  markNew: boolean;
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
  /** Adds or replaces records, all or none; false (and nothing changed) when storage fails. */
  importRecords(records: readonly WordRecord[]): Promise<boolean>;
  setColouring(colouring: boolean): Promise<boolean>;
  setMarkNew(markNew: boolean): Promise<boolean>;
}

/** Options of {@link createWordSession} (tests pass their own store and lexicon). */
export interface SessionOptions {
  articleId: string;
  store?: WordStore;
  lexicon?: () => Promise<Lexicon | null>;
  now?: () => Date;
}

const failureOf = (error: unknown): WordStoreFailure =>
  error instanceof WordStoreError ? error.kind : 'failed';

/** Creates a session and starts loading it. */
export function createWordSession({
  articleId,
  store = createWordStore(),
  lexicon = () => loadLexicon(articleId),
  now = () => new Date(),
}: SessionOptions): WordSession {
  const listeners = new Set<() => void>();
  let snapshot: SessionSnapshot = {
    articleId,
    lexicon: null,
    ready: false,
    records: new Map(),
    storageError: null,
    colouring: DEFAULT_SETTINGS.colouring,
    markNew: DEFAULT_SETTINGS.markNew,
  };
  const update = (change: Partial<SessionSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of listeners) listener();
  };
  const withRecord = (record: WordRecord) =>
    new Map(snapshot.records).set(record.id, record) as ReadonlyMap<string, WordRecord>;

  /** Runs a write; records the failure (or clears an old one) and says whether it worked. */
  const write = async (operation: () => Promise<void>): Promise<boolean> => {
    try {
      await operation();
      if (snapshot.storageError) update({ storageError: null });
      return true;
    } catch (error) {
      update({ storageError: failureOf(error) });
      return false;
    }
  };

  const ready = (async () => {
    const [records, settings, loaded] = await Promise.allSettled([
      store.all(),
      store.settings(),
      lexicon(),
    ]);
    const change: Partial<SessionSnapshot> = { ready: true };
    if (records.status === 'fulfilled') {
      change.records = new Map(records.value.map((record) => [record.id, record]));
    } else {
      change.storageError = failureOf(records.reason);
    }
    if (settings.status === 'fulfilled') {
      change.colouring = settings.value.colouring;
      change.markNew = settings.value.markNew ?? DEFAULT_SETTINGS.markNew;
    }
    if (loaded.status === 'fulfilled') change.lexicon = loaded.value;
    // Merge with anything saved while loading (the card can be used before this resolves).
    if (change.records) {
      const merged = new Map(change.records);
      for (const [id, record] of snapshot.records) merged.set(id, record);
      change.records = merged;
    }
    update(change);
  })();

  const save = (record: WordRecord) => {
    update({ records: withRecord(record) });
    return write(() => store.put(record));
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
      update({ records });
      await write(() => store.remove(id));
      return existing;
    },
    async importRecords(records) {
      // Storage first: an import that cannot be stored changes nothing, here either.
      const stored = await write(() => store.putMany(records));
      if (!stored) return false;
      const merged = new Map(snapshot.records);
      for (const record of records) merged.set(record.id, record);
      update({ records: merged });
      return true;
    },
    setColouring(colouring) {
      update({ colouring });
      return write(() => store.saveSettings({ colouring, markNew: snapshot.markNew }));
    },
    setMarkNew(markNew) {
      update({ markNew });
      return write(() => store.saveSettings({ colouring: snapshot.colouring, markNew }));
    },
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
