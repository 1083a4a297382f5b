import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enArticle from '../../locales/en/article.json';
import idArticle from '../../locales/id/article.json';
import { pairBlocks, readBlocks } from '../../src/lib/text/pairing';

const alignBlocks = (original: unknown, translation: unknown) =>
  pairBlocks(readBlocks(original), readBlocks(translation));
import { validateLocales, type LocaleFiles } from '../../src/lib/content/validateLocales';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function realFiles(): LocaleFiles {
  const files: LocaleFiles = {};
  for (const lng of ['id', 'en']) {
    files[lng] = {};
    for (const ns of ['ui', 'article']) {
      const path = `locales/${lng}/${ns}.json`;
      files[lng][ns] = { path, text: read(path) };
    }
  }
  return files;
}

/** The real files with one of them replaced. */
function withFile(lng: string, ns: string, text: string): LocaleFiles {
  const files = realFiles();
  const file = files[lng]?.[ns];
  if (!file) throw new Error(`no ${lng}/${ns}`);
  file.text = text;
  return files;
}

function editArticle(
  lng: 'id' | 'en',
  edit: (blocks: { key: string; kind: string; segments: string[] }[]) => void,
) {
  const data = JSON.parse(read(`locales/${lng}/article.json`)) as {
    blocks: { key: string; kind: string; segments: string[] }[];
  };
  edit(data.blocks);
  return withFile(lng, 'article', JSON.stringify(data));
}

describe('the Indonesian original', () => {
  it('is the published seed, verbatim, block by block', () => {
    // The seed's lines, without the repeated category (page furniture) and the lead's
    // list bullet (drawn by the stylesheet); trailing spaces are not part of the text.
    const lines = read('tests/fixtures/article.id.txt')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const category = lines[1];
    const expected = lines
      .filter((line, index) => !(index > 1 && line === category))
      .map((line) => line.replace(/^• /, ''));
    const actual = readBlocks(idArticle.blocks).map((block) => block.segments.join(' '));
    expect(actual).toEqual(expected);
  });

  it('has the structure of the seed: 12 paragraphs and one subheading', () => {
    const kinds = readBlocks(idArticle.blocks).map((block) => block.kind);
    expect(kinds.filter((kind) => kind === 'paragraph')).toHaveLength(12);
    expect(kinds.filter((kind) => kind === 'subheading')).toHaveLength(1);
    expect(kinds.slice(0, 5)).toEqual(['caption', 'category', 'headline', 'lead', 'byline']);
  });
});

describe('alignment', () => {
  it('pairs every original segment with its translation by key and index', () => {
    const aligned = alignBlocks(idArticle.blocks, enArticle.blocks);
    expect(aligned.map((b) => b.key)).toEqual(idArticle.blocks.map((b) => b.key));
    for (const block of aligned) {
      expect(block.translation).toHaveLength(block.original.length);
      expect(block.translation.every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
    }
  });

  it('marks absent or blank translation segments as missing instead of dropping them', () => {
    const translation = structuredClone(enArticle.blocks);
    const p1 = translation.find((b) => b.key === 'p1');
    if (!p1) throw new Error('p1 missing from fixture');
    p1.segments = [p1.segments[0] ?? '', '   '];
    const withoutP2 = translation.filter((b) => b.key !== 'p2');
    const aligned = alignBlocks(idArticle.blocks, withoutP2);
    expect(aligned.find((b) => b.key === 'p1')?.translation[1]).toBeNull();
    expect(aligned.find((b) => b.key === 'p2')?.translation).toEqual([null, null]);
  });

  it('ignores malformed blocks rather than throwing', () => {
    expect(readBlocks('nonsense')).toEqual([]);
    expect(readBlocks([{ key: 'x', kind: 'poem', segments: ['a'] }, null, 3])).toEqual([]);
  });
});

describe('validateLocales (npm run check:locales)', () => {
  it('passes the real locale files', () => {
    expect(validateLocales(realFiles())).toEqual([]);
  });

  it('reports invalid JSON with its file', () => {
    const problems = validateLocales(withFile('en', 'ui', '{ "app": '));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'locales/en/ui.json',
        reason: expect.stringMatching(/^invalid JSON/),
      }),
    ]);
  });

  it('reports a UI key missing in one language', () => {
    const ui = JSON.parse(read('locales/id/ui.json')) as { view: Record<string, string> };
    delete ui.view.interlinear;
    const problems = validateLocales(withFile('id', 'ui', JSON.stringify(ui)));
    expect(problems).toEqual([
      {
        file: 'locales/id/ui.json',
        key: 'view.interlinear',
        reason: 'missing here but present in locales/en/ui.json',
      },
    ]);
  });

  it('reports segment counts that differ', () => {
    const problems = validateLocales(
      editArticle('en', (blocks) => {
        blocks.find((b) => b.key === 'p3')?.segments.pop();
      }),
    );
    expect(problems).toEqual([
      {
        file: 'locales/en/article.json',
        key: 'blocks.p3',
        reason: '1 segments here but 2 in locales/id/article.json',
      },
    ]);
  });

  it('reports an empty segment', () => {
    const problems = validateLocales(
      editArticle('en', (blocks) => {
        const block = blocks.find((b) => b.key === 'p5');
        if (block) block.segments[1] = ' ';
      }),
    );
    expect(problems).toEqual([
      { file: 'locales/en/article.json', key: 'blocks.p5.segments[1]', reason: 'empty segment' },
    ]);
  });

  it('reports a block kind the app does not know', () => {
    const problems = validateLocales(
      editArticle('id', (blocks) => {
        const block = blocks.find((b) => b.key === 'sub1');
        if (block) block.kind = 'pullquote';
      }),
    );
    expect(problems.map((p) => `${p.file} ${p.key}`)).toContain(
      'locales/id/article.json blocks.sub1',
    );
    expect(problems[0]?.reason).toMatch(/unknown block kind "pullquote"/);
  });

  it('reports a block missing in one language', () => {
    const problems = validateLocales(
      editArticle('en', (blocks) => {
        blocks.splice(
          blocks.findIndex((b) => b.key === 'p12'),
          1,
        );
      }),
    );
    expect(problems).toContainEqual({
      file: 'locales/en/article.json',
      key: 'blocks.p12',
      reason: 'missing here but present in locales/id/article.json',
    });
  });
});
