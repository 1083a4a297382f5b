/**
 * English word forms, for two jobs: composing a meaning (`be written`, `the act of writing`,
 * `one who writes`) and finding the words of an English sentence that render an Indonesian
 * word (its gloss words and their inflections). Rules for the regular forms and a table of the
 * common irregular verbs; nothing here knows Indonesian.
 */

/** Irregular verbs: base, past, past participle. */
const IRREGULAR: ReadonlyArray<readonly [string, string, string]> = [
  ['be', 'was', 'been'],
  ['bear', 'bore', 'borne'],
  ['become', 'became', 'become'],
  ['begin', 'began', 'begun'],
  ['bend', 'bent', 'bent'],
  ['bet', 'bet', 'bet'],
  ['bite', 'bit', 'bitten'],
  ['bleed', 'bled', 'bled'],
  ['blow', 'blew', 'blown'],
  ['break', 'broke', 'broken'],
  ['bring', 'brought', 'brought'],
  ['build', 'built', 'built'],
  ['burn', 'burnt', 'burnt'],
  ['buy', 'bought', 'bought'],
  ['catch', 'caught', 'caught'],
  ['choose', 'chose', 'chosen'],
  ['come', 'came', 'come'],
  ['cost', 'cost', 'cost'],
  ['cut', 'cut', 'cut'],
  ['deal', 'dealt', 'dealt'],
  ['dig', 'dug', 'dug'],
  ['do', 'did', 'done'],
  ['draw', 'drew', 'drawn'],
  ['dream', 'dreamt', 'dreamt'],
  ['drink', 'drank', 'drunk'],
  ['drive', 'drove', 'driven'],
  ['eat', 'ate', 'eaten'],
  ['fall', 'fell', 'fallen'],
  ['feed', 'fed', 'fed'],
  ['feel', 'felt', 'felt'],
  ['fight', 'fought', 'fought'],
  ['find', 'found', 'found'],
  ['flee', 'fled', 'fled'],
  ['fly', 'flew', 'flown'],
  ['forbid', 'forbade', 'forbidden'],
  ['forget', 'forgot', 'forgotten'],
  ['forgive', 'forgave', 'forgiven'],
  ['freeze', 'froze', 'frozen'],
  ['get', 'got', 'gotten'],
  ['give', 'gave', 'given'],
  ['go', 'went', 'gone'],
  ['grow', 'grew', 'grown'],
  ['hang', 'hung', 'hung'],
  ['have', 'had', 'had'],
  ['hear', 'heard', 'heard'],
  ['hide', 'hid', 'hidden'],
  ['hit', 'hit', 'hit'],
  ['hold', 'held', 'held'],
  ['hurt', 'hurt', 'hurt'],
  ['keep', 'kept', 'kept'],
  ['know', 'knew', 'known'],
  ['lay', 'laid', 'laid'],
  ['lead', 'led', 'led'],
  ['learn', 'learnt', 'learnt'],
  ['leave', 'left', 'left'],
  ['lend', 'lent', 'lent'],
  ['let', 'let', 'let'],
  ['lie', 'lay', 'lain'],
  ['light', 'lit', 'lit'],
  ['lose', 'lost', 'lost'],
  ['make', 'made', 'made'],
  ['mean', 'meant', 'meant'],
  ['meet', 'met', 'met'],
  ['pay', 'paid', 'paid'],
  ['put', 'put', 'put'],
  ['quit', 'quit', 'quit'],
  ['read', 'read', 'read'],
  ['ride', 'rode', 'ridden'],
  ['ring', 'rang', 'rung'],
  ['rise', 'rose', 'risen'],
  ['run', 'ran', 'run'],
  ['say', 'said', 'said'],
  ['see', 'saw', 'seen'],
  ['seek', 'sought', 'sought'],
  ['sell', 'sold', 'sold'],
  ['send', 'sent', 'sent'],
  ['set', 'set', 'set'],
  ['shake', 'shook', 'shaken'],
  ['shine', 'shone', 'shone'],
  ['shoot', 'shot', 'shot'],
  ['show', 'showed', 'shown'],
  ['shut', 'shut', 'shut'],
  ['sing', 'sang', 'sung'],
  ['sink', 'sank', 'sunk'],
  ['sit', 'sat', 'sat'],
  ['sleep', 'slept', 'slept'],
  ['slide', 'slid', 'slid'],
  ['speak', 'spoke', 'spoken'],
  ['spend', 'spent', 'spent'],
  ['spread', 'spread', 'spread'],
  ['stand', 'stood', 'stood'],
  ['steal', 'stole', 'stolen'],
  ['stick', 'stuck', 'stuck'],
  ['strike', 'struck', 'struck'],
  ['swear', 'swore', 'sworn'],
  ['sweep', 'swept', 'swept'],
  ['swim', 'swam', 'swum'],
  ['take', 'took', 'taken'],
  ['teach', 'taught', 'taught'],
  ['tear', 'tore', 'torn'],
  ['tell', 'told', 'told'],
  ['think', 'thought', 'thought'],
  ['throw', 'threw', 'thrown'],
  ['understand', 'understood', 'understood'],
  ['wake', 'woke', 'woken'],
  ['wear', 'wore', 'worn'],
  ['weep', 'wept', 'wept'],
  ['win', 'won', 'won'],
  ['wind', 'wound', 'wound'],
  ['write', 'wrote', 'written'],
];
const PAST = new Map(IRREGULAR.map(([base, past]) => [base, past]));
const PARTICIPLE = new Map(IRREGULAR.map(([base, , participle]) => [base, participle]));

/** Irregular comparatives and superlatives. */
const DEGREES: Readonly<Record<string, readonly string[]>> = {
  good: ['better', 'best'],
  well: ['better', 'best'],
  bad: ['worse', 'worst'],
  many: ['more', 'most'],
  much: ['more', 'most'],
  little: ['less', 'least'],
  far: ['farther', 'further', 'farthest', 'furthest'],
};

const VOWEL = /[aeiou]/;

/** Words of two syllables stressed on the last, which double it like one-syllable words. */
const STRESSED_LAST: ReadonlySet<string> = new Set(
  'admit begin commit compel control equip forbid forget occur omit patrol permit prefer propel refer regret submit transfer upset'.split(
    ' ',
  ),
);

/** Doubles a final consonant after one short vowel (stop → stopp-, but not visit → visitt-). */
function doubled(word: string): string {
  if (STRESSED_LAST.has(word)) return word + word.slice(-1);
  const m = /^(?:[^aeiou]*[aeiou]){1}[^aeiouwxy]$/.exec(word);
  return m && word.length <= 5 && !/[aeiou]{2}.$/.test(word) ? word + word.slice(-1) : word;
}

/** `watch` → `watches`, `city` → `cities`, `eat` → `eats`. */
export function thirdPerson(word: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** `write` → `writing`, `stop` → `stopping`, `lie` → `lying`. */
export function presentParticiple(word: string): string {
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(word) && word !== 'be') return `${word.slice(0, -1)}ing`;
  return `${doubled(word)}ing`;
}

function regularPast(word: string): string {
  if (word.endsWith('e')) return `${word}d`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
  return `${doubled(word)}ed`;
}

/** `write` → `wrote`, `walk` → `walked`. */
export function pastTense(word: string): string {
  return PAST.get(word) ?? regularPast(word);
}

/** `write` → `written`, `walk` → `walked`. */
export function pastParticiple(word: string): string {
  return PARTICIPLE.get(word) ?? regularPast(word);
}

/**
 * Every form of an English word that a translation may use: itself, -s/-es/-ies, -ed (and the
 * irregular past), -ing, and -er/-est (and the irregular degrees). Over-generating is harmless:
 * the forms are only compared with the words of one sentence.
 */
export function englishForms(word: string): string[] {
  const w = word.toLowerCase();
  const forms = new Set([w, thirdPerson(w), pastTense(w), pastParticiple(w), presentParticiple(w)]);
  forms.add(`${w}s`);
  if (!VOWEL.test(w.slice(-1)) || w.endsWith('e')) {
    const stem = w.endsWith('e')
      ? w.slice(0, -1)
      : /[^aeiou]y$/.test(w)
        ? `${w.slice(0, -1)}i`
        : doubled(w);
    forms.add(`${stem}er`);
    forms.add(`${stem}est`);
  }
  for (const degree of DEGREES[w] ?? []) forms.add(degree);
  return [...forms];
}

/** Words that never count as a match on their own. */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the to of in on at by for from with as into onto upon and or but nor so if than then ' +
    'be is are was were been being am it its it’s this that these those there here ' +
    'one ones someone something somebody sth sb oneself his her him he she they them their we us ' +
    'our you your i me my do does did not no very more most much many some any all also ' +
    'etc eg e.g. i.e. ie about up out off over kind sort way thing things base ' +
    'adj adv num pron prep conj part det interj'
  ).split(' '),
);

/** The content words of a gloss (`(of a river) overflow, flood; be flooded` → …). */
export function glossWords(gloss: string): string[] {
  const words = gloss
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .split(/[^a-z’'-]+/)
    .map((word) => word.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((word) => word.length >= 2 && !STOPWORDS.has(word));
  return [...new Set(words)];
}

/**
 * The words of `translation` (as written, in order, each once) that render an Indonesian word
 * whose glosses are `glosses`: a word matches when it is a form of a content word of a gloss.
 */
export function matchEnglish(glosses: readonly string[], translation: string): string[] {
  const forms = new Set<string>();
  for (const gloss of glosses)
    for (const word of glossWords(gloss)) for (const form of englishForms(word)) forms.add(form);
  const found: string[] = [];
  for (const match of translation.matchAll(/[\p{L}’'-]+/gu)) {
    const token = match[0].replace(/^['’-]+|['’-]+$/g, '');
    const lower = token.toLowerCase().replace(/['’]s$/, '');
    if (!STOPWORDS.has(lower) && forms.has(lower) && !found.includes(token)) found.push(token);
  }
  return found;
}
