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

/** The span of the glued pair a name at [start, end) is one half of ("TCP" in "TCP/IP"), or the name's own span. */
export function gluedPairAround(text: string, start: number, end: number): [number, number] {
  if (text[end] === '/' && gluesCapitals(text, { 0: '/', index: end })) return [start, end + 1 + (/^\p{Lu}{1,3}/u.exec(text.slice(end + 1))?.[0].length ?? 0)];
  if (text[start - 1] === '/' && gluesCapitals(text, { 0: '/', index: start - 1 })) return [start - 1 - (/\p{Lu}{1,3}$/u.exec(text.slice(0, start - 1))?.[0].length ?? 0), end];
  return [start, end];
}
