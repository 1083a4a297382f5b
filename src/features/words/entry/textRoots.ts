/**
 * Word study's answer to the library's "share of roots known" (see lib/text/difficulty.ts):
 * the roots marked Known in the word list, and the dictionary's difficulty of a text
 * (`difficultyWith`, over the analyzer and the dictionary's index, loaded once here so that
 * each text is then a synchronous computation the library can slice into idle time). The
 * reader's header line counts a learner's text the same way, once a tap has brought the
 * dictionary in.
 */
import type { RootKnowledge, RootShare } from '../../../lib/text/difficulty';
import { appDictionary } from '../language/dictionary/appDictionary';
import { difficultyWith } from '../language/dictionary/difficulty';
import { stemmerFor } from '../language/dictionary/lookup';
import type { WordRecord } from '../store/records';
import { createWordStore } from '../store/wordStore';

/** The known roots from the word list (none when it cannot be read) and the computation. */
export async function loadRootKnowledge(): Promise<RootKnowledge> {
  let knownRoots: ReadonlySet<string> = new Set();
  try {
    const records = await createWordStore().all();
    knownRoots = new Set(records.filter((r) => r.status === 'known').map((r) => r.id));
  } catch {
    // No word list readable: every root counts as unknown.
  }
  const { analyze, index } = await stemmerFor(appDictionary());
  return {
    knownRoots,
    textDifficulty: (segments, known) => {
      const figures = difficultyWith(analyze, index, segments, known);
      return { known: figures.knownRoots, total: figures.distinctRoots };
    },
  };
}

/**
 * How many of a learner's text's distinct roots are known, by the dictionary (the reader's
 * header line for a text without a lexicon of its own), as the library counts them.
 */
export async function knownRootsByDictionary(
  sentences: readonly string[],
  records: ReadonlyMap<string, WordRecord>,
): Promise<RootShare> {
  const { analyze, index } = await stemmerFor(appDictionary());
  const known = new Set([...records.values()].filter((r) => r.status === 'known').map((r) => r.id));
  const figures = difficultyWith(analyze, index, sentences, known);
  return { known: figures.knownRoots, total: figures.distinctRoots };
}
