/**
 * Segment addresses: the one place that spells them. A sentence's address is
 * `s-<block key>-<index>`; it is the id of the original's element (so `#s-p3-1` links to it),
 * the `data-seg` of both sides' elements, the reading cursor's value and the player's
 * segment id. The translation's element has the same address with `-t` appended.
 */

/** A valid segment address (block keys are word characters and hyphens). */
export const SEGMENT_ADDRESS = /^s-[\w-]+-\d+$/;

export function segmentId(blockKey: string, index: number): string {
  return `s-${blockKey}-${index}`;
}

export function isSegmentId(value: unknown): value is string {
  return typeof value === 'string' && SEGMENT_ADDRESS.test(value);
}

/** The element id of a segment's translation side. */
export function translationElementId(id: string): string {
  return `${id}-t`;
}

/** The block key of a segment address. */
export function blockOf(id: string): string {
  return id.replace(/^s-/, '').replace(/-\d+$/, '');
}
