/**
 * The import form's checks, as messages for the learner: a file read into a field, and the
 * texts checked before aligning (empty, pasted HTML, the wrong language in a field, sides of
 * very different length). The reading and guessing themselves are in readFile.ts.
 */
import type { TFunction } from 'i18next';
import {
  MAX_FILE_BYTES,
  languageMismatch,
  lengthRatioWarning,
  preparePastedText,
  readTextFile,
  type ImportErrorCode,
} from './readFile';

export const MAX_IMPORT_BYTES = MAX_FILE_BYTES;

/** A message shown next to a field. */
export interface FieldMessage {
  kind: 'error' | 'warning' | 'info';
  text: string;
}

type ImportT = TFunction<'import'>;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}

function fileError(code: ImportErrorCode, file: File, t: ImportT): string {
  const name = file.name || 'file';
  switch (code) {
    case 'too-large':
      return t('errors.tooLarge', {
        name,
        size: formatBytes(file.size),
        limit: formatBytes(MAX_FILE_BYTES),
      });
    case 'binary':
      return t('errors.binary', { name });
    case 'not-utf8':
      return t('errors.encoding', { name });
    case 'empty':
      return t('errors.emptyFile', { name });
    case 'read-failed':
      return t('errors.unreadable', { name });
  }
}

/** A file for a field: its text, or the message saying why it cannot be used. */
export async function readImportFile(
  file: File,
  t: ImportT,
): Promise<{ ok: true; text: string; notice?: string } | { ok: false; message: string }> {
  const result = await readTextFile(file);
  if (!result.ok) return { ok: false, message: fileError(result.error, file, t) };
  return {
    ok: true,
    text: result.text,
    ...(result.format === 'html' ? { notice: t('warnings.htmlRemoved') } : {}),
  };
}

export type Field = 'original' | 'translation';

/**
 * A field's text made ready to align (pasted HTML reduced to its text), with the message to
 * show: an error stops the alignment, a warning does not.
 */
export function checkText(
  text: string,
  field: Field,
  t: ImportT,
): { text: string; message?: FieldMessage } {
  if (text === '') {
    return field === 'original'
      ? { text, message: { kind: 'error', text: t('errors.emptyOriginal') } }
      : { text };
  }
  const prepared = preparePastedText(text);
  if (!prepared.ok) {
    return {
      text,
      message: {
        kind: 'error',
        text: t(
          field === 'original' ? 'errors.whitespaceOriginal' : 'errors.whitespaceTranslation',
        ),
      },
    };
  }
  const mismatch = languageMismatch(prepared.text, field === 'original' ? 'id' : 'en');
  if (mismatch) {
    const key =
      field === 'original'
        ? 'warnings.originalLooksEnglish'
        : 'warnings.translationLooksIndonesian';
    return { text: prepared.text, message: { kind: 'warning', text: t(key) } };
  }
  if (prepared.wasHtml) {
    return { text: prepared.text, message: { kind: 'warning', text: t('warnings.htmlRemoved') } };
  }
  return { text: prepared.text };
}

/** A warning for the translation field when the two sides differ a lot in length. */
export function lengthMessage(original: string, translation: string, t: ImportT) {
  const warning = lengthRatioWarning(original, translation);
  if (!warning) return undefined;
  return {
    kind: 'warning',
    text: t(
      warning.longer === 'translation'
        ? 'warnings.translationMuchLonger'
        : 'warnings.originalMuchLonger',
    ),
  } satisfies FieldMessage;
}
