/** “1 finding”, “3 findings”: for every face, the browser page included (no imports here). */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
