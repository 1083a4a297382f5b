/**
 * The aligner's lexical evidence over the band: what each sentence's items (numbers,
 * names, word translations, dialogue marks; see features.ts) are worth, and how much of
 * it each candidate pair of sentences matches.
 */
import { lowerBound, type Band } from './band.ts';
import type { Item } from './features.ts';

/** Share of the other side's sentences above which an item is ignored. */
const COMMON = 0.2;
/** ... and above this many sentences, so that in a short text a main character still counts. */
const COMMON_MIN = 50;

export interface Side {
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
export function weigh(items: Item[][], other: Int32Array[], otherCount: number) {
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
export function lexicalEvidence(band: Band, src: Side, tgt: Side) {
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
