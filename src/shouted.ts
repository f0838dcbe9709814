/** Words of three letters or more, all capitals. */
const SHOUTED_WORD = /(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu;

/**
 * Whether a text is typed in capitals ("TRAINED B.ED GRADUATE WITH MINIMUM OF 3 YEARS …"): at least three
 * such words, and three capitals or more to each lower-case letter. In such a text every word is capitalised, so
 * capitals tell neither a heading nor a name.
 */
export function isShouted(text: string): boolean {
  // (Most texts have no three capitals in a row: they are answered by one regex test.)
  if (!/\p{Lu}{3}/u.test(text) || (text.match(SHOUTED_WORD)?.length ?? 0) < 3) return false;
  const upper = text.match(/\p{Lu}/gu)!.length;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  return lower * 3 < upper;
}
