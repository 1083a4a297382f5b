/**
 * `npm run eval:align`: the sentence splitter and the aligner on the development set
 * (tests/fixtures/align). For each text, and overall:
 *
 * - split: sentences of our split that are exactly a gold sentence (F1 over sentences);
 * - pairs on the gold split: strict precision, recall and F1 (a pair counts only when
 *   both sides are exactly right);
 * - pairs on our own split: the same, compared by text and position.
 *
 * Then the whole set concatenated and repeated to about 2,400 sentences a side, as one
 * text. The figures are printed, never asserted: tests/import holds the checks.
 *
 * By default the aligner uses its seed word list; `--dictionary` passes the root
 * dictionary (dictionary/*.tsv, through the morphological analyzer) as `translations`.
 */
import { join } from 'node:path';
import { alignParagraphs, type AlignOptions } from '../src/features/import/align.ts';
import { splitText } from '../src/features/import/split.ts';
import {
  addScores,
  concatenate,
  f1,
  goldPairTexts,
  loadFixtures,
  multisetScore,
  pairTexts,
  precision,
  rawText,
  recall,
  type AlignFixture,
  type Score,
} from './lib/align-eval.ts';
import { dictionaryTranslations } from './lib/dictionary-translations.ts';

const fixtures = loadFixtures(join(import.meta.dirname, '..', 'tests', 'fixtures', 'align'));
const TARGET_SENTENCES = 2400;
const options: AlignOptions = process.argv.includes('--dictionary')
  ? { translations: dictionaryTranslations(join(import.meta.dirname, '..')) }
  : {};

interface Row {
  name: string;
  sentences: string;
  split: Score;
  gold: Score;
  own: Score;
  ms: number;
}

function evaluate(f: AlignFixture): Row {
  const started = performance.now();
  const gold = goldPairTexts(f);
  const goldId = f.id.paragraphs.flat();
  const goldEn = f.en.paragraphs.flat();

  const onGold = alignParagraphs(f.id.paragraphs, f.en.paragraphs, options);
  const goldScore = multisetScore(gold, pairTexts(goldId, goldEn, onGold.pairs));

  const ownId = splitText(rawText(f.id.paragraphs, f.wrap), 'id').map((p) => p.sentences);
  const ownEn = splitText(rawText(f.en.paragraphs, f.wrap), 'en').map((p) => p.sentences);
  const split = addScores(multisetScore(goldId, ownId.flat()), multisetScore(goldEn, ownEn.flat()));
  const onOwn = alignParagraphs(ownId, ownEn, options);
  const ownScore = multisetScore(gold, pairTexts(ownId.flat(), ownEn.flat(), onOwn.pairs));
  return {
    name: f.name,
    sentences: `${goldId.length}/${goldEn.length}`,
    split,
    gold: goldScore,
    own: ownScore,
    ms: performance.now() - started,
  };
}

const pct = (x: number) => x.toFixed(3);
const prf = (s: Score) => `${pct(precision(s))} ${pct(recall(s))} ${pct(f1(s))}`;

function print(rows: Row[]) {
  const header = ['text', 'sent id/en', 'split F1', 'gold split P R F1', 'own split P R F1', 'ms'];
  const lines = rows.map((r) => [
    r.name,
    r.sentences,
    pct(f1(r.split)),
    prf(r.gold),
    prf(r.own),
    r.ms.toFixed(0),
  ]);
  const widths = header.map((h, k) => Math.max(h.length, ...lines.map((l) => (l[k] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, k) => c.padEnd(widths[k] ?? 0)).join('  ');
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));
}

const rows = fixtures.map(evaluate);
const zero: Score = { correct: 0, gold: 0, predicted: 0 };
const overall: Row = {
  name: 'overall',
  sentences:
    rows.reduce((a, r) => a + Number(r.sentences.split('/')[0]), 0) +
    '/' +
    rows.reduce((a, r) => a + Number(r.sentences.split('/')[1]), 0),
  split: rows.reduce((a, r) => addScores(a, r.split), zero),
  gold: rows.reduce((a, r) => addScores(a, r.gold), zero),
  own: rows.reduce((a, r) => addScores(a, r.own), zero),
  ms: rows.reduce((a, r) => a + r.ms, 0),
};

const once = concatenate(fixtures, 'once').id.paragraphs.flat().length;
const copies = Math.max(1, Math.round(TARGET_SENTENCES / once));
const long = concatenate(
  Array.from({ length: copies }, () => fixtures).flat(),
  `concatenated x${copies}`,
);
print([...rows, overall, evaluate(long)]);
console.log(
  `\n${options.translations ? 'With the root dictionary. ' : ''}${fixtures.length} texts, ${overall.gold.gold} gold pairs; strict pair F1 overall ` +
    `${pct(f1(overall.gold))} (gold split), ${pct(f1(overall.own))} (own split)`,
);
