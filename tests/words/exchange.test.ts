/**
 * Export for Anki (tab-separated, with the header lines Anki reads) and as JSON, and the
 * import of that JSON: valid files come back whole, bad ones name their problem.
 */
import { describe, expect, it } from 'vitest';
import {
  ANKI_COLUMNS,
  parseWordListImport,
  toAnkiTsv,
  toJsonExport,
} from '../../src/features/words/list/exchange';
import type { WordRecord } from '../../src/features/words/store/records';
import { makeRecord } from './helpers';

const NOW = new Date('2026-11-25T10:00:00Z');

const terap = makeRecord('terap', 'learning-2', {
  forms: ['menerapkan'],
  breakdown: 'meN- + terap + -kan',
  gloss: 'apply, implement, enforce',
  rootGloss: 'apply (base of terapan)',
  context: {
    articleId: 'hari-kemenangan-2023',
    segmentId: 's-p8-1',
    sentence: 'Pada hari Senin, China menyatakan mereka “ketat” dalam menerapkan sanksi PBB.',
    translation: 'On Monday, China said it was "strict"\tin enforcing U.N. sanctions.',
    form: 'menerapkan',
    start: 55,
    end: 65,
  },
});

describe('export for Anki', () => {
  const tsv = toAnkiTsv([terap, makeRecord('abai', 'ignored'), makeRecord('kira', 'known')]);
  const lines = tsv.split('\n');

  it('starts with the header lines Anki reads, separator first, and no BOM', () => {
    expect(tsv.charCodeAt(0)).toBe('#'.charCodeAt(0));
    expect(lines.slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:true',
      `#columns:${ANKI_COLUMNS.join('\t')}`,
      '#tags:sanding indonesian',
    ]);
    expect(tsv.endsWith('\n')).toBe(true);
  });

  it('writes word, root and affixes, gloss, sentence, translation; no ignored roots', () => {
    const rows = lines.slice(4).filter(Boolean);
    expect(rows).toHaveLength(2);
    const fields = (rows[0] ?? '').split('\t');
    expect(fields).toHaveLength(5);
    expect(fields[0]).toBe('menerapkan');
    expect(fields[1]).toBe('meN- + terap + -kan');
    expect(fields[2]).toBe('apply, implement, enforce (terap: apply (base of terapan))');
    // The studied word is bold inside its sentence (Anki reads the fields as HTML).
    const { sentence, start, end } = terap.context;
    expect(fields[3]).toBe(
      `${sentence.slice(0, start)}<b>menerapkan</b>${sentence.slice(end)}`.replace(/"/g, '""'),
    );
    expect(rows.join('\n')).not.toContain('abai');
  });

  it('quotes a field with a double quote and flattens tabs inside a field', () => {
    const fields = (lines[4] ?? '').split('\t');
    expect(fields[4]).toBe(
      '"On Monday, China said it was ""strict"" in enforcing U.N. sanctions."',
    );
  });
});

describe('export for Anki, as HTML', () => {
  it('escapes what HTML would read as markup', () => {
    const record = makeRecord('abc', 'new', { gloss: 'a <b> & c' });
    const row = toAnkiTsv([record]).split('\n')[4] ?? '';
    expect(row.split('\t')[2]).toBe('a &lt;b&gt; &amp; c');
  });
});

describe('JSON export and import', () => {
  const records = [terap, makeRecord('kira', 'known')];
  const json = toJsonExport(records, NOW);

  it('round-trips every record exactly', () => {
    const result = parseWordListImport(json);
    expect(result).toEqual({ ok: true, records });
  });

  it('drops fields a record does not have', () => {
    const doc = JSON.parse(json) as { words: (WordRecord & { extra?: string })[] };
    if (doc.words[0]) doc.words[0].extra = 'smuggled';
    const result = parseWordListImport(JSON.stringify(doc));
    expect(result.ok && 'extra' in (result.records[0] ?? {})).toBe(false);
  });

  const broken = (change: (doc: Record<string, unknown> & { words: unknown[] }) => void) => {
    const doc = JSON.parse(json) as Record<string, unknown> & { words: unknown[] };
    change(doc);
    return parseWordListImport(JSON.stringify(doc));
  };

  it.each([
    ['not JSON', () => parseWordListImport('{"format": "sanding-words",'), { code: 'notJson' }],
    ['another file', () => parseWordListImport('{"hello": "world"}'), { code: 'notWordList' }],
    ['a future version', () => broken((doc) => (doc.version = 2)), { code: 'version', value: '2' }],
    ['no words', () => broken((doc) => (doc.words = [])), { code: 'empty' }],
    [
      'an unknown status',
      () => broken((doc) => ((doc.words[1] as Record<string, unknown>).status = 'learning-7')),
      { code: 'field', field: 'words[1].status', value: '"learning-7"' },
    ],
    [
      'a bad due date',
      () =>
        broken((doc) => {
          ((doc.words[0] as WordRecord).card as unknown as Record<string, unknown>).due = 'soon';
        }),
      { code: 'field', field: 'words[0].card.due', value: '"soon"' },
    ],
    [
      'a missing context',
      () => broken((doc) => delete (doc.words[0] as Record<string, unknown>).context),
      { code: 'field', field: 'words[0].context', value: 'nothing' },
    ],
    [
      'an id that is not its root',
      () => broken((doc) => ((doc.words[0] as WordRecord).id = 'kira')),
      { code: 'field', field: 'words[0].id', value: '"kira"' },
    ],
    [
      'the same root twice',
      () => broken((doc) => doc.words.push(doc.words[0])),
      { code: 'duplicate', field: 'words[2]', value: 'terap' },
    ],
  ])('refuses %s, naming the problem', (_name, run, problem) => {
    expect(run()).toEqual({ ok: false, problem });
  });
});
