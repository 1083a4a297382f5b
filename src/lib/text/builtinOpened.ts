/**
 * When a built-in text was last opened. It is kept in localStorage (through the storage
 * module), because the built-in article's page must not open IndexedDB on a first visit.
 */
import { isRecord } from '../isRecord';
import { STORAGE_KEYS, readRaw, writeJson } from '../storage';

function all(): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(readRaw(STORAGE_KEYS.opened) ?? 'null');
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

export function builtinOpenedAt(id: string): string | null {
  const value = all()[id];
  return typeof value === 'string' ? value : null;
}

/** Notes that the built-in text `id` is being read now. */
export function markBuiltinOpened(id: string, now = new Date()): void {
  writeJson(STORAGE_KEYS.opened, { ...all(), [id]: now.toISOString() });
}
