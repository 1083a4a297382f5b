import { describe, expect, it } from 'vitest';
import {
  decodeBytes,
  formatOf,
  guessLanguage,
  languageMismatch,
  lengthRatioWarning,
  MAX_FILE_BYTES,
  preparePastedText,
  readTextFile,
  textFromHtml,
  textFromMarkdown,
  textFromSubtitles,
  type FileLike,
} from '../../src/features/import/readFile.ts';

function file(
  name: string,
  bytes: Uint8Array | string,
  size?: number,
): FileLike & { reads: number } {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const f = {
    name,
    size: size ?? data.length,
    reads: 0,
    arrayBuffer: async () => {
      f.reads++;
      return data.slice().buffer;
    },
  };
  return f;
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    const [first, second] = bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8];
    out[2 + 2 * k] = first;
    out[3 + 2 * k] = second;
  }
  return out;
}

describe('readTextFile: bad input', () => {
  it('refuses an empty file and one holding only whitespace', async () => {
    expect(await readTextFile(file('a.txt', ''))).toEqual({ ok: false, error: 'empty' });
    expect(await readTextFile(file('a.txt', ' \n\t \r\n'))).toEqual({ ok: false, error: 'empty' });
  });

  it('refuses a file over the limit before reading it', async () => {
    const big = file('big.txt', 'x', MAX_FILE_BYTES + 1);
    expect(await readTextFile(big)).toEqual({ ok: false, error: 'too-large' });
    expect(big.reads).toBe(0);
    expect(await readTextFile(file('a.txt', 'Halo dunia.'), { maxBytes: 4 })).toEqual({
      ok: false,
      error: 'too-large',
    });
  });

  it('refuses binary files', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await readTextFile(file('photo.txt', png))).toEqual({ ok: false, error: 'binary' });
    const controls = new TextEncoder().encode('ab\u0001\u0002\u0003\u0004cd');
    expect(await readTextFile(file('a.txt', controls))).toEqual({ ok: false, error: 'binary' });
  });

  it('refuses text that is not UTF-8', async () => {
    const latin1 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]);
    expect(await readTextFile(file('cafe.txt', latin1))).toEqual({ ok: false, error: 'not-utf8' });
  });

  it('reports a file the browser cannot read', async () => {
    const broken: FileLike = {
      name: 'a.txt',
      size: 3,
      arrayBuffer: () => Promise.reject(new Error('gone')),
    };
    expect(await readTextFile(broken)).toEqual({ ok: false, error: 'read-failed' });
  });
});

describe('readTextFile: encodings', () => {
  it('decodes UTF-16 LE and BE by their byte-order mark', async () => {
    const text = 'Kopi “tubruk” — Rp 10.000.';
    expect(await readTextFile(file('a.txt', utf16(text, false)))).toEqual({
      ok: true,
      text,
      format: 'txt',
      encoding: 'utf-16le',
    });
    expect(await readTextFile(file('a.txt', utf16(text, true)))).toMatchObject({
      ok: true,
      text,
      encoding: 'utf-16be',
    });
  });

  it('drops a UTF-8 byte-order mark and stray control characters', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Halo.')]);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: 'Halo.', encoding: 'utf-8' });
    const long = `${'a'.repeat(200)}\u001a`;
    expect(decodeBytes(new TextEncoder().encode(long))).toMatchObject({
      ok: true,
      text: 'a'.repeat(200),
    });
  });
});

describe('formats', () => {
  it('knows formats by extension', () => {
    expect(formatOf('Bab 1.MD')).toBe('md');
    expect(formatOf('film.srt')).toBe('srt');
    expect(formatOf('film.vtt')).toBe('vtt');
    expect(formatOf('page.htm')).toBe('html');
    expect(formatOf('notes')).toBe('txt');
  });

  it('keeps only the text lines of SubRip subtitles', async () => {
    const srt = [
      '1',
      '00:00:01,000 --> 00:00:03,500',
      'Malin, anakku!',
      '',
      '2',
      '00:00:03,600 --> 00:00:05,000',
      '<i>Ke mana saja</i>',
      'kau selama ini?',
      '',
      '3',
      '00:00:09,000 --> 00:00:11,000',
      'Aku tidak kenal perempuan ini.',
      '',
    ].join('\r\n');
    const result = await readTextFile(file('malin.srt', srt));
    expect(result).toMatchObject({
      ok: true,
      format: 'srt',
      text: 'Malin, anakku! Ke mana saja kau selama ini?\n\nAku tidak kenal perempuan ini.',
    });
  });

  it('keeps only the text lines of WebVTT subtitles', () => {
    const vtt = [
      'WEBVTT',
      '',
      'NOTE made by hand',
      '',
      'intro',
      '00:01.000 --> 00:04.000 align:start',
      '<v Laras>Mau ke Yogya juga?',
      '',
      '00:04.500 --> 00:06.000',
      'Iya, Pak.',
    ].join('\n');
    expect(textFromSubtitles(vtt)).toBe('Mau ke Yogya juga? Iya, Pak.');
  });

  it('drops Markdown markup and keeps link text', () => {
    const md = [
      '# Banjir di *Samarinda*',
      'Air naik **1,5 meter**, kata [BPBD](https://example.org/bpbd).',
      '![foto](banjir.jpg)',
      '',
      '- Warga `mengungsi`.',
      '> "Cepat sekali," katanya.',
      '---',
      '```',
      'kode',
      '```',
    ].join('\n');
    const text = textFromMarkdown(md);
    expect(text).toContain('Banjir di Samarinda');
    expect(text).toContain('Air naik 1,5 meter, kata BPBD.');
    expect(text).toContain('Warga mengungsi.');
    expect(text).toContain('"Cepat sekali," katanya.');
    expect(text).not.toMatch(/[#*`[\]!>]|https|foto/);
  });

  it('takes the text of HTML, without scripts or styles, blocks as paragraphs', async () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body>' +
      '<h1>Judul</h1><p>Satu <b>dua</b>.</p><script>window.hacked = true</script>' +
      '<div>Tiga<br>empat.</div><img src=x onerror="window.hacked = true"></body></html>';
    const result = await readTextFile(file('page.html', html));
    expect(result).toMatchObject({ ok: true, text: 'Judul\n\nSatu dua.\n\nTiga\n\nempat.' });
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
    expect(textFromHtml('<p>a</p><noscript>b</noscript><p>c</p>')).toBe('a\n\nc');
  });
});

describe('pasted text', () => {
  it('refuses an empty or whitespace-only field', () => {
    expect(preparePastedText('')).toEqual({ ok: false, error: 'empty' });
    expect(preparePastedText('  \n\t ')).toEqual({ ok: false, error: 'empty' });
  });

  it('takes the text of pasted HTML, never its markup', () => {
    expect(preparePastedText('<p>Halo <script>alert(1)</script>dunia.</p><p>Lagi.</p>')).toEqual({
      ok: true,
      text: 'Halo dunia.\n\nLagi.',
      wasHtml: true,
    });
    expect(preparePastedText('Harga < 5 dan > 3.')).toEqual({
      ok: true,
      text: 'Harga < 5 dan > 3.',
      wasHtml: false,
    });
  });
});

describe('language and length', () => {
  it('guesses Indonesian, English or neither', () => {
    expect(
      guessLanguage('Banjir yang merendam kota itu adalah yang terparah dalam lima tahun.'),
    ).toBe('id');
    expect(guessLanguage('The flood that covered the city was the worst in five years.')).toBe(
      'en',
    );
    expect(guessLanguage('Samarinda 2024')).toBe('unknown');
    expect(languageMismatch('Ini adalah teks yang ditulis dalam bahasa Indonesia.', 'en')).toEqual({
      expected: 'en',
      found: 'id',
    });
    expect(languageMismatch('This is a text that is written in English.', 'en')).toBeNull();
  });

  it('reads a book-length text from samples across it: its start, middle and end', () => {
    const indonesian = 'Mereka akan datang ke rumah kami pada hari Minggu dengan keluarga. ';
    const english = 'They will come to our house on Sunday with the family. ';
    // A long Indonesian text with an English preface: the body decides.
    expect(guessLanguage(english.repeat(60) + indonesian.repeat(3000))).toBe('id');
    // And an English text with an Indonesian appendix stays English.
    expect(guessLanguage(english.repeat(3000) + indonesian.repeat(60))).toBe('en');
  });

  it('warns when one side is far longer than the other', () => {
    const original = 'Kalimat pendek. '.repeat(10);
    expect(lengthRatioWarning(original, 'Short sentence. '.repeat(10))).toBeNull();
    expect(lengthRatioWarning(original, 'Short sentence. '.repeat(30))).toMatchObject({
      longer: 'translation',
    });
    expect(lengthRatioWarning(original, 'Short.')).toMatchObject({ longer: 'original' });
    expect(lengthRatioWarning(original, '')).toBeNull();
  });
});
