import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The text of `tests/fixtures/texts/<name>.sanding-text.json`. */
export function readFixture(name: string): string {
  return readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'texts', `${name}.sanding-text.json`),
    'utf8',
  );
}
