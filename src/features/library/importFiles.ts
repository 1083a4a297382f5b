/**
 * Importing sanding-text files: each file is read, validated and saved on its own, so one
 * bad file changes nothing and does not stop the others.
 */
import { MAX_TEXT_FILE_BYTES, parseTextFile, type TextFileProblem } from '../../lib/text/textFile';
import { TextStoreError, saveText, type TextStoreFailure } from '../../lib/text/textStore';

export type ImportOutcome =
  | { file: string; ok: true; id: string; title: string }
  | { file: string; ok: false; problem: TextFileProblem }
  | { file: string; ok: false; storage: TextStoreFailure };

/** Reads and saves every file, in order; one outcome per file. */
export async function importFiles(files: readonly File[]): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    if (file.size > MAX_TEXT_FILE_BYTES) {
      outcomes.push({
        file: file.name,
        ok: false,
        problem: { code: 'too-large', detail: `${(file.size / 1024 / 1024).toFixed(1)} MB` },
      });
      continue;
    }
    const parsed = parseTextFile(await file.text());
    if (!parsed.ok) {
      outcomes.push({ file: file.name, ok: false, problem: parsed.problem });
      continue;
    }
    try {
      const saved = await saveText(parsed.text);
      outcomes.push({ file: file.name, ok: true, id: saved.id, title: saved.title });
    } catch (error) {
      outcomes.push({
        file: file.name,
        ok: false,
        storage: error instanceof TextStoreError ? error.kind : 'failed',
      });
    }
  }
  return outcomes;
}
