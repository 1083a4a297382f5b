/**
 * Reading a link's hash. A URL comes from anywhere (a pasted link, a chat app that cut it in
 * half), so nothing here may throw: a hash that does not decode or does not name a sentence
 * is simply no sentence.
 */

import { isSegmentId } from './text/addresses';

/** `decodeURIComponent`, or null when the text is not valid percent-encoding (`%`, `%zz`). */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The segment id a hash (`#s-p1-0`, with or without `#`) links to, or null. */
export function segmentFromHash(hash: string): string | null {
  const id = safeDecode(hash.startsWith('#') ? hash.slice(1) : hash);
  return id !== null && isSegmentId(id) ? id : null;
}
