/**
 * A small dictionary in the files' format, for the tests: a few roots of several letters, some
 * derived words, acronyms and expressions. Written for the tests; the real files may differ.
 */
import {
  dictionaryFromTexts,
  type Dictionary,
} from '../../src/features/words/language/dictionary/dictionary';
import type { DictionaryTexts } from '../../src/features/words/language/dictionary/dictionaryIndex';

const tsv = (lines: string[]) => `${lines.join('\n')}\n`;

export const FIXTURE_TEXTS: DictionaryTexts = {
  roots: {
    b: tsv(['baca\tv\tread', 'bangun\tv\twake up, get up; build', 'butuh\tv\tneed']),
    k: tsv(['kira\tv\tguess, suppose; think; estimate', 'kota\tn\ttown, city']),
    m: tsv(['makan\tv\teat', 'masak\tv\tcook; ripe']),
    p: tsv(['perintah\tn\tcommand, order']),
    r: tsv(['rumah\tn\thouse, home']),
    s: tsv(['sakit\tadj\tsick, ill; painful', 'siap\tadj\tready']),
    t: tsv(['tulis\tv\twrite']),
  },
  derived: {
    m: tsv(['makanan\tmakan\t-an\tn\tfood']),
    p: tsv([
      'pemerintah\tperintah\tpeN-\tn\tgovernment',
      'pembangunan\tbangun\tpeN-...-an\tn\tdevelopment, construction',
    ]),
  },
  acronyms: tsv([
    'PBB\tPerserikatan Bangsa-Bangsa\tthe United Nations',
    'Polri\tKepolisian Negara Republik Indonesia\tthe Indonesian National Police',
  ]),
  expressions: tsv(['rumah sakit\tn\thospital']),
};

/** A fresh dictionary over the fixture (nothing loaded yet). */
export function fixtureDictionary(): Dictionary {
  return dictionaryFromTexts(FIXTURE_TEXTS);
}
