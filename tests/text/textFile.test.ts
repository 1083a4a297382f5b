import { describe, expect, it } from 'vitest';
import {
  MAX_TEXT_FILE_BYTES,
  describeProblem,
  parseTextFile,
  serializeTextFile,
  textFileName,
  type TextFileProblemCode,
} from '../../src/lib/text/textFile';
import { readFixture } from './fixtures';

const good = () => JSON.parse(readFixture('pasar-pagi')) as Record<string, unknown>;
type Json = Record<string, unknown>;
const sides = (file: Json) =>
  file as Json & {
    original: { lang: string; blocks: Json[] };
    translation: { lang: string; blocks: Json[] };
  };

function problemOf(content: string) {
  const result = parseTextFile(content);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('the sanding-text file', () => {
  it('reads the three fixtures: with English, with gaps, without translation', () => {
    for (const name of ['pasar-pagi', 'hujan-sore', 'catatan-harian']) {
      const result = parseTextFile(readFixture(name));
      expect(result.ok, name).toBe(true);
    }
    const none = parseTextFile(readFixture('catatan-harian'));
    expect(none.ok && none.text.translation).toBe(undefined);
    const gaps = parseTextFile(readFixture('hujan-sore'));
    expect(gaps.ok && gaps.text.original.blocks[0]?.segments[2]).toBe('');
  });

  it('round-trips: serialize then parse gives the same text', () => {
    for (const name of ['pasar-pagi', 'hujan-sore', 'catatan-harian']) {
      const first = parseTextFile(readFixture(name));
      if (!first.ok) throw new Error(name);
      const again = parseTextFile(serializeTextFile(first.text));
      expect(again).toEqual(first);
    }
  });

  it('names its export after the text', () => {
    expect(textFileName({ id: 'pasar-pagi' })).toBe('pasar-pagi.sanding-text.json');
  });

  it('keeps a valid id and replaces an invalid one', () => {
    const file = good();
    file.id = 'Not A Valid Id!';
    const result = parseTextFile(JSON.stringify(file), 'fresh');
    expect(result.ok && result.text.id).toBe('fresh');
  });

  const cases: [string, (file: Json) => unknown, TextFileProblemCode, RegExp][] = [
    ['not an object', () => [1, 2], 'not-object', /JSON object/],
    ['another format', (f) => ({ ...f, format: 'subtitles' }), 'wrong-format', /"subtitles"/],
    ['a newer version', (f) => ({ ...f, version: 2 }), 'wrong-version', /version 2/],
    ['no title', (f) => ({ ...f, title: '  ' }), 'no-title', /no title/],
    ['no original', (f) => ({ ...f, original: undefined }), 'no-original', /original/],
    [
      'a translation in the wrong language',
      (f) => {
        sides(f).translation.lang = 'fr';
        return f;
      },
      'bad-language',
      /translation's language is "fr"/,
    ],
    [
      'blocks that are not a list',
      (f) => ({ ...f, translation: { lang: 'en', blocks: 'p1' } }),
      'bad-blocks',
      /translation's "blocks"/,
    ],
    [
      'a block without segments',
      (f) => {
        sides(f).original.blocks[1] = { key: 'p1', kind: 'paragraph' };
        return f;
      },
      'bad-block',
      /Block 2 of the original/,
    ],
    [
      'a bad kind',
      (f) => {
        const block = sides(f).original.blocks[1];
        if (block) block.kind = 'poem';
        return f;
      },
      'bad-kind',
      /"p1".*"poem"/,
    ],
    [
      'a duplicate key',
      (f) => {
        const blocks = sides(f).original.blocks;
        blocks.push({ ...blocks[1] });
        return f;
      },
      'duplicate-key',
      /key "p1"/,
    ],
    [
      'an empty text',
      (f) => ({ ...f, original: { lang: 'id', blocks: [] }, translation: undefined }),
      'empty',
      /empty/,
    ],
    [
      'a block with no counterpart',
      (f) => {
        sides(f).translation.blocks.pop();
        return f;
      },
      'unpaired',
      /"p2" is in the original only/,
    ],
    [
      'an extra translation block',
      (f) => {
        sides(f).translation.blocks.push({ key: 'p9', kind: 'paragraph', segments: ['Extra.'] });
        return f;
      },
      'unpaired',
      /"p9" is in the translation only/,
    ],
    [
      'different segment counts',
      (f) => {
        const block = sides(f).translation.blocks[1];
        if (block) block.segments = ['Only one.'];
        return f;
      },
      'segment-count',
      /"p1" has 2 and 1 segments/,
    ],
    [
      'different kinds',
      (f) => {
        const block = sides(f).translation.blocks[2];
        if (block) block.kind = 'lead';
        return f;
      },
      'kind-mismatch',
      /"p2"/,
    ],
    [
      'a gap on both sides',
      (f) => {
        const a = sides(f).original.blocks[2];
        const b = sides(f).translation.blocks[2];
        if (a && b) {
          a.segments = [''];
          b.segments = [''];
        }
        return f;
      },
      'double-gap',
      /Segment 1 of block "p2"/,
    ],
  ];

  for (const [name, edit, code, message] of cases) {
    it(`refuses ${name}, naming the problem`, () => {
      const problem = problemOf(JSON.stringify(edit(good())));
      expect(problem.code).toBe(code);
      expect(describeProblem(problem)).toMatch(message);
    });
  }

  it('refuses a file that is not JSON', () => {
    const problem = problemOf('{"format": "sanding-text",');
    expect(problem.code).toBe('not-json');
    expect(describeProblem(problem)).toMatch(/not valid JSON/);
  });

  it('refuses a file that is too large before parsing it', () => {
    const problem = problemOf(`"${'a'.repeat(MAX_TEXT_FILE_BYTES)}"`);
    expect(problem.code).toBe('too-large');
    expect(describeProblem(problem)).toMatch(/too large/);
  });
});
