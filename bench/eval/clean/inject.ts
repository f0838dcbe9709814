/**
 * Noise injector for the cleaning evaluation: turns a clean posting into the RawDocument ingest
 * would hand over after the kinds of damage issue 4 lists, and records for every injected artefact
 * a probe that tells whether the cleaner removed it. Deterministic for a given seed.
 */
import iconv from 'iconv-lite';
import type { Block, CleanDocument, RawDocument } from '../../../src/types.js';
import type { GlossaryEntry } from '../../../src/clean/options.js';
import { inContext } from '../../../src/clean/glossary.js';
import type { CleanPosting, CleanPostingBlock } from './postings.js';
import { mulberry32 } from '../../rng.js';

export const NOISE_CLASSES = [
  'mojibake-1252',
  'mojibake-latin1',
  'mojibake-1253',
  'mojibake-1251',
  'mojibake-partial',
  'characters',
  'bullets',
  'markup',
  'layout',
  'boilerplate',
  'duplicates',
  'glossary',
] as const;
export type NoiseClass = (typeof NOISE_CLASSES)[number];

export interface Probe {
  cls: NoiseClass;
  what: string;
  /** True when the artefact is gone from the cleaned document (and the text it sat in is whole). */
  fixed: (doc: CleanDocument, text: string) => boolean;
}

export interface Injected {
  raw: RawDocument;
  probes: Probe[];
  /** The clean text, normalized as the evaluation compares (see normalize). */
  reference: string;
}

/** What the evaluation ignores: the cleaner makes quotes and dashes plain by design. */
export function normalize(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** A raw line under construction: one clean block, the noise around it, and how ingest would hand it over. */
interface Line {
  block: CleanPostingBlock | null;
  text: string;
  /** Raw block kind; list items default to ingest-style list items. */
  kind: Block['kind'];
  marker?: string;
  page?: number;
  /** Lines with the same group id are one raw paragraph block, joined by "\n" (plain text). */
  group?: number;
}

function decodeAs(text: string, codePage: string, sloppy: boolean): string {
  const bytes = Buffer.from(text, 'utf8');
  if (!sloppy) return iconv.decode(bytes, codePage);
  let out = '';
  for (const b of bytes) {
    const ch = iconv.decode(Buffer.from([b]), codePage);
    // Sloppy decoders keep an undefined byte as the same code point, or fall back to Windows-1252.
    out += ch !== '\ufffd' ? ch : iconv.decode(Buffer.from([b]), 'win1252').replace('\ufffd', String.fromCharCode(b));
  }
  return out;
}

const present = (block: CleanPostingBlock) => (_doc: CleanDocument, text: string) =>
  (block.expect ?? [block.text]).every((t) => text.includes(normalize(t)));
/** The block's lines, each a whole block of the cleaned document. */
const whole = (block: CleanPostingBlock) => (doc: CleanDocument) =>
  (block.expect ?? [block.text]).every((t) => doc.blocks.some((b) => b.text === normalize(t)));
/** The block's text once in the output (its longest line, for a block the cleaner cuts). */
const once = (block: CleanPostingBlock) => (_doc: CleanDocument, text: string) => {
  const longest = (block.expect ?? [block.text]).reduce((a, b) => (b.length > a.length ? b : a), '');
  return text.split(normalize(longest)).length - 1 === 1;
};
const absent = (s: string) => (_doc: CleanDocument, text: string) => !text.includes(s);
const both =
  (...fs: ((doc: CleanDocument, text: string) => boolean)[]) =>
  (doc: CleanDocument, text: string) =>
    fs.every((f) => f(doc, text));

const MARKERS = ['61 ', '\uf0b7 ', '\uf0a7 ', '• ', '● ', '▪ ', 'o ', '– ', '- ', '* ', '· ', '> '];
const SYNONYMS: [RegExp, string][] = [
  [/\bBuild\b/, 'Develop'], [/\bmaintain\b/, 'support'], [/\bclients\b/, 'customers'], [/\bPrepare\b/, 'Draw up'],
  [/\bmonitor\b/, 'track'], [/\bresults\b/, 'outcomes'], [/\bwork\b/, 'operate'], [/\bteam\b/, 'group'],
  [/\bCheck\b/, 'Verify'], [/\bpromptly\b/, 'quickly'],
];

export function inject(posting: CleanPosting, classes: ReadonlySet<NoiseClass>, seed: number, glossary: GlossaryEntry[]): Injected {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const probes: Probe[] = [];
  const lines: Line[] = posting.blocks.map((b) => ({
    block: b,
    text: b.text,
    kind: b.kind === 'list-item' ? 'list-item' : b.kind === 'heading' ? 'heading' : 'paragraph',
    ...(b.kind === 'list-item' ? { marker: '-' } : {}),
  }));
  const content = lines.filter((l) => l.block && l.block.kind !== 'heading');
  const english = posting.language === 'en';

  if (classes.has('glossary') && english) {
    for (const l of lines) {
      for (const e of glossary) {
        if (e.caseSensitive || e.correction.length === 0 || e.context) continue;
        const i = l.text.toLowerCase().indexOf(e.correction.toLowerCase());
        if (i < 0 || /[\p{L}]/u.test(l.text[i - 1] ?? '') || /[\p{L}]/u.test(l.text[i + e.correction.length] ?? '')) continue;
        const found = l.text.slice(i, i + e.correction.length);
        // A capital inside a word ("E-Commerce") is lost by the wrong form and cannot come back.
        if (/^.\P{Lu}*\p{Lu}/u.test(found)) continue;
        const wrong = found[0] === found[0].toUpperCase() ? e.phrase[0].toUpperCase() + e.phrase.slice(1) : e.phrase;
        l.text = l.text.slice(0, i) + wrong + l.text.slice(i + e.correction.length);
        probes.push({ cls: 'glossary', what: `${wrong} → ${found}`, fixed: present(l.block!) });
        break;
      }
      // The cleaner reads "opponent" as "counterpart" only where its context rule holds (negotiation).
      if (/\bcounterpart\b/.test(l.text) && glossary.some((e) => e.phrase === 'opponent' && inContext(e, l.text))) {
        l.text = l.text.replace(/\bcounterpart\b/, 'opponent');
        probes.push({ cls: 'glossary', what: 'opponent → counterpart', fixed: present(l.block!) });
      }
      if (/\baccount managers\b/.test(l.text) && rnd() < 0.9) {
        l.text = l.text.replace(/\baccount managers\b/, "AM's");
        probes.push({ cls: 'glossary', what: "AM's → account managers", fixed: present(l.block!) });
      }
    }
  }

  if (classes.has('duplicates')) {
    const paragraphs = content.filter((l) => l.block!.text.split(' ').length >= 8);
    if (paragraphs.length > 0) {
      const exact = pick(paragraphs);
      lines.push({ ...exact, text: exact.text });
      probes.push({
        cls: 'duplicates',
        what: `exact repeat of "${exact.block!.text.slice(0, 30)}…"`,
        fixed: once(exact.block!),
      });
      const near = pick(paragraphs.filter((l) => l !== exact).length ? paragraphs.filter((l) => l !== exact) : paragraphs);
      let variant = near.text;
      let swaps = 0;
      for (const [re, to] of SYNONYMS) {
        if (swaps < 2 && re.test(variant)) {
          variant = variant.replace(re, to);
          swaps++;
        }
      }
      if (swaps === 0) variant = variant.replace(/\.$/, '') + ' as well.';
      const at = lines.indexOf(near) + 1 + Math.floor(rnd() * 3);
      lines.splice(Math.min(at, lines.length), 0, { ...near, block: null, text: variant });
      probes.push({ cls: 'duplicates', what: `near repeat "${variant.slice(0, 40)}…"`, fixed: both(absent(normalize(variant)), present(near.block!)) });
    }
  }

  if (classes.has('boilerplate')) {
    const company = posting.id.split('-')[0];
    const extra: [string, string][] = [
      [`To apply, send your CV and a short cover letter to jobs@${company}.example before the end of the month.`, 'apply'],
      [`Contact: Anna Berg, HR, +46 8 555 012 34`, 'contact'],
      [`https://careers.${company}.example/jobs/4471`, 'url'],
      [`Source: https://news.example.org/jobs/${company}`, 'source'],
      ['All Articles', 'navigation'],
      ['Share this job: LinkedIn | Facebook | X', 'share'],
      ['We use cookies to give you the best experience on our website. Accept all cookies', 'cookie'],
      [`Order your copy of the Hiring Handbook at handbook.example`, 'promotion'],
    ];
    for (const [text, what] of extra) {
      const at = what === 'promotion' ? 0 : what === 'source' || what === 'navigation' || what === 'share' ? lines.length : 1 + Math.floor(rnd() * (lines.length - 1));
      lines.splice(at, 0, { block: null, text, kind: 'paragraph' });
      probes.push({ cls: 'boilerplate', what, fixed: absent(text.slice(0, 25)) });
    }
    const para = content.find((l) => l.kind === 'paragraph');
    if (para) {
      const mail = `hr@${company}.example`;
      para.text += ` Questions? Write to ${mail}.`;
      probes.push({ cls: 'boilerplate', what: 'inline contact sentence', fixed: both(absent(mail), present(para.block!)) });
    }
  }

  if (classes.has('characters')) {
    const targets = content.filter((l) => l.text.length > 30);
    const edits: [string, (s: string) => string | null][] = [
      ['nbsp', (s) => (s.includes(' ') ? s.replace(' ', '\u00a0') : null)],
      ['zero-width space', (s) => s.replace(/(\p{L}{3})(\p{L}{3})/u, '$1\u200b$2')],
      ['soft hyphen', (s) => s.replace(/(\p{L}{4})(\p{L}{4})/u, '$1\u00ad$2')],
      ['ligature', (s) => (/fi|fl/.test(s) ? s.replace(/fi/, '\ufb01').replace(/fl/, '\ufb02') : null)],
      ['control character', (s) => s.replace(/ /, ' \u0007')],
      ['entity', (s) => (s.includes("'") ? s.replace("'", '&#39;') : s.includes('&') ? s.replace('&', '&amp;') : s.replace(/ (\S+)$/, '&nbsp;$1'))],
      ['full-width', (s) => (english ? s.replace(/\b([A-Za-z]{4,})\b/, (w) => [...w].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')) : null)],
      ['decomposed accent', (s) => (/[éèáóüöäÉ]/.test(s) ? s.normalize('NFD') : null)],
      ['curly quote', (s) => (s.includes("'") ? s.replace("'", '\u2019') : null)],
    ];
    for (const [what, f] of edits) {
      const l = pick(targets);
      const out = f(l.text);
      if (out === null || out === l.text) continue;
      const artefact = what === 'decomposed accent' ? /[\u0300-\u036f]/.exec(out)![0] : ([...out].find((c, i) => c !== [...l.text][i]) ?? '');
      l.text = out;
      // (The entity itself must be gone: a posting may well have an "&" of its own, "R&D".)
      const entity = /&(?:#39|amp|nbsp);/.exec(out)?.[0] ?? '&';
      probes.push({ cls: 'characters', what, fixed: both(present(l.block!), what === 'entity' ? absent(entity) : what === 'curly quote' ? () => true : absent(artefact)) });
    }
  }

  if (classes.has('markup')) {
    const targets = content.filter((l) => l.text.split(' ').length > 5);
    for (const what of ['html-inline', 'html-block', 'markdown-emphasis', 'markdown-link', 'markdown-image', 'tab-remnant'] as const) {
      const l = pick(targets);
      const words = l.text.split(' ');
      // Markup goes around a plain word, never inside other markup.
      const plain = words.map((w, i) => (i > 0 && i < words.length - 1 && /^[\p{L}\p{N}]+$/u.test(w) ? i : -1)).filter((i) => i > 0);
      if (plain.length === 0) continue;
      const k = pick(plain);
      let artefact = '';
      if (what === 'html-inline') {
        const tag = pick(['b', 'i', 'strong', 'em']);
        words[k] = `<${tag}>${words[k]}</${tag}>`;
        artefact = `<${tag}>`;
      } else if (what === 'html-block') {
        words[0] = `<p style="margin:0">${words[0]}`;
        words[words.length - 1] += '</p>';
        artefact = '<p';
      } else if (what === 'markdown-emphasis') {
        words[k] = `**${words[k]}**`;
        artefact = '**';
      } else if (what === 'markdown-link') {
        words[k] = `[${words[k]}](https://example.org/${k})`;
        artefact = '](';
      } else if (what === 'markdown-image') {
        words[k] += ' ![team photo](img/team.png)';
        artefact = 'team photo';
      } else {
        words[words.length - 1] += '\t\t';
        artefact = '\t';
      }
      l.text = words.join(' ');
      probes.push({ cls: 'markup', what, fixed: both(absent(artefact), present(l.block!)) });
    }
    const heading = lines.find((l) => l.kind === 'heading');
    if (heading && heading.block) {
      heading.kind = 'paragraph';
      heading.text = `## ${heading.text}`;
      probes.push({ cls: 'markup', what: 'markdown heading', fixed: (doc) => doc.blocks.some((b) => b.kind === 'heading' && b.text === normalize((heading.block!.expect ?? [heading.block!.text])[0] ?? '')) });
    }
    // A list flattened into one HTML cell with inline bullets, as exported comparison tables have.
    const items = lines.filter((l) => l.kind === 'list-item' && l.block !== null);
    if (items.length >= 3) {
      const group = items.slice(0, 3);
      const cell = `<ul style="list-style-type: none"> ${group.map((g) => `• ${g.text}`).join(' ')} </ul>`;
      const first = lines.indexOf(group[0]);
      for (const g of group) lines.splice(lines.indexOf(g), 1);
      lines.splice(first, 0, { block: null, text: cell, kind: 'table-cell' });
      for (const g of group) {
        const item = g.block!;
        probes.push({ cls: 'markup', what: 'html list in a cell', fixed: (doc) => doc.blocks.some((b) => b.text === normalize(item.text)) });
      }
    }
  }

  if (classes.has('bullets')) {
    let n = 0;
    let group = 1000;
    let prev: Line | null = null;
    const style = pick(['glyph', 'numbering'] as const);
    const marker = pick(MARKERS);
    for (const l of lines) {
      if (l.kind !== 'list-item' || !l.block) {
        prev = null;
        continue;
      }
      if (!prev) {
        group++;
        n = 0;
      }
      n++;
      const m = style === 'numbering' ? pick([`${n}. `, `${n}) `, `${String.fromCharCode(96 + n)}) `, `3.${n}. `]) : marker;
      l.text = `${m}${l.text}`;
      l.kind = 'paragraph';
      delete l.marker;
      l.group = group;
      const item = l.block;
      probes.push({ cls: 'bullets', what: `marker "${m.trim()}"`, fixed: (doc) => doc.blocks.some((b) => b.marker !== undefined && b.text === normalize(item.text)) });
      prev = l;
    }
  }

  if (classes.has('layout')) {
    // Hard wraps with hyphenation, pages with running headers and page numbers, filler rows.
    let group = 2000;
    for (const l of lines) {
      if (l.kind !== 'paragraph' || !l.block || l.group !== undefined || l.text.length < 90) continue;
      const width = 55 + Math.floor(rnd() * 20);
      const out: string[] = [];
      let cur = '';
      let hyphenated = false;
      for (const w of l.text.split(' ')) {
        if (cur.length + 1 + w.length <= width) {
          cur = cur ? `${cur} ${w}` : w;
          continue;
        }
        const room = width - cur.length - 1;
        const plain = /^[\p{Ll}]+$/u.test(w);
        if (!hyphenated && plain && w.length >= 9 && room >= 5) {
          const cut = Math.min(room - 1, w.length - 4);
          out.push(`${cur} ${w.slice(0, cut)}-`);
          cur = w.slice(cut);
          hyphenated = true;
          continue;
        }
        out.push(cur);
        cur = w;
      }
      out.push(cur);
      if (out.length < 2) continue;
      l.text = out.join('\n');
      l.group = ++group;
      const block = l.block;
      // A real posting's block may rightly lose parts or be cut by other rules: there, every wrap
      // must be undone that the cleaned block without noise shows whole.
      const wraps = out.slice(1).map((line, k) => {
        const a = out[k].split(' ').pop()!;
        const b = line.split(' ')[0];
        return normalize(a.endsWith('-') ? a.slice(0, -1) + b : `${a} ${b}`);
      });
      const expected = normalize((block.expect ?? []).join('\n'));
      const joined = (_doc: CleanDocument, text: string) => wraps.every((u) => !expected.includes(u) || text.includes(u));
      probes.push({ cls: 'layout', what: hyphenated ? 'wrapped, hyphenated paragraph' : 'wrapped paragraph', fixed: block.expect ? joined : whole(block) });
    }
    const pages = 3;
    const per = Math.ceil(lines.length / pages);
    const paged: Line[] = [];
    for (let p = 1; p <= pages; p++) {
      const slice = lines.slice((p - 1) * per, p * per);
      if (slice.length === 0) continue;
      paged.push({ block: null, text: `${posting.id.toUpperCase()} | Job posting ref. 20${p}`, kind: 'paragraph', page: p });
      for (const l of slice) paged.push({ ...l, page: p });
      paged.push({ block: null, text: `Page ${p} of ${pages}`, kind: 'paragraph', page: p });
    }
    lines.length = 0;
    lines.push(...paged);
    probes.push({ cls: 'layout', what: 'running header', fixed: absent(`${posting.id.toUpperCase()} |`) });
    probes.push({ cls: 'layout', what: 'page numbers', fixed: absent('Page 1 of') });
    const at = 2 + Math.floor(rnd() * (lines.length - 3));
    lines.splice(at, 0, { block: null, text: '..........', kind: 'paragraph', page: lines[at].page });
    probes.push({ cls: 'layout', what: 'filler row', fixed: absent('....') });
    const target = lines.find((l) => l.block && l.kind === 'paragraph' && l.group === undefined && /\. \p{Lu}/u.test(l.text));
    if (target) {
      target.text = target.text.replace(/\. (\p{Lu})/u, '. *****$1');
      probes.push({ cls: 'layout', what: 'inline filler', fixed: both(absent('**'), present(target.block!)) });
    }
  }

  const mojibake: [NoiseClass, string][] = [
    ['mojibake-1252', 'win1252'],
    ['mojibake-latin1', 'latin1'],
    ['mojibake-1253', 'win1253'],
    ['mojibake-1251', 'win1251'],
  ];
  // One wrong decoding per line: a line read through two different code pages is not what happens.
  const damaged = new Set<Line>();
  for (const [cls, cp] of mojibake) {
    if (!classes.has(cls)) continue;
    const targets = lines.filter((l) => l.block && !damaged.has(l) && /[^\x00-\x7f]/.test(l.text));
    for (let k = 0; k < 2 && targets.length > 0; k++) {
      const l = targets.splice(Math.floor(rnd() * targets.length), 1)[0];
      const sloppy = cp === 'latin1' || rnd() < 0.5;
      const out = decodeAs(l.text, cp, sloppy);
      if (out === l.text) continue;
      l.text = out;
      damaged.add(l);
      probes.push({ cls, what: `${sloppy ? 'sloppy' : 'strict'} ${cp}: "${l.block!.text.slice(0, 25)}…"`, fixed: present(l.block!) });
    }
  }
  if (classes.has('mojibake-partial')) {
    const targets = lines.filter((l) => l.block && !damaged.has(l) && /[\u2018-\u201d\u2013\u2014\u20ac\u00e9]/.test(l.text));
    if (targets.length > 0) {
      const l = pick(targets);
      const ch = /[\u2018-\u201d\u2013\u2014\u20ac\u00e9]/.exec(l.text)![0];
      const cp = pick(['win1253', 'win1252', 'win1251']);
      l.text = l.text.replace(ch, decodeAs(ch, cp, true));
      probes.push({ cls: 'mojibake-partial', what: `one "${ch}" through ${cp}`, fixed: present(l.block!) });
    }
  }

  // Lines of one group form one plain-text paragraph block; every other line is its own block.
  const blocks: Block[] = [];
  let open: { group: number; block: Block } | null = null;
  for (const l of lines) {
    if (l.group !== undefined && open && open.group === l.group) {
      open.block.text += `\n${l.text}`;
      continue;
    }
    const b: Block = { kind: l.kind, text: l.text };
    if (l.marker !== undefined) b.marker = l.marker;
    if (l.page !== undefined) b.page = l.page;
    if (l.kind === 'table-cell') {
      b.row = 1;
      b.col = 1;
    }
    blocks.push(b);
    open = l.group !== undefined ? { group: l.group, block: b } : null;
  }
  const raw: RawDocument = { format: classes.has('layout') ? 'pdf' : 'text', blocks, warnings: [] };
  if (classes.has('layout')) raw.pages = 3;
  return { raw, probes, reference: normalize(posting.blocks.map((b) => b.text).join('\n')) };
}
