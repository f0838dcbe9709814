/** Two short capitals glued by a slash, read where the first starts. */
const GLUED = /(?<![\p{L}\p{N}/])\p{Lu}{1,3}\/\p{Lu}{1,3}(?![\p{L}\p{N}/])/uy;

/**
 * Whether the separator `sep` found in `text` is the slash of "TCP/IP", "CI/CD", "UI/UX", "A/B" or "PL/SQL": two short
 * capitals glued by a slash name one thing, no list of two (a list is spaced or of longer names: "Java / Kotlin",
 * "HTML/CSS").
 */
export function gluesCapitals(text: string, sep: { 0: string; index?: number }): boolean {
  if (sep[0] !== '/' || sep.index === undefined) return false;
  for (let k = 1; k <= 3 && k <= sep.index; k++) {
    GLUED.lastIndex = sep.index - k;
    if (GLUED.test(text)) return true;
  }
  return false;
}
