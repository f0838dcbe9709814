/** Greedy line breaking with optional hyphenation, measured by the caller's font metrics. */

export interface BrokenLine {
  text: string;
  /** Whether the line is the paragraph's last (never justified). */
  last: boolean;
}

const DIGRAPHS = new Set(['ch', 'sh', 'th', 'ph', 'ck', 'ng', 'qu', 'wh', 'gh']);
const VOWEL = /[aeiouy]/;
const SUFFIXES = ['ment', 'ments', 'tion', 'tions', 'sion', 'ness', 'ship', 'ships', 'ity', 'able', 'ible', 'ing', 'ings'];

/**
 * Where a word may take a hyphen: between two consonants that are not a digraph, with at least
 * three letters on each side or before a common suffix ("port|folio", "manage|ment"). Crude
 * but always a plausible break for the English postings we render.
 */
export function hyphenPoints(word: string): number[] {
  if (!/^[A-Za-z]{7,}$/.test(word)) return [];
  const lower = word.toLowerCase();
  const points: number[] = [];
  for (let k = 3; k <= lower.length - 3; k++) {
    const a = lower[k - 1];
    const b = lower[k];
    if (VOWEL.test(a) || VOWEL.test(b) || DIGRAPHS.has(a + b)) continue;
    if (!VOWEL.test(lower.slice(0, k)) || !VOWEL.test(lower.slice(k))) continue;
    points.push(k);
  }
  for (const suffix of SUFFIXES) {
    const k = lower.length - suffix.length;
    if (lower.endsWith(suffix) && k >= 3 && VOWEL.test(lower.slice(0, k)) && !points.includes(k)) points.push(k);
  }
  return points;
}

export function breakLines(text: string, width: number, measure: (s: string) => number, hyphenate: boolean): BrokenLine[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: BrokenLine[] = [];
  let current = '';
  const fits = (s: string) => measure(s) <= width;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate) || !current) {
      current = candidate;
      continue;
    }
    // Split the word that does not fit: at an existing hyphen, or (justified text) at a syllable.
    const core = /^([A-Za-z-]+)([^A-Za-z]*)$/.exec(word);
    let split: [string, string] | undefined;
    if (core) {
      const [, letters, tail] = core;
      const options: [string, string][] = [];
      letters.split('').forEach((ch, k) => {
        if (ch === '-' && k > 1 && k < letters.length - 2) options.push([letters.slice(0, k + 1), letters.slice(k + 1) + tail]);
      });
      if (hyphenate && !letters.includes('-')) for (const k of hyphenPoints(letters)) options.push([`${letters.slice(0, k)}-`, letters.slice(k) + tail]);
      for (const option of options.sort((a, b) => b[0].length - a[0].length)) {
        if (fits(`${current} ${option[0]}`)) {
          split = option;
          break;
        }
      }
    }
    if (split) {
      lines.push({ text: `${current} ${split[0]}`, last: false });
      current = split[1];
    } else {
      lines.push({ text: current, last: false });
      current = word;
    }
  }
  if (current) lines.push({ text: current, last: true });
  return lines;
}
