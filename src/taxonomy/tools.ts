import { isLoadedFrom, type Vocabulary } from '../vocabulary/index.js';
import { fixed, ints } from './int-codec.js';
import { storedTable, surfaceKey } from './label-index.js';
import type { TaxonomyConfig } from './options.js';

/**
 * A word that begins or ends this many O*NET names is a vendor ("Microsoft", "Oracle") or a kind
 * ("software", "framework"): postings name the product without it ("Excel", "SAP").
 */
const AFFIX_NAMES = 20;

const kinds = new WeakMap<Vocabulary, Map<string, string>>();

/** Bumped whenever what `toolKindsOf` makes of a vocabulary changes, so that a stored table is computed again. */
export const TOOL_KINDS_FORMAT = 'comptax-tool-kinds/1';

/** The table as the stored index keeps it (the vocabulary's alone): keys, and each one's title as a number into `titles`. */
export interface EncodedToolKinds {
  format: typeof TOOL_KINDS_FORMAT;
  keys: string;
  titles: string;
  titleOf: string;
}

export function encodeToolKinds(table: Map<string, string>): EncodedToolKinds {
  const titles = [...new Set(table.values())];
  const number = new Map(titles.map((t, i) => [t, i]));
  return { format: TOOL_KINDS_FORMAT, keys: [...table.keys()].join('\n'), titles: titles.join('\n'), titleOf: fixed([...table.values()].map((t) => number.get(t)!)) };
}

export function decodeToolKinds(e: EncodedToolKinds): Map<string, string> {
  const titles = e.titles.split('\n');
  const titleOf = ints(e.titleOf);
  return new Map(e.keys ? e.keys.split('\n').map((k, i) => [k, titles[titleOf[i]]]) : []);
}

/**
 * The vocabulary's tool kinds (see `toolKindsOf`), once per vocabulary: from the stored table
 * when `config` names a current one for it (computing them took a run ~80 ms).
 */
export function toolKinds(vocabulary: Vocabulary, config?: TaxonomyConfig): Map<string, string> {
  let out = kinds.get(vocabulary);
  if (!out) {
    const file = config?.vocabularyFile;
    const table = config && file && isLoadedFrom(vocabulary, file) ? (storedTable(file, 'toolKinds', config) as EncodedToolKinds | undefined) : undefined;
    out = table?.format === TOOL_KINDS_FORMAT ? decodeToolKinds(table) : toolKindsOf(vocabulary);
    kinds.set(vocabulary, out);
  }
  return out;
}

/**
 * The bundled vocabulary's O*NET technology names (those ESCO does not list) by written key, each
 * with its commodity title ("Microsoft Excel" → "Spreadsheet software"), also without a vendor word
 * before it or a kind word after it. A short form shared by names of different titles says no kind.
 */
export function toolKindsOf(vocabulary: Vocabulary): Map<string, string> {
  const tools = vocabulary.concepts.filter((c) => c.type === 'tool' && c.groups.length);
  const names = tools.map((c) => surfaceKey(c.label).split(' '));
  const firsts = new Map<string, number>();
  const lasts = new Map<string, number>();
  for (const words of names) {
    if (words.length < 2) continue;
    firsts.set(words[0], (firsts.get(words[0]) ?? 0) + 1);
    lasts.set(words[words.length - 1], (lasts.get(words[words.length - 1]) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  const short = new Map<string, string | null>();
  tools.forEach((c, i) => {
    const title = vocabulary.groups[c.groups[0]].label;
    const words = names[i];
    out.set(words.join(' '), title);
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
  return out;
}
