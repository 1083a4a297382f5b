/**
 * Monotonic sentence alignment of an Indonesian text and its English translation.
 *
 * A dynamic programme over sentence prefixes, as in Gale & Church (1993), with beads
 * 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2. A bead's cost, in nats, is
 *
 *   -ln prior(bead type)       Gale & Church's published priors
 * + length cost                -ln P(|delta|), delta the length difference in characters
 *                              over its expected spread (variance 6.8 per character, the
 *                              mean ratio taken from the two texts); a bead with an empty
 *                              side has a small cost per character instead
 * - lexical evidence           a log-likelihood ratio (see `weigh`) over shared numbers,
 *                              identical words (names, acronyms), word translations
 *                              (hunalign's way) and dialogue marks
 * +/- paragraph evidence       soft: a bead that starts a paragraph on both sides is a
 *                              little cheaper, a merge across a paragraph break dearer
 *
 * Only a band around the diagonal is searched, so time and memory grow linearly with the
 * text. When the best path comes near the band's edge, the band is doubled and the search
 * run again. A forward-backward pass over the same band gives each chosen bead its
 * posterior probability, which is its confidence.
 */
import { extractFeatures, postings, type Item, type Translate } from './features.ts';
import { seedTranslations } from './seedLexicon.ts';

export type { Translate } from './features.ts';

/** One aligned pair: indices into the source and target sentences, in order. */
export interface AlignedPair {
  /** Indices of the Indonesian sentences (0, 1 or 2 of them, consecutive). */
  source: number[];
  /** Indices of the English sentences (0, 1 or 2 of them, consecutive). */
  target: number[];
  /** Posterior probability of this pair, 0 to 1; low values deserve a look. */
  confidence: number;
}

export interface AlignProgress {
  /** 1 for the first search; 2 and more when the band had to be widened. */
  pass: number;
  /** How far this pass is, 0 to 1. */
  fraction: number;
}

export interface AlignOptions {
  /** English counterparts of an Indonesian word (lowercase). Defaults to a small seed list. */
  translations?: Translate;
  /** Whether each source sentence begins a paragraph (soft evidence). */
  sourceParagraphStarts?: readonly boolean[];
  /** Whether each target sentence begins a paragraph (soft evidence). */
  targetParagraphStarts?: readonly boolean[];
  /** Called every few hundred rows of the search. */
  onProgress?: (progress: AlignProgress) => void;
  /** Half-width of the first band, in target sentences (widened on demand). */
  initialBand?: number;
}

export interface AlignResult {
  pairs: AlignedPair[];
  /** Half-width of the band that gave the result. */
  band: number;
  /** How many searches were run (1 unless the band was widened). */
  passes: number;
}

/** Bead types as [source sentences, target sentences]. */
const BEADS: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
];
const BEAD_COUNT = BEADS.length;
const DI = Int8Array.from(BEADS, (b) => b[0]);
const DJ = Int8Array.from(BEADS, (b) => b[1]);
/** Gale & Church's priors: 1-1 .89, 1-0/0-1 .0099 together, 2-1/1-2 .089 together, 2-2 .011. */
const PRIOR = [0.89, 0.0099 / 2, 0.0099 / 2, 0.089 / 2, 0.089 / 2, 0.011].map((p) => -Math.log(p));
/** Gale & Church's variance of the length difference, per character. */
const VARIANCE = 6.8;
/** How much a nat of lexical evidence counts against a nat of length and prior. */
const LEXICAL = 1;
/** Cost per character of a sentence left without a counterpart. */
const GAP_PER_CHAR = 0.01;
const PARAGRAPH_BONUS = 0.7;
const PARAGRAPH_CROSS = 1.5;
/** A path this close to the band's edge may have been cut off: widen and search again. */
const EDGE_MARGIN = 2;
const DEFAULT_BAND = 16;
/** Share of the other side's sentences above which an item is ignored. */
const COMMON = 0.2;
/** ... and above this many sentences, so that in a short text a main character still counts. */
const COMMON_MIN = 50;
const PROGRESS_ROWS = 512;

/** -ln erfc(x) for x >= 0, without underflow (Numerical Recipes' erfcc, in log form). */
function negLogErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t *
                          (-1.13520398 +
                            t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -(Math.log(t) - x * x + poly);
}

/** -ln P(|delta| at least this large), delta the normalised length difference. */
export function lengthCost(sourceChars: number, targetChars: number, ratio: number): number {
  const scaled = targetChars / ratio;
  const mean = (sourceChars + scaled) / 2;
  if (mean <= 0) return 0;
  const delta = Math.abs(scaled - sourceChars) / Math.sqrt(VARIANCE * mean);
  return negLogErfc(delta / Math.SQRT2);
}

/** The band: for each row i (source prefix), the target prefixes lo[i]..hi[i] searched. */
class Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly width: number;
  constructor(
    readonly n: number,
    readonly m: number,
    readonly half: number,
  ) {
    this.lo = new Int32Array(n + 1);
    this.hi = new Int32Array(n + 1);
    this.width = 2 * half + 1;
    for (let i = 0; i <= n; i++) {
      const centre = n === 0 ? 0 : Math.round((i * m) / n);
      this.lo[i] = Math.max(0, centre - half);
      this.hi[i] = Math.min(m, centre + half);
    }
  }
  /** Index of cell (i, j) in band storage, or -1 outside the band. */
  at(i: number, j: number): number {
    if (i < 0 || i > this.n) return -1;
    const lo = this.lo[i] as number;
    if (j < lo || j > (this.hi[i] as number)) return -1;
    return i * this.width + (j - lo);
  }
  get size(): number {
    return (this.n + 1) * this.width;
  }
}

/** Posting-list search: the first position in `list` holding a value >= `value`. */
function lowerBound(list: Int32Array, value: number): number {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((list[mid] as number) < value) a = mid + 1;
    else b = mid;
  }
  return a;
}

interface Side {
  lengths: Float64Array;
  starts: Uint8Array;
  items: Item[][];
  /** Evidence gained when an item is matched in one sentence of the other side. */
  w1: Float64Array[];
  /** The same when matched in either of two sentences. */
  w2: Float64Array[];
  /** What each sentence's evidence is worth in a pair when nothing of it is matched (<= 0). */
  unmatched: Float64Array;
  /** Items that repeat one of the previous sentence's (the same word or number). */
  repeats: Uint8Array[];
  /** The part of `unmatched` that comes from repeated items. */
  unmatchedRepeats: Float64Array;
  /** For each key, the sentences of this side it is present in. */
  postings: Int32Array[];
}

/**
 * Evidence as log-likelihood ratios: "these sentences translate each other" against "they
 * are unrelated". An item present by chance in a fraction p of the other side's sentences
 * is matched with probability p + (1 - p) pTrue in a translation, and p otherwise; it is
 * missed with probability (1 - p)(1 - pTrue) against (1 - p). So a miss costs
 * ln(1 - pTrue) wherever it is, and a match gains ln((p + (1 - p) pTrue) / p) over
 * chance, which is more the rarer the item. A sentence with no counterpart (1-0, 0-1)
 * has none of this: its words are explained by chance, so a sentence whose names and
 * numbers find nothing in the other text is drawn to a gap rather than merged.
 */
function weigh(items: Item[][], other: Int32Array[], otherCount: number) {
  const w1: Float64Array[] = [];
  const w2: Float64Array[] = [];
  const repeats: Uint8Array[] = [];
  const unmatched = new Float64Array(items.length);
  const unmatchedRepeats = new Float64Array(items.length);
  let previous = new Set<number>();
  items.forEach((list, s) => {
    const a = new Float64Array(list.length);
    const b = new Float64Array(list.length);
    const r = new Uint8Array(list.length);
    const mine = new Set<number>();
    let miss = 0;
    let missRepeats = 0;
    list.forEach((item, k) => {
      const id = item.keys[0] as number;
      mine.add(id);
      let df = 0;
      for (const key of item.keys) df += other[key]?.length ?? 0;
      if (df === 0 && !item.strong) return;
      // Words found in a large share of the other side's sentences (function words) tell
      // translations from chance too little to pay for the time they take.
      if (df > COMMON * otherCount && df > COMMON_MIN) return;
      const missed = Math.log(1 - item.pTrue);
      miss += missed;
      if (previous.has(id)) {
        r[k] = 1;
        missRepeats += missed;
      }
      if (df === 0) return;
      const p1 = Math.min(0.95, df / otherCount);
      const p2 = 1 - (1 - p1) * (1 - p1);
      a[k] = Math.log((p1 + (1 - p1) * item.pTrue) / p1) - missed;
      b[k] = Math.log((p2 + (1 - p2) * item.pTrue) / p2) - missed;
    });
    w1.push(a);
    w2.push(b);
    repeats.push(r);
    unmatched[s] = miss;
    unmatchedRepeats[s] = missRepeats;
    previous = mine;
  });
  return { w1, w2, unmatched, repeats, unmatchedRepeats };
}

/**
 * Lexical evidence in the band. At cell (i, j), whose 1-1 bead pairs source sentence i-1
 * with target sentence j-1:
 * - m1: source items of i-1 matched in target j-1; m2: matched in j-2 or j-1;
 * - n1: target items of j-1 matched in source i-1; n2: matched in i-2 or i-1;
 * - r1, r2: the part of m1, m2 from items of i-1 that repeat an item of i-2; q1, q2: the
 *   part of n1, n2 from items of j-1 that repeat one of j-2. When two sentences are taken
 *   together their items are one set, so a repeated word is matched (and missed) once.
 */
function lexicalEvidence(band: Band, src: Side, tgt: Side) {
  const { n, m } = band;
  const m1 = new Float32Array(band.size);
  const m2 = new Float32Array(band.size);
  const n1 = new Float32Array(band.size);
  const n2 = new Float32Array(band.size);
  const r1 = new Float32Array(band.size);
  const r2 = new Float32Array(band.size);
  const q1 = new Float32Array(band.size);
  const q2 = new Float32Array(band.size);
  const seen1 = new Int32Array(Math.max(m, n) + 3);
  const seen2 = new Int32Array(Math.max(m, n) + 3);
  let stamp = 0;

  for (let i = 1; i <= n; i++) {
    const s = i - 1;
    const tMin = Math.max(0, (band.lo[i] as number) - 2);
    const tMax = Math.min(m - 1, (band.hi[i] as number) - 1);
    const items = src.items[s] as Item[];
    const weights1 = src.w1[s] as Float64Array;
    const weights2 = src.w2[s] as Float64Array;
    const repeats = src.repeats[s] as Uint8Array;
    for (let k = 0; k < items.length; k++) {
      const w1 = weights1[k] as number;
      const w2 = weights2[k] as number;
      const repeated = repeats[k] === 1;
      if (w1 === 0) continue;
      stamp++;
      for (const key of (items[k] as Item).keys) {
        const list = tgt.postings[key];
        if (!list) continue;
        for (let p = lowerBound(list, tMin); p < list.length; p++) {
          const t = list[p] as number;
          if (t > tMax) break;
          if (seen1[t] === stamp) continue;
          seen1[t] = stamp;
          const c1 = band.at(i, t + 1);
          if (c1 >= 0) {
            m1[c1] = (m1[c1] as number) + w1;
            if (repeated) r1[c1] = (r1[c1] as number) + w1;
          }
          for (let j = t + 1; j <= t + 2; j++) {
            if (seen2[j] === stamp) continue;
            seen2[j] = stamp;
            const c2 = band.at(i, j);
            if (c2 >= 0) {
              m2[c2] = (m2[c2] as number) + w2;
              if (repeated) r2[c2] = (r2[c2] as number) + w2;
            }
          }
        }
      }
    }
  }

  // The rows whose band holds column j form a range that moves forward with j.
  let first = 0;
  let last = 0;
  for (let j = 1; j <= m; j++) {
    const t = j - 1;
    while (first <= n && (band.hi[first] as number) < j) first++;
    while (last + 1 <= n && (band.lo[last + 1] as number) <= j) last++;
    const sMin = Math.max(0, first - 2);
    const sMax = Math.min(n - 1, last - 1);
    const items = tgt.items[t] as Item[];
    const weights1 = tgt.w1[t] as Float64Array;
    const weights2 = tgt.w2[t] as Float64Array;
    const repeats = tgt.repeats[t] as Uint8Array;
    for (let k = 0; k < items.length; k++) {
      const w1 = weights1[k] as number;
      const w2 = weights2[k] as number;
      const repeated = repeats[k] === 1;
      if (w1 === 0) continue;
      stamp++;
      for (const key of (items[k] as Item).keys) {
        const list = src.postings[key];
        if (!list) continue;
        for (let p = lowerBound(list, sMin); p < list.length; p++) {
          const s = list[p] as number;
          if (s > sMax) break;
          if (seen1[s] === stamp) continue;
          seen1[s] = stamp;
          const c1 = band.at(s + 1, j);
          if (c1 >= 0) {
            n1[c1] = (n1[c1] as number) + w1;
            if (repeated) q1[c1] = (q1[c1] as number) + w1;
          }
          for (let i = s + 1; i <= s + 2; i++) {
            if (seen2[i] === stamp) continue;
            seen2[i] = stamp;
            const c2 = band.at(i, j);
            if (c2 >= 0) {
              n2[c2] = (n2[c2] as number) + w2;
              if (repeated) q2[c2] = (q2[c2] as number) + w2;
            }
          }
        }
      }
    }
  }
  return { m1, m2, n1, n2, r1, r2, q1, q2 };
}

/** ln(sum of exp(terms[0..count))), given their maximum. */
function logSumExp(terms: Float64Array, count: number, top: number): number {
  if (count === 0 || top === -Infinity) return -Infinity;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp((terms[k] as number) - top);
  return top + Math.log(sum);
}

function prefixSums(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) sums[k + 1] = (sums[k] as number) + (values[k] as number);
  return sums;
}

interface Pass {
  pairs: AlignedPair[];
  hugsEdge: boolean;
}

function search(
  band: Band,
  src: Side,
  tgt: Side,
  ratio: number,
  report: (fraction: number) => void,
): Pass {
  const { n, m } = band;
  const { m1, m2, n1, n2, r1, r2, q1, q2 } = lexicalEvidence(band, src, tgt);
  const at = (i: number, j: number) => band.at(i, j);
  const val = (a: Float32Array, c: number) => (c < 0 ? 0 : (a[c] as number));
  const sumS = prefixSums(src.lengths);
  const sumT = prefixSums(tgt.lengths);

  /** Cost of bead b ending at cell (i, j), stored at index c. */
  const beadCost = (b: number, i: number, j: number, c: number): number => {
    const di = DI[b] as number;
    const dj = DJ[b] as number;
    const sChars = (sumS[i] as number) - (sumS[i - di] as number);
    const tChars = (sumT[j] as number) - (sumT[j - dj] as number);
    let cost = PRIOR[b] as number;
    if (di === 0 || dj === 0) return cost + GAP_PER_CHAR * (sChars + tChars);
    cost += lengthCost(sChars, tChars, ratio);
    let lex: number;
    if (di === 1 && dj === 1) lex = val(m1, c) + val(n1, c);
    else if (di === 2 && dj === 1)
      lex = val(m1, at(i - 1, j)) + val(m1, c) - val(r1, c) + val(n2, c);
    else if (di === 1) lex = val(m2, c) + val(n1, at(i, j - 1)) + val(n1, c) - val(q1, c);
    else
      lex =
        val(m2, at(i - 1, j)) +
        val(m2, c) -
        val(r2, c) +
        val(n2, at(i, j - 1)) +
        val(n2, c) -
        val(q2, c);
    for (let k = i - di; k < i; k++) lex += src.unmatched[k] as number;
    for (let k = j - dj; k < j; k++) lex += tgt.unmatched[k] as number;
    if (di === 2) lex -= src.unmatchedRepeats[i - 1] as number;
    if (dj === 2) lex -= tgt.unmatchedRepeats[j - 1] as number;
    cost -= LEXICAL * lex;
    if (di === 2 && src.starts[i - 1]) cost += PARAGRAPH_CROSS;
    if (dj === 2 && tgt.starts[j - 1]) cost += PARAGRAPH_CROSS;
    if (src.starts[i - di] && tgt.starts[j - dj]) cost -= PARAGRAPH_BONUS;
    return cost;
  };

  const size = band.size;
  const best = new Float64Array(size).fill(Infinity);
  const forward = new Float64Array(size).fill(-Infinity);
  const back = new Uint8Array(size);
  const costs = new Float32Array(size * BEAD_COUNT);
  const terms = new Float64Array(BEAD_COUNT);
  best[0] = 0;
  forward[0] = 0;
  for (let i = 0; i <= n; i++) {
    const lo = band.lo[i] as number;
    const hi = band.hi[i] as number;
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      const c = at(i, j);
      let bestCost = Infinity;
      let bestBead = 0;
      let count = 0;
      let top = -Infinity;
      for (let b = 0; b < BEAD_COUNT; b++) {
        const p = at(i - (DI[b] as number), j - (DJ[b] as number));
        if (p < 0) continue;
        const before = best[p] as number;
        if (before === Infinity) continue;
        const cost = beadCost(b, i, j, c);
        costs[c * BEAD_COUNT + b] = cost;
        if (before + cost < bestCost) {
          bestCost = before + cost;
          bestBead = b;
        }
        const term = (forward[p] as number) - cost;
        terms[count++] = term;
        if (term > top) top = term;
      }
      best[c] = bestCost;
      back[c] = bestBead;
      forward[c] = logSumExp(terms, count, top);
    }
    if (i % PROGRESS_ROWS === 0) report((0.75 * i) / n);
  }

  // Backward sums over the same band, reusing the bead costs of the forward pass.
  const backward = new Float64Array(size).fill(-Infinity);
  backward[at(n, m)] = 0;
  for (let i = n; i >= 0; i--) {
    const lo = band.lo[i] as number;
    const hi = band.hi[i] as number;
    for (let j = hi; j >= lo; j--) {
      if (i === n && j === m) continue;
      const c = at(i, j);
      if ((best[c] as number) === Infinity) continue;
      let count = 0;
      let top = -Infinity;
      for (let b = 0; b < BEAD_COUNT; b++) {
        const next = at(i + (DI[b] as number), j + (DJ[b] as number));
        if (next < 0 || (best[next] as number) === Infinity) continue;
        const term = (backward[next] as number) - (costs[next * BEAD_COUNT + b] as number);
        terms[count++] = term;
        if (term > top) top = term;
      }
      backward[c] = logSumExp(terms, count, top);
    }
    if (i % PROGRESS_ROWS === 0) report(0.75 + (0.25 * (n - i)) / n);
  }

  const total = forward[at(n, m)] as number;
  const pairs: AlignedPair[] = [];
  let hugsEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const c = at(i, j);
    const b = back[c] as number;
    const [di, dj] = BEADS[b] as readonly [number, number];
    const p = at(i - di, j - dj);
    const posterior = Math.exp(
      (forward[p] as number) -
        (costs[c * BEAD_COUNT + b] as number) +
        (backward[c] as number) -
        total,
    );
    pairs.push({
      source: Array.from({ length: di }, (_, k) => i - di + k),
      target: Array.from({ length: dj }, (_, k) => j - dj + k),
      confidence: Number.isFinite(posterior) ? Math.min(1, Math.max(0, posterior)) : 0,
    });
    const lo = band.lo[i] as number;
    const hi = band.hi[i] as number;
    if ((lo > 0 && j - lo <= EDGE_MARGIN) || (hi < m && hi - j <= EDGE_MARGIN)) hugsEdge = true;
    i -= di;
    j -= dj;
  }
  pairs.reverse();
  return { pairs, hugsEdge };
}

function paragraphStarts(count: number, starts: readonly boolean[] | undefined): Uint8Array {
  return Uint8Array.from({ length: count }, (_, k) => ((starts ? starts[k] : k === 0) ? 1 : 0));
}

/**
 * Aligns two lists of sentences. Every sentence of both sides is in exactly one pair, and
 * the pairs are in order on both sides (monotonic).
 */
export function alignSentences(
  source: readonly string[],
  target: readonly string[],
  options: AlignOptions = {},
): AlignResult {
  const n = source.length;
  const m = target.length;
  if (n === 0 || m === 0) {
    const pairs: AlignedPair[] = [
      ...source.map((_, k) => ({ source: [k], target: [], confidence: 1 })),
      ...target.map((_, k) => ({ source: [], target: [k], confidence: 1 })),
    ];
    options.onProgress?.({ pass: 1, fraction: 1 });
    return { pairs, band: 0, passes: 1 };
  }
  const features = extractFeatures(source, target, options.translations ?? seedTranslations);
  const srcPostings = postings(features.source.present, features.keyCount);
  const tgtPostings = postings(features.target.present, features.keyCount);
  const src: Side = {
    lengths: Float64Array.from(source, (s) => s.length),
    starts: paragraphStarts(n, options.sourceParagraphStarts),
    items: features.source.items,
    ...weigh(features.source.items, tgtPostings, m),
    postings: srcPostings,
  };
  const tgt: Side = {
    lengths: Float64Array.from(target, (s) => s.length),
    starts: paragraphStarts(m, options.targetParagraphStarts),
    items: features.target.items,
    ...weigh(features.target.items, srcPostings, n),
    postings: tgtPostings,
  };
  let sChars = 0;
  for (const l of src.lengths) sChars += l;
  let tChars = 0;
  for (const l of tgt.lengths) tChars += l;
  const ratio = sChars > 0 && tChars > 0 ? tChars / sChars : 1;

  // Wide enough that the band stays connected when one side has many more sentences.
  let half = Math.max(options.initialBand ?? DEFAULT_BAND, Math.ceil((2 * m) / n) + 4);
  const full = Math.max(n, m);
  for (let pass = 1; ; pass++) {
    const band = new Band(n, m, Math.min(half, full));
    const report = (fraction: number) => options.onProgress?.({ pass, fraction });
    const result = search(band, src, tgt, ratio, report);
    report(1);
    if (!result.hugsEdge || half >= full) {
      return { pairs: result.pairs, band: band.half, passes: pass };
    }
    half *= 2;
  }
}

/**
 * Aligns two texts given as paragraphs of sentences. Sentence indices in the pairs count
 * through the whole text (paragraph by paragraph); paragraph starts are soft evidence.
 */
export function alignParagraphs(
  source: readonly (readonly string[])[],
  target: readonly (readonly string[])[],
  options: Omit<AlignOptions, 'sourceParagraphStarts' | 'targetParagraphStarts'> = {},
): AlignResult {
  const flat = (paragraphs: readonly (readonly string[])[]) => ({
    sentences: paragraphs.flat(),
    starts: paragraphs.flatMap((p) => p.map((_, k) => k === 0)),
  });
  const s = flat(source);
  const t = flat(target);
  return alignSentences(s.sentences, t.sentences, {
    ...options,
    sourceParagraphStarts: s.starts,
    targetParagraphStarts: t.starts,
  });
}
