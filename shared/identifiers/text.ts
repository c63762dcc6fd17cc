/**
 * Removes every whitespace character (including the no-break and narrow no-break spaces that French
 * word processors put between digit groups) and every character of `separators`.
 */
export function stripSeparators(value: string, separators: string): string {
  let kept = '';
  for (const char of value) {
    if (/\s/u.test(char) || separators.includes(char)) continue;
    kept += char;
  }
  return kept;
}

export function isDigits(value: string): boolean {
  return /^[0-9]+$/.test(value);
}

/** The first character outside `allowed`, to name it in a message. */
export function firstCharacterNotMatching(value: string, allowed: RegExp): string | undefined {
  for (const char of value) {
    if (!allowed.test(char)) return char;
  }
  return undefined;
}

/** Splits `value` into groups of the given sizes; whatever is left forms the last group. */
export function groupBy(value: string, sizes: readonly number[], separator = ' '): string {
  const groups: string[] = [];
  let start = 0;
  for (const size of sizes) {
    if (start >= value.length) break;
    groups.push(value.slice(start, start + size));
    start += size;
  }
  if (start < value.length) groups.push(value.slice(start));
  return groups.join(separator);
}

/** French plural of a count followed by a noun: « 1 chiffre », « 3 chiffres ». */
export function countFr(count: number, noun: string): string {
  return `${count} ${noun}${count > 1 ? 's' : ''}`;
}

export function countEn(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
