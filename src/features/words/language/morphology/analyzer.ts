/**
 * Rule-based Indonesian morphological analyzer for Sanding.
 *
 * It follows the confix-stripping approach of Nazief & Adriani (1996) as extended by
 * Asian et al. (2007, "enhanced confix stripping"): a word is read as
 *
 *     [prefix [prefix [prefix]]] root [derivational suffix] [possessive] [particle]
 *
 * with up to three prefixes, the meN-/peN- allomorphs undone ("recoding"), and the disallowed
 * prefix–suffix pairs rejected. Unlike the original greedy algorithm, every admissible
 * segmentation is generated and those whose root is in the dictionary are ranked, so that an
 * ambiguous form (`berikan` = beri + -kan, not ber- + ikan) is resolved by a stated preference
 * rather than by the order in which rules happen to fire. Reduplication (full, affixed,
 * reciprocal and with sound change) is handled on hyphenated forms.
 *
 * Pure TypeScript, no runtime dependencies. The roots come from the caller: the app passes the
 * dictionary's headwords (`../dictionary/lookup.ts`), the tests and the morphology evaluation
 * the built-in list in `./roots.ts`.
 */
import { RARE_ROOTS } from './rareRoots';

/** Anything that can answer "is this a root?"; a `ReadonlySet<string>` fits. */
export type RootDictionary = Pick<ReadonlySet<string>, 'has'>;

/** What an affix is, grammatically. */
export type AffixKind =
  'prefix' | 'suffix' | 'confix' | 'particle' | 'possessive' | 'reduplication';

/**
 * One affix of an analysis.
 *
 * `notation` is the form learners meet in grammars: `meN-`, `peN-` (the nasal prefixes, whatever
 * their surface), `ber-`, `di-`, `ter-`, `per-`, `pe-` (the agent-noun prefix of `pedagang`,
 * `pelajar`), `ke-`, `se-`; confixes `ke-...-an`, `peN-...-an`, `per-...-an`, `ber-...-an`,
 * `se-...-nya`; suffixes `-kan`, `-i`, `-an`; possessives `-ku`, `-mu`, `-nya`; particles `-lah`,
 * `-kah`, `-tah`, `-pun`; and `R` for reduplication.
 *
 * `surface` is what actually appears in the word: `men`, `mem`, `peng...an`, `be`, `kan`; for `R`
 * it is the repeated part (`lari` in `berlari-lari`, `mayur` in `sayur-mayur`).
 */
export interface Affix {
  notation: string;
  kind: AffixKind;
  surface: string;
}

/** How a nasal prefix (meN-, peN-) fused with the first sound of its base. */
export interface NasalChange {
  prefix: 'meN-' | 'peN-';
  /** The prefix as written in the word: `me`, `mem`, `men`, `meny`, `meng`, `menge`, `pe`... */
  surface: string;
  /** First sound of the base the prefix attached to (`t` for terap, `ny` for nyanyi, `a`...). */
  rootInitial: string;
  /** True when that sound disappeared (menerapkan ← terap). */
  dropped: boolean;
  /** A one-line explanation for learners, e.g. "meN- + t → men-, the t drops". */
  note: string;
}

/**
 * One reading of a word.
 *
 * `affixes` are in reading order: prefixes from the outside in, a confix listed where its prefix
 * part stands (so `keberhasilan` gives ke-...-an, ber-), then `R` for reduplication, then the
 * derivational suffix, the possessive and finally the particle. `inDictionary` is false only for
 * the fallback reading (root = the word itself) and for guesses. `root` is a two-word compound
 * (`salah guna`) when a compound written solid under a prefix and a suffix is recognised.
 */
export interface Analysis {
  word: string;
  root: string;
  affixes: Affix[];
  nasal?: NasalChange;
  reduplicated: boolean;
  inDictionary: boolean;
}

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /**
   * When no dictionary root is found, also return rule-based guesses (`inDictionary: false`)
   * before the bare-word fallback. Useful for hinting at the root of an unknown word; the
   * guesses are plausible segmentations, not verified roots.
   */
  guess?: boolean;
  /**
   * Derived forms the dictionary lists, each with its root (`pemerintah` → `perintah`). A
   * reading whose root is the one the dictionary gives for the form (with or without its
   * possessive and particle) goes first, whatever its cost: the entry was written by hand.
   */
  derived?: Pick<ReadonlyMap<string, string>, 'get'>;
}

type PrefixFamily = 'di' | 'ke' | 'se' | 'ter' | 'ber' | 'meN' | 'peN' | 'per';
type Suffix = 'kan' | 'i' | 'an';
type Possessive = 'ku' | 'mu' | 'nya';
type Particle = 'lah' | 'kah' | 'tah' | 'pun';

interface PrefixStep {
  family: PrefixFamily;
  surface: string;
  /** Initial of the (recoded) base; for nasal prefixes only. */
  initial: string;
  dropped: boolean;
  /** A voiceless initial kept after a nasal prefix: standard before a cluster, else a loan. */
  retained?: 'cluster' | 'loan';
  /** be-/te-/pe- before a root in r-, where the prefix's own r merged with the root's. */
  rMerged?: boolean;
}

interface Reduplication {
  surface: string;
}

interface Parse {
  prefixes: PrefixStep[];
  root: string;
  suffix?: Suffix;
  possessive?: Possessive;
  particle?: Particle;
  redup?: Reduplication;
  /** The root is a two-word compound written solid under a prefix and a suffix. */
  compound?: boolean;
}

interface Scored {
  parse: Parse;
  cost: number;
}

const VOWELS = 'aeiou';
const PARTICLES: readonly Particle[] = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES: readonly Possessive[] = ['nya', 'ku', 'mu'];
const SUFFIXES: readonly Suffix[] = ['kan', 'an', 'i'];
const MAX_PREFIXES = 3;
const MIN_ROOT_LENGTH = 2;

/**
 * Which prefix may sit directly inside which (outer → inner). Combinations outside this table
 * (meN- inside ke-, di- inside anything...) do not occur in standard Indonesian, and allowing
 * them only produces spurious roots.
 */
const INNER_PREFIXES: Record<PrefixFamily, readonly PrefixFamily[]> = {
  di: ['per', 'ber', 'ke', 'se', 'ter'],
  meN: ['per', 'ber', 'ke', 'se', 'ter'],
  peN: ['ber', 'per', 'ke', 'se'],
  ke: ['ber', 'ter', 'se', 'per', 'peN'],
  ber: ['ke', 'peN', 'se', 'per'],
  ter: ['per', 'ke', 'se'],
  se: ['per', 'ke'],
  per: [],
};

/** Prefix–suffix pairs that cannot frame a word (Nazief & Adriani), checked on the outer prefix. */
const DISALLOWED: Record<PrefixFamily, readonly Suffix[]> = {
  ber: ['i'],
  di: ['an'],
  ke: ['i', 'kan'],
  meN: ['an'],
  se: ['i', 'kan'],
  ter: ['an'],
  // Nouns in peN- never take the verbal suffixes.
  peN: ['i', 'kan'],
  per: [],
};

/**
 * Prefixes that form a confix with -an. When several are stacked the outermost of ke-, peN- and
 * per- takes the -an (keberhasilan = ke-...-an + berhasil, pengetahuan = peN-...-an + ketahu);
 * ber- does only when none of them is present, because ber- + a noun in -an (berkelanjutan,
 * berpengalaman) is far more common than the reciprocal ber-...-an inside another prefix.
 */
const CONFIX_PARTNERS: readonly PrefixFamily[] = ['ke', 'peN', 'per'];

/**
 * Roots in r- whose pe...an noun belongs to per-...-an (from a ber- verb: berunding →
 * perundingan) rather than to peN-...-an (from a meN- verb: merawat → perawatan). The written
 * form is identical, so this is lexical knowledge.
 */
const PER_AN_R_ROOTS: ReadonlySet<string> = new Set(['runding', 'rumah', 'raya', 'rasa', 'rebut']);

/** The only roots that take the bel-/pel- allomorphs of ber-/per-. */
const BEL_ROOTS: ReadonlySet<string> = new Set(['ajar', 'unjur']);

const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);
const isConsonant = (c: string | undefined): boolean =>
  c !== undefined && c >= 'a' && c <= 'z' && !isVowel(c);

function initialOf(base: string): string {
  const two = base.slice(0, 2);
  return ['ny', 'ng', 'kh', 'sy'].includes(two) ? two : base.slice(0, 1);
}

/** One vowel nucleus; ai, au, oi and ei are diphthongs, but lu-ar or di-a are two syllables. */
function isMonosyllable(base: string): boolean {
  const nuclei = base.match(/ai|au|oi|ei|[aeiou]/g) ?? [];
  return nuclei.length === 1;
}

/** Lowercases and trims punctuation and quotes; keeps inner hyphens (reduplication). */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

// ---------------------------------------------------------------------------------------------
// Prefix allomorphs
// ---------------------------------------------------------------------------------------------

interface Strip {
  step: PrefixStep;
  base: string;
}

function plain(family: PrefixFamily, surface: string, base: string, rMerged = false): Strip {
  return {
    step: { family, surface, initial: initialOf(base), dropped: false, rMerged },
    base,
  };
}

/** All ways meN- (p = 'me') or peN- (p = 'pe') can open `stem`, with the base recoded. */
function nasalStrips(stem: string, family: 'meN' | 'peN'): Strip[] {
  const p = family === 'meN' ? 'me' : 'pe';
  if (!stem.startsWith(p)) return [];
  const out: Strip[] = [];
  const push = (surface: string, base: string, dropped: boolean, retained?: 'cluster' | 'loan') => {
    if (base.length < MIN_ROOT_LENGTH) return;
    out.push({
      step: { family, surface, initial: initialOf(base), dropped, ...(retained && { retained }) },
      base,
    });
  };
  const retention = (base: string): 'cluster' | 'loan' =>
    isConsonant(base[1]) && base[1] !== 'h' ? 'cluster' : 'loan';

  const after = stem.slice(2);
  // me-/pe- before sonorants (l r w y m n ny ng): nothing changes.
  if (/^[lrwymn]/.test(after)) push(p, after, false);

  if (after.startsWith('m')) {
    const r = after.slice(1);
    if (/^[bfv]/.test(r)) push(`${p}m`, r, false);
    else if (isVowel(r[0])) push(`${p}m`, `p${r}`, true);
    else if (r.startsWith('p')) push(`${p}m`, r, false, retention(r));
  }
  if (after.startsWith('n')) {
    const r = after.slice(1);
    if (/^(c|d|j|z|sy)/.test(r)) push(`${p}n`, r, false);
    else if (isVowel(r[0])) push(`${p}n`, `t${r}`, true);
    else if (r.startsWith('t') || (r.startsWith('s') && !r.startsWith('sy')))
      push(`${p}n`, r, false, retention(r));
  }
  if (after.startsWith('ny')) {
    const r = after.slice(2);
    if (isVowel(r[0])) push(`${p}ny`, `s${r}`, true);
  }
  if (after.startsWith('ng')) {
    const r = after.slice(2);
    if (/^(g|h|q|kh)/.test(r)) push(`${p}ng`, r, false);
    else if (isVowel(r[0])) {
      push(`${p}ng`, r, false);
      push(`${p}ng`, `k${r}`, true);
    } else if (r.startsWith('k')) push(`${p}ng`, r, false, retention(r));
    // menge-/penge- only before one-syllable roots (mengebom, pengecatan).
    if (r.startsWith('e') && isMonosyllable(r.slice(1))) push(`${p}nge`, r.slice(1), false);
  }
  return out;
}

/** All prefixes that could open `stem`, each with the base left behind. */
function prefixStrips(stem: string): Strip[] {
  const out: Strip[] = [];
  for (const family of ['di', 'ke', 'se'] as const) {
    if (stem.startsWith(family)) out.push(plain(family, family, stem.slice(2)));
  }
  // ber-/ter-/per- and their short forms: be-/te-/pe- before r- (the two r's merge) and before
  // a first syllable with -er- (bekerja, tepercaya, pekerja); bel-/pel- only before ajar.
  for (const [full, family] of [
    ['ber', 'ber'],
    ['ter', 'ter'],
    ['per', 'per'],
  ] as const) {
    const short = full.slice(0, 2);
    if (stem.startsWith(full)) out.push(plain(family, full, stem.slice(3)));
    if (stem.startsWith(short)) {
      const after = stem.slice(2);
      if (after.startsWith('r')) out.push(plain(family, short, after, true));
      else if (family !== 'per' && /^[b-df-hj-np-tv-z]er/.test(after))
        out.push(plain(family, short, after));
    }
    if ((family === 'ber' || family === 'per') && stem.startsWith(`${short}l`)) {
      const after = stem.slice(3);
      if ([...BEL_ROOTS].some((root) => after.startsWith(root)))
        out.push(plain(family, `${short}l`, after));
    }
  }
  // pe- (agent nouns and the per- allomorph) before consonants that peN- would have changed.
  if (stem.startsWith('pe') && /^[bcdfghjkpstz]/.test(stem.slice(2)))
    out.push(plain('per', 'pe', stem.slice(2)));
  out.push(...nasalStrips(stem, 'meN'), ...nasalStrips(stem, 'peN'));
  return out.filter((strip) => strip.base.length >= MIN_ROOT_LENGTH);
}

/** Every stack of up to three prefixes over `stem`, outermost first, including none. */
function prefixStacks(stem: string): Array<{ prefixes: PrefixStep[]; root: string }> {
  const out: Array<{ prefixes: PrefixStep[]; root: string }> = [];
  const walk = (base: string, prefixes: PrefixStep[]) => {
    out.push({ prefixes, root: base });
    if (prefixes.length >= MAX_PREFIXES) return;
    const outer = prefixes[prefixes.length - 1];
    for (const strip of prefixStrips(base)) {
      if (outer && !INNER_PREFIXES[outer.family].includes(strip.step.family)) continue;
      walk(strip.base, [...prefixes, strip.step]);
    }
  };
  walk(stem, []);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Segmentation
// ---------------------------------------------------------------------------------------------

function hasVowel(s: string): boolean {
  return /[aeiou]/.test(s);
}

/**
 * Indonesian roots never open with a nasal before another consonant (mb-, nd-, ngg-), nor with
 * r, l, w, y or h before one; such a "root" is always a prefix cut in the wrong place
 * (be + rhasil, pe + mbangun). Loan clusters (pr-, kl-, str-) stay possible.
 */
function isPlausibleRoot(root: string): boolean {
  return (
    root.length >= MIN_ROOT_LENGTH &&
    hasVowel(root) &&
    !/^(m[^aeiou]|n[^aeiouyg]|n[yg][^aeiou]|[rlwyh][^aeiou])/.test(root)
  );
}

/** All suffix splits of `word`: stem + [suffix] + [possessive] + [particle]. */
function suffixSplits(
  word: string,
): Array<{ stem: string; suffix?: Suffix; possessive?: Possessive; particle?: Particle }> {
  const out: Array<{
    stem: string;
    suffix?: Suffix;
    possessive?: Possessive;
    particle?: Particle;
  }> = [];
  for (const particle of [undefined, ...PARTICLES]) {
    const afterParticle = particle ? stripEnd(word, particle) : word;
    if (afterParticle === undefined) continue;
    for (const possessive of [undefined, ...POSSESSIVES]) {
      const afterPossessive = possessive ? stripEnd(afterParticle, possessive) : afterParticle;
      if (afterPossessive === undefined) continue;
      for (const suffix of [undefined, ...SUFFIXES]) {
        const stem = suffix ? stripEnd(afterPossessive, suffix) : afterPossessive;
        if (stem === undefined) continue;
        out.push({
          stem,
          ...(suffix && { suffix }),
          ...(possessive && { possessive }),
          ...(particle && { particle }),
        });
      }
    }
  }
  return out;
}

function stripEnd(word: string, ending: string): string | undefined {
  if (!word.endsWith(ending)) return undefined;
  const stem = word.slice(0, -ending.length);
  return stem.length >= MIN_ROOT_LENGTH && hasVowel(stem) ? stem : undefined;
}

/** All admissible segmentations of an unhyphenated (or lexicalised hyphenated) form. */
function segment(word: string): Parse[] {
  const out: Parse[] = [];
  for (const split of suffixSplits(word)) {
    for (const { prefixes, root } of prefixStacks(split.stem)) {
      if (!isPlausibleRoot(root)) continue;
      const outer = prefixes[0];
      if (outer && split.suffix && DISALLOWED[outer.family].includes(split.suffix)) continue;
      out.push({ prefixes, root, ...withoutStem(split) });
    }
  }
  return out;
}

function withoutStem(split: {
  suffix?: Suffix;
  possessive?: Possessive;
  particle?: Particle;
}): Omit<Parse, 'prefixes' | 'root'> {
  return {
    ...(split.suffix && { suffix: split.suffix }),
    ...(split.possessive && { possessive: split.possessive }),
    ...(split.particle && { particle: split.particle }),
  };
}

/** Same consonants in the same order (bolak/balik, warna/warni, gerak/gerik). */
function sameSkeleton(a: string, b: string): boolean {
  const skeleton = (s: string) => s.replace(/[aeiou]/g, '');
  return skeleton(a) === skeleton(b);
}

/** Readings of a hyphenated form as reduplication. */
function reduplicationParses(word: string, roots: RootDictionary): Parse[] {
  const hyphen = word.indexOf('-');
  if (hyphen <= 0 || word.indexOf('-', hyphen + 1) !== -1) return [];
  const left = word.slice(0, hyphen);
  const right = word.slice(hyphen + 1);
  if (!left || !right) return [];
  const out: Parse[] = [];

  // Full or affixed reduplication: left = P + X, right = X + S, read as P + X + S with X doubled
  // (anak-anak, rumah-rumahnya, berlari-lari, sebaik-baiknya, kemerah-merahan, menari-nari).
  for (let length = Math.min(left.length, right.length); length >= 2; length--) {
    const core = right.slice(0, length);
    if (!left.endsWith(core)) continue;
    const base = left + right.slice(length);
    for (const parse of segment(base)) {
      // The doubled part must be the root itself, or the root as the nasal left it (menari-nari).
      const [outer] = parse.prefixes;
      const nasalised = outer?.dropped === true && parse.root.slice(1) === core.slice(1);
      if (parse.root === core || nasalised) out.push({ ...parse, redup: { surface: core } });
    }
    break;
  }

  // Reciprocal reduplication: root-meN+root (tolong-menolong, bahu-membahu).
  if (roots.has(left)) {
    for (const parse of segment(right)) {
      const [only] = parse.prefixes;
      if (parse.root === left && parse.prefixes.length === 1 && only?.family === 'meN')
        out.push({ ...parse, redup: { surface: left } });
    }
  }

  // Reduplication with sound change: exactly one half is a root and the halves rhyme or share
  // their consonants (sayur-mayur, lauk-pauk, bolak-balik, warna-warni).
  if (left !== right && left.length === right.length && left.length >= 3) {
    const similar = left.slice(1) === right.slice(1) || sameSkeleton(left, right);
    const leftKnown = roots.has(left);
    const rightKnown = roots.has(right);
    if (similar && leftKnown !== rightKnown) {
      const root = leftKnown ? left : right;
      out.push({ prefixes: [], root, redup: { surface: leftKnown ? right : left } });
    }
  }
  return out;
}

/**
 * A compound gets written as one word when it takes a prefix and a suffix at once
 * (salah guna → menyalahgunakan, tanda tangan → ditandatangani, tidak adil → ketidakadilan), so
 * a root that is not in the dictionary may be two roots side by side. The root is returned with
 * its space, as dictionaries list it.
 */
function compoundParses(parses: readonly Parse[], roots: RootDictionary): Parse[] {
  const out: Parse[] = [];
  for (const parse of parses) {
    if (parse.prefixes.length === 0 || !parse.suffix || parse.redup || roots.has(parse.root))
      continue;
    for (let cut = 3; cut <= parse.root.length - 3; cut++) {
      const first = parse.root.slice(0, cut);
      const second = parse.root.slice(cut);
      if (roots.has(first) && roots.has(second))
        out.push({ ...parse, root: `${first} ${second}`, compound: true });
    }
  }
  return out;
}

/** ke-/se- written with a hyphen before a numeral or a name (ke-70, se-Asia). */
function hyphenatedPrefixParses(word: string): Parse[] {
  const match = /^(ke|se)-([\p{L}\p{N}]+)$/u.exec(word);
  if (!match) return [];
  const [, prefix, base] = match;
  if (!prefix || !base) return [];
  return [{ prefixes: [plain(prefix as 'ke' | 'se', prefix, base).step], root: base }];
}

// ---------------------------------------------------------------------------------------------
// Ranking
// ---------------------------------------------------------------------------------------------

/**
 * Lower is better. One point per affix; small penalties settle ties between readings that
 * strip the same number of affixes:
 * - a consonant kept after a nasal prefix costs 0.1 before a cluster (memproduksi, standard)
 *   and 0.6 before a vowel (mempunyai, memposting: exceptions and loans), but nothing when the
 *   kept p is that of per- (memperbaiki);
 * - a dropped consonant costs 0.05, so mengubah reads as ubah, not kubah;
 * - be-/te-/pe- merging with a root in r- costs 0.05, so berubah reads as ubah, not rubah;
 * - a rare root ({@link RARE_ROOTS}) costs 0.02, so perubahan reads as ubah even though
 *   pe- + rubah + -an is just as regular;
 * - a compound root costs 1.5, more than an extra affix, so it is only chosen when no reading
 *   with a single root exists;
 * - a root with a sound-changed repeat taken whole (bolak-balik) costs 1.5, so a reduplication
 *   of a known root wins over it.
 */
function cost(parse: Parse, guessing = false): number {
  let total = affixCount(parse);
  parse.prefixes.forEach((step, index) => {
    const inner = parse.prefixes[index + 1];
    if (step.retained && inner?.family !== 'per') total += step.retained === 'cluster' ? 0.1 : 0.6;
    // Without a dictionary the odds flip: t-, s-, k-, p- roots far outnumber n-, ny-, ng-, m-
    // ones, so an unknown menulis is better guessed as tulis than as nulis.
    if (step.dropped) total += guessing ? -0.05 : 0.05;
    if (step.rMerged) total += 0.05;
  });
  if (RARE_ROOTS.has(parse.root)) total += 0.02;
  if (parse.compound) total += 1.5;
  // A dictionary may list a reduplication with a sound change whole (bolak-balik); where it
  // also reads as the reduplication of a known root, the root is what a learner tracks, so that
  // reading wins. A full reduplication listed whole (laba-laba, kupu-kupu) is lexicalised.
  if (affixCount(parse) === 0 && /^([^-]+)-(?!\1$)[^-]+$/.test(parse.root)) total += 1.5;
  // pe + r-root + -an: peN-...-an unless the root is known to take per-...-an.
  const confix = confixPartner(parse);
  const partner = confix === undefined ? undefined : parse.prefixes[confix];
  if (partner && partner.surface === 'pe' && parse.root.startsWith('r')) {
    const perRoot = PER_AN_R_ROOTS.has(parse.root);
    if (partner.family === 'peN' && perRoot) total += 0.1;
    if (partner.family === 'per' && !perRoot) total += 0.1;
  }
  return total;
}

/**
 * Ties on cost go to the reading with fewer prefixes (berikan = beri + -kan, not ber- + ikan:
 * like Nazief & Adriani, suffixes are tried before prefixes), then to -kan over -an (katakan =
 * kata + -kan, as in the published algorithm, which tries -kan before restoring the k for -an),
 * then to the longer root.
 *
 * Guesses (no dictionary root) are ordered the other way round, most affixes first: without a
 * dictionary to stop it, confix stripping removes every affix the rules allow, and a shorter
 * root is the better hint for an unknown derived word.
 */
function compareScored(a: Scored, b: Scored, guessing: boolean): number {
  const byAffixes = guessing ? affixCount(b.parse) - affixCount(a.parse) : 0;
  return (
    byAffixes ||
    a.cost - b.cost ||
    a.parse.prefixes.length - b.parse.prefixes.length ||
    suffixRank(a.parse) - suffixRank(b.parse) ||
    b.parse.root.length - a.parse.root.length
  );
}

function affixCount(parse: Parse): number {
  const optional = [parse.suffix, parse.possessive, parse.particle, parse.redup];
  return parse.prefixes.length + optional.filter((part) => part !== undefined).length;
}

function suffixRank(parse: Parse): number {
  return parse.suffix === 'an' ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/** Index of the prefix that forms a confix with the suffix -an, if any. */
function confixPartner(parse: Parse): number | undefined {
  if (parse.suffix !== 'an') return undefined;
  const index = parse.prefixes.findIndex((step) => CONFIX_PARTNERS.includes(step.family));
  if (index !== -1) return index;
  const ber = parse.prefixes.findIndex((step) => step.family === 'ber');
  return ber === -1 ? undefined : ber;
}

function isSeNya(parse: Parse): boolean {
  const [only] = parse.prefixes;
  return (
    parse.prefixes.length === 1 &&
    only?.family === 'se' &&
    parse.possessive === 'nya' &&
    parse.suffix === undefined
  );
}

function prefixNotation(step: PrefixStep, index: number, parse: Parse): string {
  if (step.family === 'per') {
    // pe-/pel- forming an agent noun on its own (pedagang, pelajar); with -kan/-i or inside
    // meN-/di- the same shapes are the verbal per- (mempelajari, pekerjakan).
    const agentNoun = index === 0 && parse.suffix === undefined && step.surface !== 'per';
    return agentNoun ? 'pe-' : 'per-';
  }
  return `${step.family}-`;
}

function nasalNote(step: PrefixStep, prefix: 'meN-' | 'peN-', inner?: PrefixStep): string {
  const initial = step.initial;
  const sound = isVowel(initial[0]) ? 'a vowel' : initial;
  if (step.surface.endsWith('nge')) return `${prefix} + one-syllable root → ${step.surface}-`;
  if (step.surface.length === 2) return `${prefix} + ${sound} → ${step.surface}-, nothing changes`;
  if (step.dropped) return `${prefix} + ${sound} → ${step.surface}-, the ${initial} drops`;
  if (step.retained && inner?.family === 'per')
    return `${prefix} + per- → ${step.surface}${inner.surface}-; the p of per- never drops`;
  if (step.retained === 'cluster')
    return `${prefix} + ${sound} → ${step.surface}-; the ${initial} stays before a consonant cluster`;
  if (step.retained === 'loan')
    return `${prefix} + ${sound} → ${step.surface}-; the ${initial} stays (exception or loanword)`;
  return `${prefix} + ${sound} → ${step.surface}-`;
}

function toAnalysis(word: string, parse: Parse, inDictionary: boolean): Analysis {
  const affixes: Affix[] = [];
  const confix = confixPartner(parse);
  const seNya = isSeNya(parse);
  let nasal: NasalChange | undefined;

  parse.prefixes.forEach((step, index) => {
    if (index === confix) {
      affixes.push({
        notation: `${step.family}-...-an`,
        kind: 'confix',
        surface: `${step.surface}...an`,
      });
    } else if (seNya && index === 0) {
      affixes.push({ notation: 'se-...-nya', kind: 'confix', surface: 'se...nya' });
    } else {
      affixes.push({
        notation: prefixNotation(step, index, parse),
        kind: 'prefix',
        surface: step.surface,
      });
    }
    if (!nasal && (step.family === 'meN' || step.family === 'peN')) {
      const prefix = step.family === 'meN' ? 'meN-' : 'peN-';
      nasal = {
        prefix,
        surface: step.surface,
        rootInitial: step.initial,
        dropped: step.dropped,
        note: nasalNote(step, prefix, parse.prefixes[index + 1]),
      };
    }
  });
  if (parse.redup)
    affixes.push({ notation: 'R', kind: 'reduplication', surface: parse.redup.surface });
  if (parse.suffix && confix === undefined)
    affixes.push({ notation: `-${parse.suffix}`, kind: 'suffix', surface: parse.suffix });
  if (parse.possessive && !seNya)
    affixes.push({
      notation: `-${parse.possessive}`,
      kind: 'possessive',
      surface: parse.possessive,
    });
  if (parse.particle)
    affixes.push({ notation: `-${parse.particle}`, kind: 'particle', surface: parse.particle });

  return {
    word,
    root: parse.root,
    affixes,
    ...(nasal && { nasal }),
    reduplicated: parse.redup !== undefined,
    inDictionary,
  };
}

function bareWord(word: string): Analysis {
  return { word, root: word, affixes: [], reduplicated: false, inDictionary: false };
}

function allParses(word: string, roots: RootDictionary): Parse[] {
  const parses = segment(word);
  parses.push(...compoundParses(parses, roots));
  if (word.includes('-'))
    parses.push(...reduplicationParses(word, roots), ...hyphenatedPrefixParses(word));
  return parses;
}

/** The word without its possessive and particle (`pemerintahnya` → `pemerintah`). */
function withoutClitics(word: string, parse: Parse): string {
  const clitics = (parse.possessive?.length ?? 0) + (parse.particle?.length ?? 0);
  return clitics > 0 ? word.slice(0, -clitics) : word;
}

function analysisKey(analysis: Analysis): string {
  return `${analysis.root}|${analysis.affixes.map((affix) => affix.notation).join(' ')}`;
}

function rank(word: string, parses: Parse[], inDictionary: boolean): Analysis[] {
  const scored = parses
    .map((parse) => ({ parse, cost: cost(parse, !inDictionary) }))
    .sort((a, b) => compareScored(a, b, !inDictionary));
  const seen = new Set<string>();
  const out: Analysis[] = [];
  for (const { parse } of scored) {
    const analysis = toAnalysis(word, parse, inDictionary);
    const key = analysisKey(analysis);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(analysis);
  }
  return out;
}

const isKnownRoot = (root: string, roots: RootDictionary): boolean =>
  roots.has(root) ||
  /^\d+$/.test(root) ||
  (root.includes(' ') && root.split(' ').every((part) => roots.has(part)));

/**
 * Analyses `word` (any case, surrounding punctuation ignored) and returns candidate readings,
 * best first. Readings whose root is in `roots` come first; if there are none the result is a
 * single low-confidence reading (root = the word, no affixes, `inDictionary: false`), preceded by
 * rule-based guesses when `options.guess` is set. Returns `[]` only for an empty word.
 */
export function analyze(
  word: string,
  roots: RootDictionary,
  options: AnalyzeOptions = {},
): Analysis[] {
  const normalized = normalizeWord(word);
  if (!normalized) return [];
  const parses = allParses(normalized, roots);
  const known = parses.filter((parse) => isKnownRoot(parse.root, roots));
  if (known.length > 0) {
    const { derived } = options;
    const listed = derived
      ? known.filter((parse) =>
          [normalized, withoutClitics(normalized, parse)].some(
            (form) => derived.get(form) === parse.root,
          ),
        )
      : [];
    if (listed.length === 0) return rank(normalized, known, true);
    const first = rank(normalized, listed, true);
    const seen = new Set(first.map(analysisKey));
    return [...first, ...rank(normalized, known, true).filter((a) => !seen.has(analysisKey(a)))];
  }

  const fallback = bareWord(normalized);
  if (!options.guess) return [fallback];
  // A guess must strip something and leave a root that could be a word on its own.
  const guesses = parses.filter(
    (parse) => affixCount(parse) > 0 && parse.root.length >= 3 && !parse.root.includes('-'),
  );
  return [...rank(normalized, guesses, false), fallback];
}

/** The best reading of `word`: the top of {@link analyze}, or the bare-word fallback. */
export function analyzeBest(
  word: string,
  roots: RootDictionary,
  options: AnalyzeOptions = {},
): Analysis {
  const normalized = normalizeWord(word);
  return analyze(normalized, roots, options)[0] ?? bareWord(normalized);
}
