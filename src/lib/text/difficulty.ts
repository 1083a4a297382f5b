/**
 * The seam between the library and word study for "share of roots known". The library (a
 * feature) may not import word study (another feature), so the app hands it a loader of this
 * shape. Word study answers (features/words/entry/textRoots.ts) with the word list's Known roots
 * and the dictionary's `difficultyWith` (features/words/language/dictionary/difficulty.ts).
 */

/** How many of a text's distinct roots the learner knows. */
export interface RootShare {
  known: number;
  total: number;
}

/** Computes a text's root share from its original sentences and the known roots' ids. */
export type TextDifficulty = (
  segments: readonly string[],
  knownRoots: ReadonlySet<string>,
) => RootShare;

/** What the library needs: the ids of the roots marked Known, and the computation. */
export interface RootKnowledge {
  knownRoots: ReadonlySet<string>;
  textDifficulty: TextDifficulty;
}

/** Loads word study's part on first use (a dynamic import behind it). */
export type LoadRootKnowledge = () => Promise<RootKnowledge>;
