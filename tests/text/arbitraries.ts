/**
 * fast-check generators of valid texts, word records and backups, for the property tests of
 * the sanding-text and sanding-backup files, and a generator of corruptions of a file.
 */
import fc from 'fast-check';
import type { BackupText, BackupWord } from '../../src/lib/backup/backupFile';
import { BLOCK_KINDS, type Block, type Text } from '../../src/lib/text/types';

/** Text as a file holds it: trimmed (the parser trims), any script, sometimes empty. */
const trimmed = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.trim());
const filled = trimmed.filter((s) => s !== '');

const blockShape = fc.record({
  kind: fc.constantFrom(...BLOCK_KINDS),
  pairs: fc.array(fc.tuple(trimmed, trimmed), { minLength: 1, maxLength: 4 }),
});

/** A valid text: unique block keys, no sentence empty on both sides, not all empty. */
export const validText: fc.Arbitrary<Text> = fc
  .record(
    {
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
      title: filled,
      translatedTitle: filled,
      source: filled,
      date: filled,
      notes: filled,
      keys: fc.uniqueArray(fc.stringMatching(/^[\w-]{1,8}$/), { minLength: 1, maxLength: 5 }),
      shapes: fc.array(blockShape, { minLength: 5, maxLength: 5 }),
      translated: fc.boolean(),
    },
    { requiredKeys: ['id', 'title', 'keys', 'shapes', 'translated'] },
  )
  .map(({ keys, shapes, translated, ...fields }) => {
    const original: Block[] = [];
    const translation: Block[] = [];
    keys.forEach((key, index) => {
      const { kind, pairs } = shapes[index] as (typeof shapes)[number];
      // A gap on one side needs a sentence on the other.
      const fixed = pairs.map(([id, en]) =>
        id === '' && (en === '' || !translated) ? ['kata', en] : [id, en],
      );
      original.push({ key, kind, segments: fixed.map(([id]) => id as string) });
      translation.push({ key, kind, segments: fixed.map(([, en]) => en as string) });
    });
    const text: Text = { ...fields, original: { lang: 'id', blocks: original } };
    if (translated) text.translation = { lang: 'en', blocks: translation };
    return text;
  })
  .filter((text) => text.original.blocks.some((block) => block.segments.some((s) => s !== '')));

const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** A text with a valid reading state. */
export const backupText: fc.Arbitrary<BackupText> = validText.chain((text) =>
  fc
    .record(
      {
        cursor: fc.option(fc.nat(9).map((n) => `s-${text.original.blocks[0]?.key}-${n}`)),
        progress: fc.double({ min: 0, max: 1, noNaN: true }).map((p) => (Object.is(p, -0) ? 0 : p)),
        openedAt: fc.option(isoDate),
        view: fc.constantFrom('id', 'en', 'parallel'),
      },
      { requiredKeys: ['cursor', 'progress', 'openedAt'] },
    )
    .map((state) => ({ text, state })),
);

/** A valid word-list record, with scheduling numbers within what the word list keeps. */
export const wordRecord: fc.Arbitrary<BackupWord> = fc
  .record(
    {
      root: fc.stringMatching(/^[a-z]{1,10}$/),
      status: fc.constantFrom('new', 'learning-1', 'learning-4', 'known', 'ignored'),
      forms: fc.array(fc.stringMatching(/^[a-z]{1,10}$/), { minLength: 1, maxLength: 3 }),
      breakdown: trimmed,
      gloss: trimmed,
      rootGloss: trimmed,
      sentence: trimmed,
      translation: trimmed,
      start: fc.nat(50),
      length: fc.nat(10),
      due: isoDate,
      stability: fc.double({ min: 0, max: 36_500, noNaN: true, noDefaultInfinity: true }),
      difficulty: fc.double({ min: 0, max: 10, noNaN: true }),
      days: fc.nat(36_500),
      reps: fc.nat(1000),
      state: fc.constantFrom(0, 1, 2, 3),
      lastReview: isoDate,
      created: isoDate,
      updated: isoDate,
    },
    { requiredKeys: ['root', 'status', 'forms', 'due', 'created', 'updated', 'state'] },
  )
  .map((r) => {
    const positive = (n: number | undefined) => (n === undefined || Object.is(n, -0) ? 0 : n);
    const record: BackupWord = {
      id: r.root,
      root: r.root,
      status: r.status,
      forms: r.forms,
      breakdown: r.breakdown ?? '',
      gloss: r.gloss ?? '',
      context: {
        articleId: 'text',
        segmentId: 's-p1-0',
        sentence: r.sentence ?? '',
        translation: r.translation ?? '',
        form: r.root,
        start: r.start ?? 0,
        end: (r.start ?? 0) + (r.length ?? 0),
      },
      card: {
        due: r.due,
        stability: positive(r.stability),
        difficulty: positive(r.difficulty),
        elapsed_days: r.days ?? 0,
        scheduled_days: r.days ?? 0,
        learning_steps: 0,
        reps: r.reps ?? 0,
        lapses: 0,
        state: r.state,
      },
      created: r.created,
      updated: r.updated,
    };
    if (r.rootGloss !== undefined) record.rootGloss = r.rootGloss;
    if (r.lastReview !== undefined)
      (record.card as Record<string, unknown>).last_review = r.lastReview;
    return record;
  });

/** The parts of a backup (what the app gathers). */
export const backupParts = fc.record({
  texts: fc.uniqueArray(backupText, { maxLength: 4, selector: ({ text }) => text.id }),
  words: fc.record({
    records: fc.uniqueArray(wordRecord, { maxLength: 6, selector: (record) => record.id }),
    settings: fc.option(fc.record({ colouring: fc.boolean() })),
  }),
  preferences: fc.record({
    display: fc.option(
      fc.record({
        theme: fc.constantFrom('system', 'light', 'dark'),
        fontScale: fc.constantFrom(85, 100, 150),
        uiLanguage: fc.constantFrom('en', 'id'),
      }),
    ),
    listen: fc.option(fc.record({ rate: fc.constantFrom(0.8, 1, 1.2), voice: trimmed })),
  }),
});

/** A random damage to a file's text: a character changed, a slice cut or added, a cut end. */
export const corruption = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    with: fc.string({ minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    with: fc.string({ minLength: 1, maxLength: 10 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

export function corrupt(content: string, damage: CorruptionOf): string {
  const at = damage.at % Math.max(content.length, 1);
  switch (damage.kind) {
    case 'replace':
      return content.slice(0, at) + damage.with + content.slice(at + 1);
    case 'delete':
      return content.slice(0, at) + content.slice(at + damage.length);
    case 'insert':
      return content.slice(0, at) + damage.with + content.slice(at);
    case 'truncate':
      return content.slice(0, at);
  }
}
type CorruptionOf = typeof corruption extends fc.Arbitrary<infer T> ? T : never;

/** Every path to a value inside a parsed JSON document. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, i) => pathsOf(item, [...prefix, i]))];
  if (typeof value === 'object' && value !== null)
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key])),
    ];
  return here;
}

/** A copy of `document` with the value at `path` replaced (or removed, for `undefined`). */
export function withValueAt(document: unknown, path: (string | number)[], value: unknown): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(document));
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  // Parsed JSON has no holes: an item removed from a list is cut out of it.
  if (value === undefined && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (value === undefined) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return copy;
}
