import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import {
  analyze,
  analyzeBest,
  normalizeWord,
  type Analysis,
} from '../../src/features/words/language/morphology/analyzer';
import { ROOTS } from '../../src/features/words/language/morphology/roots';
import { evaluate, formatAffixes, parseEvalSet } from '../../scripts/lib/eval-morphology';

const readHere = (name: string) =>
  readFileSync(fileURLToPath(new URL(name, import.meta.url)), 'utf8');

const evalItems = parseEvalSet(readHere('./eval-set.json'));
const articleWords = readHere('./article-words.txt')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.length > 0 && !line.startsWith('#'));

const notations = (analysis: Analysis) => analysis.affixes.map((affix) => affix.notation);

/** `word → root [affixes]` in one string, so a failure shows the whole reading. */
const reading = (word: string, roots = ROOTS) => {
  const best = analyzeBest(word, roots);
  return `${best.root} ${formatAffixes(notations(best))}`;
};

const expected = (root: string, ...affixes: string[]) => `${root} ${formatAffixes(affixes)}`;

describe('normalisation and fallback', () => {
  it('ignores case and surrounding punctuation', () => {
    expect(normalizeWord('“Kemenangan”,')).toBe('kemenangan');
    expect(reading('“Memukul!”')).toBe(expected('pukul', 'meN-'));
  });

  it('returns the word itself, not in the dictionary, when nothing matches', () => {
    const [only, ...rest] = analyze('xyzzyqua', ROOTS);
    expect(rest).toEqual([]);
    expect(only).toEqual({
      word: 'xyzzyqua',
      root: 'xyzzyqua',
      affixes: [],
      reduplicated: false,
      inDictionary: false,
    });
  });

  it('returns nothing for an empty word', () => {
    expect(analyze('  …  ', ROOTS)).toEqual([]);
  });

  it('offers rule-based guesses for unknown roots only when asked', () => {
    const roots = new Set<string>();
    expect(analyze('menggoreng', roots)).toHaveLength(1);
    const guesses = analyze('menggoreng', roots, { guess: true });
    expect(guesses[0]?.root).toBe('goreng');
    expect(guesses[0]?.inDictionary).toBe(false);
    expect(guesses.at(-1)?.root).toBe('menggoreng');
  });

  it('accepts any dictionary', () => {
    expect(reading('menggoreng', new Set(['goreng']))).toBe(expected('goreng', 'meN-'));
    expect(analyzeBest('menggoreng', new Set(['ayam'])).inDictionary).toBe(false);
  });
});

describe('plain roots', () => {
  it.each(['makan', 'minum', 'tentara', 'pasukan', 'berita', 'kemudian', 'pengaruh', 'mereka'])(
    '%s is its own root',
    (word) => {
      const best = analyzeBest(word, ROOTS);
      expect(best.root).toBe(word);
      expect(best.affixes).toEqual([]);
      expect(best.inDictionary).toBe(true);
    },
  );
});

describe('meN- allomorphs', () => {
  it.each([
    ['melihat', 'lihat', 'me', 'l', false],
    ['merawat', 'rawat', 'me', 'r', false],
    ['mewarnai', 'warna', 'me', 'w', false],
    ['meyakinkan', 'yakin', 'me', 'y', false],
    ['memakan', 'makan', 'me', 'm', false],
    ['menanti', 'nanti', 'me', 'n', false],
    ['menyanyi', 'nyanyi', 'me', 'ny', false],
    ['menganga', 'nganga', 'me', 'ng', false],
    ['membaca', 'baca', 'mem', 'b', false],
    ['memfitnah', 'fitnah', 'mem', 'f', false],
    ['memvonis', 'vonis', 'mem', 'v', false],
    ['memukul', 'pukul', 'mem', 'p', true],
    ['memproduksi', 'produksi', 'mem', 'p', false],
    ['mencari', 'cari', 'men', 'c', false],
    ['mendengar', 'dengar', 'men', 'd', false],
    ['menjual', 'jual', 'men', 'j', false],
    ['menziarahi', 'ziarah', 'men', 'z', false],
    ['mensyukuri', 'syukur', 'men', 'sy', false],
    ['menerapkan', 'terap', 'men', 't', true],
    ['mentransfer', 'transfer', 'men', 't', false],
    ['menyapu', 'sapu', 'meny', 's', true],
    ['menggambar', 'gambar', 'meng', 'g', false],
    ['menghapus', 'hapus', 'meng', 'h', false],
    ['mengkhianati', 'khianat', 'meng', 'kh', false],
    ['mengirim', 'kirim', 'meng', 'k', true],
    ['mengkritik', 'kritik', 'meng', 'k', false],
    ['mengambil', 'ambil', 'meng', 'a', false],
    ['mengebom', 'bom', 'menge', 'b', false],
  ] as const)('%s → %s (%s-)', (word, root, surface, initial, dropped) => {
    const best = analyzeBest(word, ROOTS);
    expect(best.root).toBe(root);
    expect(best.affixes[0]).toEqual({ notation: 'meN-', kind: 'prefix', surface });
    expect(best.nasal).toMatchObject({ prefix: 'meN-', surface, rootInitial: initial, dropped });
  });

  it('explains the nasal change in words', () => {
    expect(analyzeBest('menerapkan', ROOTS).nasal?.note).toBe('meN- + t → men-, the t drops');
    expect(analyzeBest('mengebom', ROOTS).nasal?.note).toContain('one-syllable');
    expect(analyzeBest('memproduksi', ROOTS).nasal?.note).toContain('stays');
  });

  it('keeps the p of mempunyai (a standard exception) and of loans', () => {
    expect(reading('mempunyai')).toBe(expected('punya', 'meN-', '-i'));
    expect(reading('memposting')).toBe(expected('posting', 'meN-'));
  });

  it('reads both the standard and the common spelling of memengaruhi', () => {
    expect(reading('memengaruhi')).toBe(expected('pengaruh', 'meN-', '-i'));
    expect(reading('mempengaruhi')).toBe(expected('pengaruh', 'meN-', '-i'));
  });

  it('prefers a root that keeps its first sound when both readings are roots', () => {
    // ubah/kubah, aku/kaku, makan/pakan: the nasal reading without a drop wins.
    expect(reading('mengubah')).toBe(expected('ubah', 'meN-'));
    expect(reading('mengakui')).toBe(expected('aku', 'meN-', '-i'));
    expect(reading('menanti')).toBe(expected('nanti', 'meN-'));
  });
});

describe('peN- allomorphs and peN-...-an', () => {
  it.each([
    ['pelukis', 'lukis', 'pe'],
    ['pembaca', 'baca', 'pem'],
    ['pemilih', 'pilih', 'pem'],
    ['pencuri', 'curi', 'pen'],
    ['penulis', 'tulis', 'pen'],
    ['penyakit', 'sakit', 'peny'],
    ['penggemar', 'gemar', 'peng'],
    ['pengirim', 'kirim', 'peng'],
    ['pengajar', 'ajar', 'peng'],
    ['pengebom', 'bom', 'penge'],
  ] as const)('%s → %s (%s-)', (word, root, surface) => {
    const best = analyzeBest(word, ROOTS);
    expect(`${best.root} ${formatAffixes(notations(best))}`).toBe(expected(root, 'peN-'));
    expect(best.nasal).toMatchObject({ prefix: 'peN-', surface });
  });

  it('forms the confix with -an', () => {
    const best = analyzeBest('pengembangan', ROOTS);
    expect(best.root).toBe('kembang');
    expect(best.affixes).toEqual([
      { notation: 'peN-...-an', kind: 'confix', surface: 'peng...an' },
    ]);
    expect(best.nasal).toMatchObject({ surface: 'peng', rootInitial: 'k', dropped: true });
    expect(reading('pengeboman')).toBe(expected('bom', 'peN-...-an'));
    expect(reading('pelaksanaan')).toBe(expected('laksana', 'peN-...-an'));
  });
});

describe('ber-, ter-, per-, pe-, di-, ke-, se-', () => {
  it.each([
    ['berusaha', 'usaha', 'ber-', 'ber'],
    ['berenang', 'renang', 'ber-', 'be'],
    ['bekerja', 'kerja', 'ber-', 'be'],
    ['belajar', 'ajar', 'ber-', 'bel'],
    ['tertutup', 'tutup', 'ter-', 'ter'],
    ['terasa', 'rasa', 'ter-', 'te'],
    ['tepercaya', 'percaya', 'ter-', 'te'],
    ['perbesar', 'besar', 'per-', 'per'],
    ['pedagang', 'dagang', 'pe-', 'pe'],
    ['pelajar', 'ajar', 'pe-', 'pel'],
    ['dibaca', 'baca', 'di-', 'di'],
    ['ketiga', 'tiga', 'ke-', 'ke'],
    ['seorang', 'orang', 'se-', 'se'],
  ] as const)('%s → %s (%s, written %s)', (word, root, notation, surface) => {
    const best = analyzeBest(word, ROOTS);
    expect(best.root).toBe(root);
    expect(best.affixes).toEqual([{ notation, kind: 'prefix', surface }]);
    expect(best.nasal).toBeUndefined();
  });

  it('does not mistake be-/pe- before r for a root in r-', () => {
    expect(reading('berubah')).toBe(expected('ubah', 'ber-'));
    expect(reading('perubahan')).toBe(expected('ubah', 'per-...-an'));
  });

  it('writes ke- with a hyphen before numerals', () => {
    expect(reading('ke-70')).toBe(expected('70', 'ke-'));
  });
});

describe('suffixes, possessives and particles', () => {
  it.each([
    ['bacakan', 'baca', ['-kan']],
    ['datangi', 'datang', ['-i']],
    ['bantuan', 'bantu', ['-an']],
    ['bukuku', 'buku', ['-ku']],
    ['rumahmu', 'rumah', ['-mu']],
    ['mobilnya', 'mobil', ['-nya']],
    ['bacalah', 'baca', ['-lah']],
    ['siapakah', 'siapa', ['-kah']],
    ['apatah', 'apa', ['-tah']],
    ['walaupun', 'walau', ['-pun']],
    ['berikanlah', 'beri', ['-kan', '-lah']],
    ['rumahnyalah', 'rumah', ['-nya', '-lah']],
  ] as const)('%s → %s %j', (word, root, affixes) => {
    expect(reading(word)).toBe(expected(root, ...affixes));
  });

  it('labels each affix with its kind and surface', () => {
    expect(analyzeBest('dibacakannyalah', ROOTS).affixes).toEqual([
      { notation: 'di-', kind: 'prefix', surface: 'di' },
      { notation: '-kan', kind: 'suffix', surface: 'kan' },
      { notation: '-nya', kind: 'possessive', surface: 'nya' },
      { notation: '-lah', kind: 'particle', surface: 'lah' },
    ]);
  });

  it('prefers stripping a suffix to stripping a prefix when both give a root', () => {
    // beri + -kan, not ber- + ikan.
    expect(reading('berikan')).toBe(expected('beri', '-kan'));
    expect(analyze('berikan', ROOTS).map((a) => a.root)).toContain('ikan');
  });

  it('tries -kan before -an, as the published algorithm does', () => {
    expect(reading('katakan')).toBe(expected('kata', '-kan'));
    expect(reading('tindakan')).toBe(expected('tindak', '-an'));
  });
});

describe('confixes', () => {
  it.each([
    ['kemerdekaan', 'merdeka', ['ke-...-an']],
    ['pertemuan', 'temu', ['per-...-an']],
    ['perundingan', 'runding', ['per-...-an']],
    ['pekerjaan', 'kerja', ['per-...-an']],
    ['berdatangan', 'datang', ['ber-...-an']],
    ['sebaiknya', 'baik', ['se-...-nya']],
    ['perbatasannya', 'batas', ['per-...-an', '-nya']],
  ] as const)('%s → %s %j', (word, root, affixes) => {
    expect(reading(word)).toBe(expected(root, ...affixes));
  });

  it('rejects the disallowed prefix–suffix pairs', () => {
    const roots = new Set(['main', 'rusa', 'rusak', 'baca']);
    // be-...-i, di-...-an, me-...-an, ke-...-kan, se-...-i, te-...-an
    for (const word of ['bermaini', 'dibacaan', 'membacaan', 'kebacakan', 'sebacai', 'terbacaan'])
      expect(
        analyze(word, roots).every((a) => !a.inDictionary),
        word,
      ).toBe(true);
    // ke-...-kan is impossible, so kerusakan is rusak + ke-...-an, not rusa + ke- + -kan.
    expect(reading('kerusakan', roots)).toBe(expected('rusak', 'ke-...-an'));
  });

  it('gives -an to the outermost of ke-, peN-, per-, and to ber- only when alone', () => {
    expect(reading('keberhasilan')).toBe(expected('hasil', 'ke-...-an', 'ber-'));
    expect(reading('berkelanjutan')).toBe(expected('lanjut', 'ber-', 'ke-...-an'));
    expect(reading('pengetahuan')).toBe(expected('tahu', 'peN-...-an', 'ke-'));
    expect(reading('pembelajaran')).toBe(expected('ajar', 'peN-...-an', 'ber-'));
  });
});

describe('stacked prefixes', () => {
  it.each([
    ['diperkirakan', 'kira', ['di-', 'per-', '-kan']],
    ['memperbaiki', 'baik', ['meN-', 'per-', '-i']],
    ['mempelajari', 'ajar', ['meN-', 'per-', '-i']],
    ['memberlakukan', 'laku', ['meN-', 'ber-', '-kan']],
    ['diketahui', 'tahu', ['di-', 'ke-', '-i']],
    ['kepemimpinan', 'pimpin', ['ke-...-an', 'peN-']],
  ] as const)('%s → %s %j', (word, root, affixes) => {
    expect(reading(word)).toBe(expected(root, ...affixes));
  });

  it('does not nest prefixes in impossible orders', () => {
    // ke- + meN- does not exist, so kemenangan is ke-...-an + menang, never + nang.
    const all = analyze('kemenangan', new Set(['menang', 'nang']));
    expect(all.map((a) => `${a.root} ${formatAffixes(notations(a))}`)).toEqual([
      expected('menang', 'ke-...-an'),
    ]);
  });

  it('notes the nasal change even when another prefix follows', () => {
    const best = analyzeBest('memperbaiki', ROOTS);
    expect(best.nasal).toMatchObject({ prefix: 'meN-', surface: 'mem', dropped: false });
    expect(best.nasal?.note).toBe('meN- + per- → memper-; the p of per- never drops');
  });

  it('uses menge-/penge- only before one-syllable roots', () => {
    // lu-ar has two syllables, so pengeluaran is peng- + keluar, not penge- + luar.
    expect(reading('pengeluaran')).toBe(expected('keluar', 'peN-...-an'));
    expect(reading('mengecat')).toBe(expected('cat', 'meN-'));
  });
});

describe('compounds written solid', () => {
  it.each([
    ['menyalahgunakan', 'salah guna', ['meN-', '-kan']],
    ['ditandatangani', 'tanda tangan', ['di-', '-i']],
    ['pertanggungjawaban', 'tanggung jawab', ['per-...-an']],
  ] as const)('%s → %s %j', (word, root, affixes) => {
    expect(reading(word)).toBe(expected(root, ...affixes));
  });

  it('only reads a compound when no single root fits and a prefix and suffix frame it', () => {
    expect(reading('diperkenalkan')).toBe(expected('kenal', 'di-', 'per-', '-kan'));
    expect(analyze('tandatangan', ROOTS).every((a) => !a.inDictionary)).toBe(true);
  });
});

describe('reduplication', () => {
  it.each([
    ['anak-anak', 'anak', ['R']],
    ['rumah-rumahnya', 'rumah', ['R', '-nya']],
    ['berlari-lari', 'lari', ['ber-', 'R']],
    ['menari-nari', 'tari', ['meN-', 'R']],
    ['sebaik-baiknya', 'baik', ['se-...-nya', 'R']],
    ['kemerah-merahan', 'merah', ['ke-...-an', 'R']],
    ['tolong-menolong', 'tolong', ['meN-', 'R']],
    ['surat-menyurat', 'surat', ['meN-', 'R']],
    ['besar-besaran', 'besar', ['R', '-an']],
    ['sayur-mayur', 'sayur', ['R']],
    ['bolak-balik', 'balik', ['R']],
    ['kupu-kupu', 'kupu-kupu', []],
    ['berpura-pura', 'pura-pura', ['ber-']],
  ] as const)('%s → %s %j', (word, root, affixes) => {
    expect(reading(word)).toBe(expected(root, ...affixes));
  });

  it('flags reduplicated readings and records the repeated part', () => {
    const best = analyzeBest('berlari-lari', ROOTS);
    expect(best.reduplicated).toBe(true);
    expect(best.affixes[1]).toEqual({ notation: 'R', kind: 'reduplication', surface: 'lari' });
    expect(analyzeBest('berlari', ROOTS).reduplicated).toBe(false);
  });
});

describe('words of the sample article', () => {
  it.each([
    ['diperkirakan', 'kira', ['di-', 'per-', '-kan']],
    ['perbatasannya', 'batas', ['per-...-an', '-nya']],
    ['menerapkan', 'terap', ['meN-', '-kan']],
    ['pertemuan', 'temu', ['per-...-an']],
    ['pengembangan', 'kembang', ['peN-...-an']],
    ['ditandai', 'tanda', ['di-', '-i']],
    ['berusaha', 'usaha', ['ber-']],
    ['kemenangan', 'menang', ['ke-...-an']],
    ['kementerian', 'menteri', ['ke-...-an']],
    ['pertahanan', 'tahan', ['per-...-an']],
    ['dipimpin', 'pimpin', ['di-']],
    ['memimpin', 'pimpin', ['meN-']],
    ['bergabung', 'gabung', ['ber-']],
    ['kunjungan', 'kunjung', ['-an']],
    ['perayaan', 'raya', ['per-...-an']],
    ['berakhirnya', 'akhir', ['ber-', '-nya']],
    ['pembebasan', 'bebas', ['peN-...-an']],
    ['dirayakan', 'raya', ['di-', '-kan']],
    ['menyatakan', 'nyata', ['meN-', '-kan']],
    ['diundang', 'undang', ['di-']],
    ['menghadiri', 'hadir', ['meN-', '-i']],
    ['hubungan', 'hubung', ['-an']],
    ['diperkuat', 'kuat', ['di-', 'per-']],
    ['dikutip', 'kutip', ['di-']],
    ['menilai', 'nilai', ['meN-']],
    ['memposting', 'posting', ['meN-']],
    ['telegramnya', 'telegram', ['-nya']],
    ['menunjukkan', 'tunjuk', ['meN-', '-kan']],
    ['disambut', 'sambut', ['di-']],
    ['pejabat', 'jabat', ['pe-']],
    ['tulisan', 'tulis', ['-an']],
    ['berdiri', 'diri', ['ber-']],
    ['barisan', 'baris', ['-an']],
    ['memberi', 'beri', ['meN-']],
    ['menutup', 'tutup', ['meN-']],
    ['perdagangan', 'dagang', ['per-...-an']],
    ['pertukaran', 'tukar', ['per-...-an']],
    ['utamanya', 'utama', ['-nya']],
    ['laporan', 'lapor', ['-an']],
    ['pemerintah', 'perintah', ['peN-']],
    ['mengatakan', 'kata', ['meN-', '-kan']],
    ['apakah', 'apa', ['-kah']],
    ['menandai', 'tanda', ['meN-', '-i']],
    ['adanya', 'ada', ['-nya']],
    ['perubahan', 'ubah', ['per-...-an']],
    ['kebijakan', 'bijak', ['ke-...-an']],
    ['peringatan', 'ingat', ['per-...-an']],
    ['mencakup', 'cakup', ['meN-']],
    ['tersebut', 'sebut', ['ter-']],
    ['terhadap', 'hadap', ['ter-']],
    ['tanggapan', 'tanggap', ['-an']],
    ['mendesak', 'desak', ['meN-']],
    ['menghentikan', 'henti', ['meN-', '-kan']],
    ['menghindari', 'hindar', ['meN-', '-i']],
    ['tindakan', 'tindak', ['-an']],
    ['menggunakan', 'guna', ['meN-', '-kan']],
    ['perairan', 'air', ['per-...-an']],
    ['sebelumnya', 'belum', ['se-...-nya']],
    ['tertutup', 'tutup', ['ter-']],
    ['melaporkan', 'lapor', ['meN-', '-kan']],
    ['puluhan', 'puluh', ['-an']],
    ['menuduh', 'tuduh', ['meN-']],
    ['memberikan', 'beri', ['meN-', '-kan']],
    ['bantuan', 'bantu', ['-an']],
    ['tuduhan', 'tuduh', ['-an']],
    ['ditolak', 'tolak', ['di-']],
    ['memiliki', 'milik', ['meN-', '-i']],
    ['meskipun', 'meski', ['-pun']],
    ['membantu', 'bantu', ['meN-']],
    ['memediasi', 'mediasi', ['meN-']],
    ['kesepakatan', 'sepakat', ['ke-...-an']],
    ['mengenai', 'kena', ['meN-', '-i']],
    ['menahan', 'tahan', ['meN-']],
    ['mengancam', 'ancam', ['meN-']],
    ['melanggar', 'langgar', ['meN-']],
    ['mendorong', 'dorong', ['meN-']],
    ['perundingan', 'runding', ['per-...-an']],
    ['setempat', 'tempat', ['se-']],
    ['kedua', 'dua', ['ke-']],
    ['pengaruh', 'pengaruh', []],
    ['perilaku', 'perilaku', []],
    ['kemudian', 'kemudian', []],
  ] as const)('%s → %s %j', (word, root, affixes) => {
    expect(articleWords).toContain(word);
    expect(reading(word)).toBe(expected(root, ...affixes));
  });

  it('finds a dictionary root for every article word except names, numbers and acronyms', () => {
    const outside = new Set([
      'as',
      'beijing',
      'covid-19',
      'distika',
      'g7',
      'hongzhong',
      'li',
      'moskow',
      'patel',
      'pbb',
      'pyongyang',
      'reuters',
      'safara',
      'sergei',
      'setianda',
      'shoigu',
      'vedant',
    ]);
    const unknown = articleWords.filter(
      (word) => !/^\d+$/.test(word) && !outside.has(word) && !analyzeBest(word, ROOTS).inDictionary,
    );
    expect(unknown).toEqual([]);
  });
});

describe('root dictionary', () => {
  it('is large, lowercase and one word per entry', () => {
    expect(ROOTS.size).toBeGreaterThanOrEqual(2000);
    for (const root of ROOTS) expect(root, root).toMatch(/^[a-z]+(-[a-z]+)?$/);
  });

  it('contains the roots of the article', () => {
    const articleRoots =
      'kira batas terap pimpin tahan gabung kunjung menang raya tanda bebas undang kutip kuat ' +
      'nilai temu kembang posting tunjuk sambut jabat tulis baris hormat tutup dagang tukar ' +
      'lapor perintah ubah bijak ingat cakup tanggap desak henti hindar tindak guna air tuduh ' +
      'bantu tolak milik usaha mediasi sepakat kena runding ancam langgar laku dorong hubung wakil';
    const missing = articleRoots.split(' ').filter((root) => !ROOTS.has(root));
    expect(missing).toEqual([]);
  });

  it('holds no derived form that the evaluation set takes apart', () => {
    const derived = evalItems.filter((item) => item.word !== item.root && ROOTS.has(item.word));
    expect(derived.map((item) => item.word)).toEqual([]);
  });
});

describe('evaluation set', () => {
  it('is large, well formed and free of duplicates', () => {
    expect(evalItems.length).toBeGreaterThanOrEqual(320);
    const words = evalItems.map((item) => item.word);
    expect(new Set(words).size).toBe(words.length);
    for (const item of evalItems) expect(normalizeWord(item.word), item.word).toBe(item.word);
  });

  it('shares no word form with the sample article', () => {
    const article = new Set(articleWords);
    expect(articleWords.length).toBeGreaterThan(200);
    expect(evalItems.filter((item) => article.has(item.word)).map((item) => item.word)).toEqual([]);
  });

  it('covers every affix notation', () => {
    const used = new Set(evalItems.flatMap((item) => item.affixes));
    const all = [
      'meN-',
      'peN-',
      'ber-',
      'di-',
      'ter-',
      'per-',
      'pe-',
      'ke-',
      'se-',
      'ke-...-an',
      'peN-...-an',
      'per-...-an',
      'ber-...-an',
      'se-...-nya',
      '-kan',
      '-i',
      '-an',
      '-nya',
      '-ku',
      '-mu',
      '-lah',
      '-kah',
      '-tah',
      '-pun',
      'R',
    ];
    expect(all.filter((notation) => !used.has(notation))).toEqual([]);
    expect(evalItems.some((item) => item.affixes.length === 0)).toBe(true);
  });

  it('is analysed with at least 95% root and 90% full-breakdown accuracy', () => {
    const report = evaluate(evalItems);
    const misses = report.misses
      .map((m) => `${m.item.word}: ${m.gotRoot} ${formatAffixes(m.gotAffixes)}`)
      .join('\n');
    expect(report.rootAccuracy, misses).toBeGreaterThanOrEqual(95);
    expect(report.fullAccuracy, misses).toBeGreaterThanOrEqual(90);
  });
});

describe('evaluate()', () => {
  it('scores roots and full breakdowns separately', () => {
    const report = evaluate([
      { word: 'menulis', root: 'tulis', affixes: ['meN-'] },
      { word: 'menulisi', root: 'tulis', affixes: ['meN-', '-kan'] },
      { word: 'menulis', root: 'nulis', affixes: ['meN-'] },
    ]);
    expect(report.total).toBe(3);
    expect(report.rootCorrect).toBe(2);
    expect(report.fullCorrect).toBe(1);
    expect(report.misses.map((m) => m.rootCorrect)).toEqual([true, false]);
  });

  it('rejects malformed evaluation files', () => {
    expect(() => parseEvalSet('{"items":[{"word":"a"}]}')).toThrow(/item 0/);
    expect(() => parseEvalSet('[]')).toThrow(/items/);
  });
});
