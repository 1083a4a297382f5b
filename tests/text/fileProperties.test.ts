/**
 * Properties of the two file formats, for any input (fast-check): the sanding-text file and
 * the sanding-backup file read back exactly what was written, and a damaged file is either
 * refused with a problem the library has words for, or still read as a valid document;
 * neither parser ever throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/library.json';
import id from '../../locales/id/library.json';
import { checkRecord } from '../../src/features/words/store/records';
import {
  buildBackup,
  parseBackup,
  serializeBackup,
  validateBackup,
  type BackupWord,
  type WordCheck,
} from '../../src/lib/backup/backupFile';
import {
  describeProblem,
  parseTextFile,
  serializeTextFile,
  validateTextFile,
} from '../../src/lib/text/textFile';
import { backupParts, corrupt, corruption, pathsOf, validText, withValueAt } from './arbitraries';

/** The word list's own record check, as the app passes it. */
const checkWord: WordCheck = (value) => {
  const checked = checkRecord(value);
  return checked.ok ? { ok: true, record: checked.record as unknown as BackupWord } : checked;
};

/** Any JSON value, to put in place of a part of a document. */
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));

const textProblems = Object.keys(en.problem);
const backupProblems = Object.keys(en.backup.problem);

describe('the sanding-text file', () => {
  it('reads back exactly the text it was written from', () => {
    fc.assert(
      fc.property(validText, (text) => {
        expect(parseTextFile(serializeTextFile(text))).toEqual({ ok: true, text });
      }),
    );
  });

  it('refuses damaged content with a worded problem, or reads a valid text; never throws', () => {
    fc.assert(
      fc.property(validText, corruption, (text, damage) => {
        const result = parseTextFile(corrupt(serializeTextFile(text), damage), 'fallback');
        if (result.ok) {
          expect(validateTextFile(JSON.parse(serializeTextFile(result.text))).ok).toBe(true);
        } else {
          expect(textProblems).toContain(result.problem.code);
          expect(describeProblem(result.problem)).not.toBe('');
        }
      }),
    );
  });

  it('refuses a document with any part replaced or removed, or reads a valid text', () => {
    fc.assert(
      fc.property(validText, fc.nat(), anyValue, (text, pick, value) => {
        const document: unknown = JSON.parse(serializeTextFile(text));
        const paths = pathsOf(document);
        const damaged = withValueAt(document, paths[pick % paths.length] ?? [], value);
        const result = validateTextFile(damaged, 'fallback');
        if (result.ok) expect(parseTextFile(serializeTextFile(result.text)).ok).toBe(true);
        else expect(textProblems).toContain(result.problem.code);
      }),
    );
  });
});

describe('the sanding-backup file', () => {
  const now = new Date('2026-11-29T10:00:00.000Z');

  it('reads back exactly the backup it was written from', () => {
    fc.assert(
      fc.property(backupParts, (parts) => {
        const backup = buildBackup(parts, now);
        expect(parseBackup(serializeBackup(backup), checkWord)).toEqual({ ok: true, backup });
      }),
    );
  });

  it('refuses damaged content with a worded problem, or reads a valid backup; never throws', () => {
    fc.assert(
      fc.property(backupParts, corruption, (parts, damage) => {
        const content = corrupt(serializeBackup(buildBackup(parts, now)), damage);
        const result = parseBackup(content, checkWord);
        if (result.ok) {
          const again = parseBackup(serializeBackup(result.backup), checkWord);
          expect(again).toEqual(result);
        } else {
          expect(backupProblems).toContain(result.problem.code);
          expect(Object.keys(id.backup.problem)).toContain(result.problem.code);
        }
      }),
    );
  });

  it('refuses a document with any part replaced or removed, or reads a valid backup', () => {
    fc.assert(
      fc.property(backupParts, fc.nat(), anyValue, (parts, pick, value) => {
        const document: unknown = JSON.parse(serializeBackup(buildBackup(parts, now)));
        const paths = pathsOf(document);
        const damaged = withValueAt(document, paths[pick % paths.length] ?? [], value);
        const result = validateBackup(damaged, checkWord);
        if (result.ok) {
          expect(parseBackup(serializeBackup(result.backup), checkWord)).toEqual(result);
        } else {
          expect(backupProblems).toContain(result.problem.code);
          if (result.problem.textProblem)
            expect(textProblems).toContain(result.problem.textProblem.code);
        }
      }),
    );
  });
});
