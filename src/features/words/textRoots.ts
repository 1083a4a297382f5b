/**
 * Word study's answer to the library's "share of roots known" (see lib/text/difficulty.ts):
 * the roots marked Known in the word list, and a text's distinct roots found with the
 * tokenizer and the morphological analyzer. The dictionary's `textDifficulty` replaces the
 * computation when it lands; the signature stays.
 */
import type { RootKnowledge, TextDifficulty } from '../../lib/text/difficulty';
import { analyzeBest } from './morphology/analyzer';
import { recordId } from './records';
import { createWordStore } from './store/wordStore';
import { tokenize } from './tokenize';

/** A capitalised word inside a sentence is taken for a name, which is not vocabulary. */
const NAME = /^\p{Lu}/u;

export const textDifficulty: TextDifficulty = (segments, knownRoots) => {
  const roots = new Set<string>();
  for (const segment of segments) {
    const tokens = tokenize(segment).filter((token) => token.kind === 'word');
    tokens.forEach((token, index) => {
      if (index > 0 && NAME.test(token.text)) return;
      roots.add(recordId(analyzeBest(token.text.toLowerCase()).root));
    });
  }
  let known = 0;
  for (const root of roots) if (knownRoots.has(root)) known++;
  return { known, total: roots.size };
};

/** The known roots from the word list (none when it cannot be read) and the computation. */
export async function loadRootKnowledge(): Promise<RootKnowledge> {
  let knownRoots: ReadonlySet<string> = new Set();
  try {
    const records = await createWordStore().all();
    knownRoots = new Set(records.filter((r) => r.status === 'known').map((r) => r.id));
  } catch {
    // No word list readable: every root counts as unknown.
  }
  return { knownRoots, textDifficulty };
}
