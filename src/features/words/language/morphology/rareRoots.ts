// Kept apart from the root lists so that the analyzer can be loaded without any of them: the
// app stems against the dictionary's index, the tests against ./roots.ts.

/**
 * Real roots that are seldom the intended reading when another analysis of the same form is
 * possible: rubah (fox) against ubah in perubahan, kubah (dome) against ubah in mengubah, katak
 * (frog) against kata in katakan, pasak (peg) against masak in memasak, etik (ethics) against
 * tik in mengetik. The analyzer only uses
 * this to break ties; it never removes a reading.
 */
export const RARE_ROOTS: ReadonlySet<string> = new Set([
  'rubah',
  'kubah',
  'katak',
  'pasak',
  // etik (ethics) against tik in mengetik (menge- + a one-syllable root).
  'etik',
]);
