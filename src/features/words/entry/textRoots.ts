/**
 * Word study's answer to the library's "share of roots known" (see lib/text/difficulty.ts):
 * the roots marked Known in the word list, and the dictionary's difficulty of a text
 * (`difficultyWith`, over the analyzer and the dictionary's index, loaded once here so that
 * each text is then a synchronous computation the library can slice into idle time).
 */
import type { RootKnowledge } from '../../../lib/text/difficulty';
import { appDictionary } from '../language/dictionary/appDictionary';
import { difficultyWith } from '../language/dictionary/difficulty';
import { stemmerFor } from '../language/dictionary/lookup';
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
