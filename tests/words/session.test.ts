/**
 * The word-study session: statuses are saved per root with the context they were set in,
 * survive a reload, and a storage failure is reported in the state (never as a rejection)
 * while the reader keeps working in memory. Also the header summary's definition.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  describeFromLexicon,
  entryOf,
  occurrenceOf,
  sentenceTargets,
  targetIndexAt,
} from '../../src/features/words/language/analysis';
import { knownRoots } from '../../src/features/words/entry/startWordStudy';
import { statusSpans } from '../../src/features/words/text/statusColouring';
import { createWordStore } from '../../src/features/words/store/wordStore';
import { SandingDatabase } from '../../src/lib/db/database';
import {
  ARTICLE,
  faultyDatabase,
  freshStore,
  lexicon,
  makeRecord,
  sentenceText,
  testSession,
} from './helpers';

/** The card's description of the word at `form` in sentence `id`, and its context. */
function wordIn(id: string, form: string) {
  const text = sentenceText(id, 'id');
  const targets = sentenceTargets(text, lexicon);
  const index = targetIndexAt(targets, text.indexOf(form));
  const target = targets[index];
  const entry = target && entryOf(lexicon, target);
  if (!target || !entry) throw new Error(`${form} not found in ${id}`);
  const info = describeFromLexicon(target, entry, occurrenceOf(lexicon, id, index, target));
  const context = {
    articleId: ARTICLE,
    segmentId: id,
    sentence: text,
    translation: sentenceText(id, 'en'),
    form: target.text,
    start: target.start,
    end: target.end,
  };
  return { info, context };
}

describe('the session', () => {
  it('saves a status per root, with the sentence, and keeps it after a reload', async () => {
    const session = testSession(freshStore(new SandingDatabase('sanding-session-reload')));
    await session.ready;
    const { info, context } = wordIn('s-p8-1', 'menerapkan');
    expect(await session.setStatus(info, 'learning-2', context)).toBe(true);

    const record = session.getSnapshot().records.get('terap');
    expect(record).toMatchObject({
      root: 'terap',
      status: 'learning-2',
      forms: ['menerapkan'],
      breakdown: 'meN- + terap + -kan',
      context: { segmentId: 's-p8-1', form: 'menerapkan', translation: context.translation },
    });
    expect(context.sentence.slice(context.start, context.end)).toBe('menerapkan');

    const reloaded = testSession(freshStore(new SandingDatabase('sanding-session-reload')));
    await reloaded.ready;
    expect(reloaded.getSnapshot().records.get('terap')?.status).toBe('learning-2');
  });

  it('adds a second form of the same root to the forms seen, keeping the first context', async () => {
    const session = testSession();
    await session.ready;
    const first = wordIn('s-p7-0', 'perbatasannya');
    await session.setStatus(first.info, 'new', first.context);
    const again = wordIn('s-p10-0', 'perbatasannya');
    await session.setStatus(again.info, 'learning-1', again.context);
    const record = session.getSnapshot().records.get('batas');
    expect(record?.status).toBe('learning-1');
    expect(record?.forms).toEqual(['perbatasannya']);
    expect(record?.context.segmentId).toBe('s-p7-0');
  });

  it('reports a failing store in its state, keeps the change in memory, and recovers', async () => {
    const { database, faults } = faultyDatabase();
    const session = testSession(freshStore(database));
    await session.ready;
    const { info, context } = wordIn('s-p8-1', 'menerapkan');
    faults.writes = 'QuotaExceededError';
    expect(await session.setStatus(info, 'known', context)).toBe(false);
    expect(session.getSnapshot().storageError).toBe('quota');
    expect(session.getSnapshot().records.get('terap')?.status).toBe('known');

    faults.writes = null;
    expect(await session.setStatus(info, 'learning-3', context)).toBe(true);
    expect(session.getSnapshot().storageError).toBeNull();
  });

  it('loads with an error, not a rejection, when IndexedDB is missing', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: storage disabled.
    delete globalThis.indexedDB;
    try {
      const session = testSession(createWordStore({ legacy: null }));
      await session.ready;
      expect(session.getSnapshot()).toMatchObject({ ready: true, storageError: 'unavailable' });
      expect(session.getSnapshot().lexicon).not.toBeNull();
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('imports all records or, when they cannot be stored, none', async () => {
    const { database, faults } = faultyDatabase();
    const store = freshStore(database);
    const session = testSession(store);
    faults.writes = 'QuotaExceededError';
    await session.ready;
    const records = [makeRecord('satu', 'new'), makeRecord('dua', 'known')];
    expect(await session.importRecords(records)).toBeNull();
    expect(session.getSnapshot().records.size).toBe(0);
    faults.writes = null;
    expect(await session.importRecords(records)).toMatchObject({ added: 2, replaced: 0 });
    expect([...session.getSnapshot().records.keys()].sort()).toEqual(['dua', 'satu']);
    expect((await store.all()).length).toBe(2);
  });
});

describe('what the text and the header show', () => {
  it('colours studied roots, in every form and expression, and not known or ignored ones', () => {
    const text = sentenceText('s-p8-0', 'id');
    const targets = sentenceTargets(text, lexicon);
    const records = new Map([
      ['ibu kota', makeRecord('ibu kota', 'learning-1')],
      ['militer', makeRecord('militer', 'known')],
      ['kira', makeRecord('kira', 'new')],
    ]);
    const spans = statusSpans(targets, lexicon, records, new Map());
    expect(spans.map((span) => [text.slice(span.start, span.end), span.status])).toEqual([
      ['diperkirakan', 'new'],
      ['ibu kota', 'learning-1'],
    ]);
  });

  it('counts the article’s distinct roots without proper nouns, and the known ones', () => {
    const none = knownRoots(lexicon, new Map());
    expect(none.known).toBe(0);
    const roots = new Set(
      Object.values(lexicon.entries)
        .filter((entry) => entry.pos !== 'proper noun')
        .map((entry) => entry.root.toLowerCase()),
    );
    expect(none.total).toBe(roots.size);
    expect(roots.has('rusia')).toBe(false);
    const some = knownRoots(
      lexicon,
      new Map([
        ['terap', makeRecord('terap', 'known')],
        ['kira', makeRecord('kira', 'learning-4')],
        ['rusia', makeRecord('Rusia', 'known')],
      ]),
    );
    expect(some).toEqual({ known: 1, total: none.total });
  });
});
