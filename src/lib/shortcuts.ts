/**
 * Keyboard shortcuts must never fire while the reader types in a field or holds a
 * modifier (Ctrl/Cmd/Alt shortcuts belong to the browser and assistive technology).
 * Shift is allowed: it is part of `J`, `K` and `?`.
 */
export function shouldIgnoreShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return true;
  if (event.isComposing) return true;
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) {
    return true;
  }
  // Inside an open dialog only the dialog's own keys apply.
  return target.closest('dialog[open], [popover]:popover-open') !== null;
}
