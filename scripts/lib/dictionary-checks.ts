/** Checks on the order of a dictionary file's entries, shared by the checker and its tests. */

/** An entry with its sort key and its line in the file. */
export interface Keyed<T> {
  entry: T;
  key: string;
  line: number;
}

/**
 * The order the files are sorted in: by code point, as `LC_ALL=C sort` does (so `-` and space
 * sort before letters, and capitals before small letters: `PPPK`, `PPh`, `a.n.`).
 */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Problems of order and duplication among `keyed`, in file order, each at its line. */
export function checkOrder<T>(keyed: readonly Keyed<T>[]): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  for (let i = 1; i < keyed.length; i++) {
    const previous = keyed[i - 1];
    const current = keyed[i];
    if (!previous || !current) continue;
    const order = compareKeys(previous.key, current.key);
    if (order === 0)
      problems.push({ line: current.line, message: `"${current.key}" is listed twice` });
    else if (order > 0)
      problems.push({
        line: current.line,
        message: `"${current.key}" should come before "${previous.key}" (not sorted)`,
      });
  }
  return problems;
}
