import type { Vocabulary } from '../vocabulary/index.js';
import { surfaceKey } from './label-index.js';

/**
 * A word that begins or ends this many O*NET names is a vendor ("Microsoft", "Oracle") or a kind
 * ("software", "framework"): postings name the product without it ("Excel", "SAP").
 */
const AFFIX_NAMES = 20;

const kinds = new WeakMap<Vocabulary, Map<string, string>>();

/**
 * The bundled vocabulary's O*NET technology names (those ESCO does not list) by written key, each
 * with its commodity title ("Microsoft Excel" → "Spreadsheet software"), also without a vendor word
 * before it or a kind word after it. A short form shared by names of different titles says no kind.
 */
export function toolKinds(vocabulary: Vocabulary): Map<string, string> {
  let out = kinds.get(vocabulary);
  if (out) return out;
  const tools = vocabulary.concepts.filter((c) => c.type === 'tool' && c.groups.length);
  const names = tools.map((c) => surfaceKey(c.label).split(' '));
  const firsts = new Map<string, number>();
  const lasts = new Map<string, number>();
  for (const words of names) {
    if (words.length < 2) continue;
    firsts.set(words[0], (firsts.get(words[0]) ?? 0) + 1);
    lasts.set(words[words.length - 1], (lasts.get(words[words.length - 1]) ?? 0) + 1);
  }
  out = new Map();
  const short = new Map<string, string | null>();
  tools.forEach((c, i) => {
    const title = vocabulary.groups[c.groups[0]].label;
    const words = names[i];
    out!.set(words.join(' '), title);
    if (words.length < 2) return;
    const from = (firsts.get(words[0]) ?? 0) >= AFFIX_NAMES ? 1 : 0;
    const to = (lasts.get(words[words.length - 1]) ?? 0) >= AFFIX_NAMES ? words.length - 1 : words.length;
    for (const [a, b] of [[from, words.length], [0, to], [from, to]]) {
      if (b - a < 1 || b - a === words.length) continue;
      const key = words.slice(a, b).join(' ');
      const prior = short.get(key);
      short.set(key, prior === undefined || prior === title ? title : null);
    }
  });
  for (const [key, title] of short) if (title && !out.has(key)) out.set(key, title);
  kinds.set(vocabulary, out);
  return out;
}
