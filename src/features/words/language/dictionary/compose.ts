/**
 * A meaning composed from a root's gloss and what the affixes do, for a derived word the
 * dictionary has no entry of its own for: ke-...-an + butuh "need" → "need (the state or fact
 * of needing)"; di- + -kan + siap "ready" → "be made ready". Each affix pattern is one small rule;
 * the card marks the result as composed, because it is a reading by rule, not a written entry.
 */
import { pastParticiple, presentParticiple, thirdPerson } from './english';
import type { DictionaryPos } from './types';

/** A rule: the root's head word (`write`, `ready`, `house`) and part of speech → a meaning. */
type Rule = (head: string, pos: DictionaryPos) => string;

const verb = (pos: DictionaryPos) => pos === 'v';
const adjective = (pos: DictionaryPos) => pos === 'adj' || pos === 'adv';

/** The passive of a head word: `write` → `be written`, `ready` → `be made ready`. */
const passive = (head: string, pos: DictionaryPos) =>
  verb(pos) ? `be ${inflectFirst(head, pastParticiple)}` : `be made ${head.replace(/^be /, '')}`;

/** Inflects the first word of a phrase (`look after` → `looking after`). */
function inflectFirst(head: string, inflect: (word: string) => string): string {
  const [first = '', ...rest] = head.split(' ');
  return [inflect(first), ...rest].join(' ');
}

const causative: Rule = (h, pos) =>
  adjective(pos)
    ? `make ${h.replace(/^be /, '')}`
    : verb(pos)
      ? `${h} (something, or for someone); cause to ${h}`
      : `make into or provide ${h}`;

/** Affix patterns (the word's affixes before possessives and particles) → rule. */
const RULES: Readonly<Record<string, Rule>> = {
  '': (h) => h,
  'meN-': (h, pos) =>
    adjective(pos)
      ? `become ${h.replace(/^be /, '')}`
      : verb(pos)
        ? h
        : `${h} (as an action: make, use or do)`,
  'meN- -kan': causative,
  'meN- per- -kan': causative,
  'meN- -i': (h, pos) =>
    adjective(pos)
      ? `be ${h.replace(/^be /, '')} towards; make ${h.replace(/^be /, '')}`
      : verb(pos)
        ? `${h} (at, on or repeatedly)`
        : `give ${h} to, provide with ${h}`,
  'meN- per- -i': (h, pos) => (verb(pos) ? `${h} (at, on or repeatedly)` : `make ${h}`),
  'meN- per-': (h, pos) =>
    adjective(pos) ? `make more ${h.replace(/^be /, '')}` : `make ${h}, treat as ${h}`,
  'meN- ber- -kan': causative,
  'di-': passive,
  'di- -kan': (h, pos) => (verb(pos) ? `be made to ${h}, ${passive(h, pos)}` : passive(h, pos)),
  'di- per- -kan': (h, pos) =>
    verb(pos) ? `be made to ${h}, ${passive(h, pos)}` : passive(h, pos),
  'di- -i': passive,
  'di- per- -i': passive,
  'di- per-': (h, pos) =>
    adjective(pos) ? `be made more ${h.replace(/^be /, '')}` : passive(h, pos),
  'ber-': (h, pos) =>
    verb(pos) || adjective(pos)
      ? h
      : pos === 'num'
        ? `in a group of ${h}`
        : `have ${h}, use or do ${h}`,
  'ber- -kan': (h) => `have ${h} as, be based on ${h}`,
  'ber-...-an': (h) => `${h} (together, with each other, or in great numbers)`,
  'ter-': (h, pos) =>
    adjective(pos)
      ? `most ${h.replace(/^be /, '')}`
      : verb(pos)
        ? `${inflectFirst(h, pastParticiple)} (accidentally, or able to be ${inflectFirst(h, pastParticiple)})`
        : h,
  'ter- -kan': (h, pos) =>
    verb(pos) ? `able to be ${inflectFirst(h, pastParticiple)}` : `able to be made ${h}`,
  'ter- -i': (h) => `able to be ${inflectFirst(h, pastParticiple)}`,
  'peN-': (h, pos) =>
    verb(pos)
      ? `one who ${inflectFirst(h, thirdPerson)}; a tool for ${inflectFirst(h, presentParticiple)}`
      : adjective(pos)
        ? `someone who is ${h.replace(/^be /, '')}`
        : `one who deals with ${h}`,
  'pe-': (h, pos) =>
    verb(pos) ? `one who ${inflectFirst(h, thirdPerson)}` : `one who deals with ${h}`,
  'peN-...-an': (h, pos) =>
    verb(pos)
      ? `the act of ${inflectFirst(h, presentParticiple)}`
      : `the act or process of making ${h.replace(/^be /, '')}`,
  'per-...-an': (h, pos) =>
    verb(pos)
      ? `the ${inflectFirst(h, presentParticiple)}; matters of ${h}`
      : `${h} (as a whole, or matters of ${h})`,
  'ke-...-an': (h, pos) =>
    adjective(pos)
      ? `being ${h.replace(/^be /, '')} (the state); affected by being too ${h.replace(/^be /, '')}`
      : verb(pos)
        ? `${h} (the state or fact of ${inflectFirst(h, presentParticiple)})`
        : `${h} (the domain, office or state of)`,
  'ke- ber-...-an': (h) => `${h} (the state or fact of it)`,
  '-an': (h, pos) =>
    verb(pos)
      ? `thing ${inflectFirst(h, pastParticiple)}, result of ${inflectFirst(h, presentParticiple)}`
      : pos === 'num'
        ? `${h}s (by the ${h})`
        : adjective(pos)
          ? `something ${h.replace(/^be /, '')}`
          : `${h} (something like it, or many of it)`,
  'se-': (h, pos) =>
    adjective(pos) ? `as ${h.replace(/^be /, '')} as` : `one ${h}, a whole ${h}, the same ${h}`,
  'ke-': (h, pos) => (pos === 'num' ? `${h} (the one in that place; all ${h} together)` : h),
  'se-...-nya': (h) => `as ${h.replace(/^be /, '')} as possible`,
};

/** What reduplication adds, by the root's part of speech. */
function reduplicated(h: string, pos: DictionaryPos, withAn: boolean): string {
  if (withAn) return `various kinds of ${h}, ${h} of all sorts`;
  if (verb(pos)) return `${h} (repeatedly, or casually)`;
  if (adjective(pos)) return `${h} (very, or all of them)`;
  return `${h} (many or various)`;
}

/** What the possessives and particles add, as a note after the meaning. */
const CLITICS: Readonly<Record<string, string>> = {
  '-nya': 'his, her, its, their; the',
  '-ku': 'my',
  '-mu': 'your',
  '-lah': 'emphasis, or a softened command',
  '-kah': 'a question',
  '-pun': 'even, also',
  '-tah': 'a question',
};

/** ` (-nya: his, her, its, their; the)` for the possessives and particles among `affixes`. */
export function cliticNote(affixes: readonly string[]): string {
  const notes = affixes
    .filter((affix) => affix in CLITICS)
    .map((clitic) => `${clitic}: ${CLITICS[clitic]}`);
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

const POS_MARK = /^(n|v|adj|adv|num|pron|prep|conj|part|det|interj)\s+/;

/** Patterns that make verbs, so a verb sense of the root serves them best. */
const VERBAL = /^(meN-|di-|ter-)|-(kan|i)$|^peN-\.\.\.-an$/;

/**
 * The senses to compose with: the first word or phrase of each, with its part of speech (a
 * sense may name its own, `v divide`), at most three; senses of the part of speech the pattern
 * wants come first. Notes in parentheses are left out.
 */
function heads(
  gloss: string,
  pos: DictionaryPos,
  core: string,
): { head: string; pos: DictionaryPos }[] {
  const list = gloss
    .replace(/\([^)]*\)/g, '')
    .split(';')
    .map((sense) => {
      const trimmed = sense.trim();
      const mark = POS_MARK.exec(trimmed);
      const own = (mark?.[1] as DictionaryPos | undefined) ?? pos;
      const first = trimmed.replace(POS_MARK, '').split(',')[0] ?? '';
      return { head: first.replace(/^to /, '').trim(), pos: own };
    })
    .filter((sense) => sense.head !== '');
  const wanted = VERBAL.test(core) ? 'v' : undefined;
  const ordered = wanted
    ? [...list.filter((s) => s.pos === wanted), ...list.filter((s) => s.pos !== wanted)]
    : list;
  return ordered.slice(0, 3);
}

/** The part of speech an affix pattern gives (when it does not depend on the root). */
function composedPos(core: string, pos: DictionaryPos): DictionaryPos {
  if (/^(meN-|di-)/.test(core) || /-(kan|i)$/.test(core)) return 'v';
  if (/^(peN-|pe-|per-\.\.\.-an|ke-\.\.\.-an|peN-\.\.\.-an)/.test(core) || core === '-an')
    return 'n';
  if (core === 'ber-' || core === 'ber-...-an') return pos === 'adj' ? 'adj' : 'v';
  return pos;
}

/** A composed meaning and the pattern it was read by. */
export interface Composition {
  text: string;
  /** The form's part of speech, as the pattern makes it. */
  pos: DictionaryPos;
  /** The affix pattern, as in {@link RULES} (`di- -kan`); `unknown` when no rule fits. */
  rule: string;
}

/**
 * Composes the meaning of a form from its root's gloss and part of speech and its affixes (in
 * the analyzer's notation, `R` for reduplication). An affix pattern with no rule keeps the
 * root's gloss and names the affixes, so the learner still sees what the root means.
 */
export function composeMeaning(
  rootGloss: string,
  pos: DictionaryPos,
  affixes: readonly string[],
): Composition {
  const clitics = affixes.filter((affix) => affix in CLITICS);
  const redup = affixes.includes('R');
  const core = affixes.filter((affix) => !(affix in CLITICS) && affix !== 'R');
  const withAn = redup && core.join(' ') === '-an';
  const key = withAn ? '' : core.join(' ');
  const rule = RULES[key];
  const list = heads(rootGloss, pos, key);
  let text: string;
  if (rule) {
    text = list
      .map(({ head, pos: own }) => {
        const meaning = rule(head, own);
        return redup ? reduplicated(meaning, own, withAn) : meaning;
      })
      .join('; ');
  } else {
    text = `${list.map(({ head }) => head).join('; ')} (with ${core.join(' ')})`;
  }
  text += cliticNote(clitics);
  return {
    text,
    pos: composedPos(key, pos),
    rule: rule ? key || (redup ? 'R' : '') : 'unknown',
  };
}
