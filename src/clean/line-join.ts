import type { Edit } from './edit-text.js';
import { detectMarker, lostGlyphCodes, type Marker } from './bullets.js';
import { isDictionaryWord } from './words.js';
import { functionWordsEnglish, isKnownHeading, looksEnglish } from './language.js';
import { CONTINUES, endsHeading, isSubheading } from './subheading.js';
import { ENDS_IN_EXAMPLE_CUE } from '../example-cue.js';
import { isShouted } from '../shouted.js';
import { HARD_BREAK } from './markup.js';
import type { WorkDoc } from './work.js';

/**
 * Hard-wrapped lines of PDF and plain-text exports: each line break inside a block either wraps a
 * line (join it, undoing hyphenation where the joined word is a word) or ends one (keep it: the
 * line becomes its own block).
 */

const TERMINAL = /[.!?:;)\]"']$/;
/** Bullets that splitInlineBullets already turned into line breaks wherever they stood inline. */
const SPLIT_INLINE = /^[\u2022\u25cf\u25aa\u25e6\u261e\uf0b7\uf0a7]$/;

/** No page prints a longer line: a block with one holds paragraphs a reader already joined (PDF ingest). */
const MAX_WIDTH = 140;

/** Lines as the page printed them: hard breaks a rule inserted (inline bullets) do not end one. */
const physicalLines = (text: string): string[] => text.split('\n').map((l) => l.trim());

/** Wrap width of a hard-wrapped document, or 0 when its lines are not wrapped at a fixed width. */
function wrapWidth(doc: WorkDoc): number {
  const lengths: number[] = [];
  // Whether the line after each one opens in lower case: a wrap falls between the words of a sentence, mostly before a
  // lower-case one.
  const lowerNext: boolean[] = [];
  for (const b of doc.blocks) {
    if (b.removed || !b.et.text.includes('\n')) continue;
    const lines = physicalLines(b.et.text).filter((l) => l.length > 0);
    for (let i = 0; i < lines.length - 1; i++) {
      lengths.push(lines[i].length);
      lowerNext.push(/^\p{Ll}/u.test(lines[i + 1]));
    }
  }
  if (lengths.length < 3) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)];
  if (width < 30 || width > MAX_WIDTH) return 0;
  const fullAt = lengths.map((n) => n >= width * 0.7 && n <= width * 1.1);
  const full = fullAt.filter(Boolean).length;
  // Short lines of one width that each open with a capital are a title, a list or fields typed one per line ("Staff
  // Nurse - Eating Disorders" / "Band 5 | Permanent | 37.5 hours"), not a paragraph wrapped at that width; nor are
  // longer ones, eight or more, of which not a tenth is followed by a line in lower case: a person specification's
  // criteria, one a line ("Evidence of post-graduate training in MSK physiotherapy Essential" / "Membership of the
  // Chartered Society … Desirable"). (A few full lines may be Title Case wrapped: "… Verbal Communication" / "Skills".)
  const wrapped = fullAt.filter((f, i) => f && lowerNext[i]).length;
  const lowerEnough = width >= 60 ? full < 8 || wrapped * 10 >= full : wrapped * 4 >= full;
  return full >= lengths.length * 0.6 && lowerEnough ? width : 0;
}

function docWords(doc: WorkDoc): Set<string> {
  const words = new Set<string>();
  for (const b of doc.blocks) {
    if (b.removed) continue;
    for (const w of b.et.text.toLowerCase().match(/\p{L}[\p{L}'-]*\p{L}/gu) ?? []) words.add(w);
  }
  return words;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The place in its list a numbering marker gives ("3.", "(3)", "c)", "2.3." are all third), if it gives one. */
function ordinal(marker: string): number | undefined {
  const n = /(\d{1,3})[.)]?$|^\(?([a-z])[.)]$/.exec(marker);
  if (!n) return undefined;
  return n[1] !== undefined ? Number(n[1]) : n[2].charCodeAt(0) - 96;
}

/**
 * Whether a list marker that starts a wrapped line only landed there by the wrap: the block runs
 * that bullet inline ("… strategy · Manage risk · …"), or no line of the block starts with the
 * number before or after it, so it is no item of a list the block prints ("Room no." / "601.",
 * "advertising one" / "(1) position", "… households; 2) Sustain …").
 */
function markerRunsInline(marker: Marker, text: string, lost: ReadonlySet<string>): boolean {
  if (marker.kind === 'glyph') {
    if (SPLIT_INLINE.test(marker.marker)) return false;
    const g = escape(marker.marker);
    const mid = text.match(new RegExp(`[^\\s][ \\t]+${g}[ \\t]+[\\p{Lu}\\p{N}]`, 'gu'))?.length ?? 0;
    const start = text.match(new RegExp(`(?:^|[\\n\\u2029])[ \\t]*${g}[ \\t]`, 'gu'))?.length ?? 0;
    return mid >= 1 && mid >= start;
  }
  const at = ordinal(marker.marker);
  if (at === undefined) return false;
  for (const line of text.split(/[\n\u2029]/)) {
    const m = detectMarker(line.trim(), lost);
    const o = m?.kind === 'numbering' ? ordinal(m.marker) : undefined;
    if (o === at - 1 || o === at + 1) return false;
  }
  return true;
}

/**
 * Whether `next`, a line the block goes on after (its break at `nl`), stops short of the block's width
 * with no closing punctuation: a line of a list or a subheading ("Desirable", "To manage a caseload"),
 * so the line before it ended too, however long. A wrapped paragraph's lines run full up to its last.
 */
function endsUnfinished(text: string, nl: number, next: string, blockMax: number): boolean {
  if (nl < 0 || TERMINAL.test(next) || !/^\p{Lu}/u.test(next)) return false;
  const after = firstWordLength(text.slice(nl + 1).trimStart());
  return after > 0 && next.length + 1 + after <= blockMax;
}

/** What `line.split(/\s/)[0].length` says, without splitting the whole line (or the rest of the block) into words. */
function firstWordLength(line: string): number {
  const space = /\s/.exec(line);
  return space ? space.index : line.length;
}

/** A line that ends in a preposition or a number runs on ("… activities within" / "Radiometer …", "… 2 Manipulation 3"). */
const RUNS_ON = /(?:\b(?:within|without|like|into|onto|across|over|under|between|through|via|than|about|towards?|among|per|upon)|\d)$/i;

/** A count of years opens a requirement of a list ("1+ year of clinical experience"). */
const COUNT_OPENS = /^\d{1,2}(?:\.\d)?\+?\s*(?:years?|yrs?|months?)\b/i;

const GERUND_OPENS = /^\p{Lu}\p{Ll}{2,}ing\s/u;

/** What a criterion of a person specification opens with ("Knowledge of …", "Use of …"): no Title Case name goes on so. */
const CRITERION_OPENS = /^(?:Knowledge|Understanding|Experience|Awareness|Use|Familiarity|Proficiency|Competence|Evidence|Ability|Commitment|Willingness)\s+(?:of|in|with|to)\s/u;

/** An acronym and a lower-case word open the line ("IT literate", "NMC registration"). */
const ACRONYM_OPENS = /^\p{Lu}{2,6}\s+\p{Ll}/u;

/** A job board's "Name: value" line ("Deadline: December 15", "Place of Work: Addis Ababa"). */
const FIELD_LINE = /^\p{Lu}[\p{L}/-]*(?:\s+[\p{L}/-]+){0,2}\s*:\s+\S/u;

/** A capitalised everyday word opens the line ("Ability …"), not a name or an acronym ("Microsoft …", "SQL …"). */
function opensSentence(line: string): boolean {
  const w = /^\p{Lu}\p{Ll}+\b/u.exec(line);
  return w !== null && isDictionaryWord(w[0]);
}

/** An anonymised posting's placeholder ("<ORGANIZATION>", "[REDACTED]"): capitals that are no words of the text. */
const PLACEHOLDER = /<\p{Lu}+>|\[\p{Lu}+\]/gu;

/** A word no item ends with: the line goes on ("competitive salary and" / "benefits package"). */
const ENDS_OPEN = /\b(?:and|or|of|the|to|with|for|in|a|an|on|at|by|from|as|that|which|who|your|our|their)$/i;
/** Words that go on a sentence rather than open an item of a list. */
const GOES_ON = /^(?:and|or|but|nor|of|to|the|a|an|in|on|at|for|with|by|from|as|that|which|who|whose|where|when|than|then|so|if|is|are|was|were|be|been|it|its|their|our|your|this|these|those|etc)\b/;

/** A word after which "be" goes on the sentence ("… will" / "be responsible for …"). */
const TAKES_BE = /\b(?:will|shall|must|should|can|could|may|might|would|to|not|also|always|ever|never)$/i;

/** "The successful candidate will:" / "hold QTS" / "be able to plan lessons": "be" opens an item after a line that does not take it. */
const opensInfinitiveItem = (line: string, before: string) => /^be\s/.test(line) && !TAKES_BE.test(before);

/**
 * Lines of a list typed one item per line in lower case after a line that introduces it ("Your main activities will
 * be to:" / "write well-designed code" / "integrate software components …"): by physical line, whether it is such
 * an item. Two at least, none closed by a full stop, a comma or a word that goes on but the last, each opening with a
 * word that opens an item, and half of them at least short of the block's width by more than the next one's first word: a wrapped
 * sentence runs each line full.
 */
function lowerItems(lines: readonly string[], blockMax: number): boolean[] {
  const out = lines.map(() => false);
  for (let i = 0; i < lines.length - 2; i++) {
    if (!/:$/.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && /^\p{Ll}/u.test(lines[j]) && (!GOES_ON.test(lines[j]) || opensInfinitiveItem(lines[j], lines[j - 1]))) j++;
    const run = lines.slice(i + 1, j);
    const open = run.slice(0, -1);
    if (run.length < 2 || open.some((l) => /[.,]$/.test(l) || ENDS_OPEN.test(l))) continue;
    const fitted = open.filter((l, k) => l.length + 1 + firstWordLength(run[k + 1]) <= blockMax).length;
    if (fitted * 2 < open.length) continue;
    for (let k = i + 1; k < j; k++) out[k] = true;
  }
  return out;
}

/** Decides each line break of each block: joined (a wrap), or kept (the end of a line). */
export function joinLines(doc: WorkDoc, hyphenation: boolean, headings: ReadonlySet<string>): void {
  const width = wrapWidth(doc);
  const allLines: string[] = [];
  for (const b of doc.blocks) if (!b.removed) for (const line of b.et.text.split(/[\n\u2029]/)) allLines.push(line);
  const lost = lostGlyphCodes(allLines);
  let vocabulary: Set<string> | undefined;
  // A block of noun phrases ("Registered Nurse with current NMC registration" / "Mentorship qualification") has too
  // few function words to tell its language: in a document not wrapped at a width, its text tells it then (a wrapped
  // one's Title Case lines are mostly a wrapped run of names: "… Adoption Assistance" / "Retirement Savings Programs …").
  let documentEnglish: boolean | undefined;
  const isEnglish = (text: string) => looksEnglish(text) || (width === 0 && (documentEnglish ??= functionWordsEnglish(allLines.join('\n'))));
  for (const b of doc.blocks) {
    if (b.removed || !b.et.text.includes('\n')) continue;
    const text = b.et.text;
    const edits: Edit[] = [];
    // The block's own longest line is its width when it was wrapped apart from the rest.
    let english: boolean | undefined;
    const printed = physicalLines(text);
    const lines = printed.filter((l) => l.length > 0);
    const blockMax = lines.reduce((m, l) => Math.max(m, l.length), 0);
    // Three or more lines that all open with a capital are a list typed one item per line (a person
    // specification pasted from a web page): a wrapped paragraph's lines mostly go on in lower case.
    // There a line that opens like a sentence ("Registered with …", not "Microsoft Office …") after one
    // that does not end in a connector is the next item when its first word would have fitted on the line
    // before, or when it is long too and the line before does not end inside a name; only a short one may
    // be a wrap's remainder ("… Verbal Communication" / "Skills"). (English only: German capitalises every noun.)
    const capitalLines = lines.length >= 3 && lines.every((l) => /^[\p{Lu}\p{N}]/u.test(l)) && (english ??= isEnglish(text));
    // Lines that open with a gerund ("Designing …", "Owning …"): a list of tasks, where one more such line is the next
    // task however short ("… using Terraform" / "Mentoring junior engineers and reviewing code").
    const gerundLines = capitalLines ? lines.filter((l) => GERUND_OPENS.test(l)).length : 0;
    // (Only where no width wraps the document's lines: there every line is as the page printed it.)
    const items = width === 0 ? lowerItems(printed, blockMax) : null;
    let lineNo = 0;
    const re = /[ \t]*\n[ \t]*/g;
    let m: RegExpExecArray | null;
    let prevBreak = 0;
    let nextHard = text.indexOf(HARD_BREAK);
    while ((m = re.exec(text)) !== null) {
      // The printed line runs from the previous line break; the logical one from the last hard break.
      const phys = text.slice(prevBreak, m.index).trim();
      let lineStart = prevBreak;
      while (nextHard >= 0 && nextHard < m.index) {
        lineStart = Math.max(lineStart, nextHard + 1);
        nextHard = text.indexOf(HARD_BREAK, nextHard + 1);
      }
      prevBreak = m.index + m[0].length;
      const cur = text.slice(lineStart, m.index).trim();
      const from = m.index + m[0].length;
      const nl = text.indexOf('\n', from);
      while (nextHard >= 0 && nextHard < from) nextHard = text.indexOf(HARD_BREAK, nextHard + 1);
      const hb = nextHard;
      const nextEnd = nl < 0 ? hb : hb < 0 ? nl : Math.min(nl, hb);
      const next = text.slice(from, nextEnd < 0 ? undefined : nextEnd).trim();
      lineNo++;
      if (cur.length === 0 || next.length === 0 || items?.[lineNo]) continue;
      // A line is full when it reaches the document's wrap width, or its block's when the next
      // word would not have fitted on it.
      const firstWord = firstWordLength(next);
      // ("1+ year of clinical experience …" opens an item as a word does.)
      // (Only a list typed one item per line asks: the test reads the whole logical line.)
      const endsLower = capitalLines && /\s\p{Ll}+$/u.test(cur);
      const nextItem =
        capitalLines &&
        !CONTINUES.test(cur) &&
        !RUNS_ON.test(cur) &&
        // (Short and not a sentence's end: a wrap's next line runs full, or ends the sentence: "… of new" / "HR services and ….")
        // ("… with the MDT" / "Knowledge of the Mental Health Act": after a name too, however long the line; a name's "of" is
        // an institution's, "Institute of …".)
        (CRITERION_OPENS.test(next) ||
          (ACRONYM_OPENS.test(next) && endsLower && next.length < blockMax * 0.7 && !/[.!?]$/.test(next)) ||
          ((opensSentence(next) || COUNT_OPENS.test(next)) &&
            (phys.length + 1 + firstWord <= blockMax ||
              (next.length >= blockMax * 0.7 && !/(?:^|\s)\p{Lu}\S*$/u.test(cur)) ||
              // (After a name, "… managed with Terraform" / "Contribute to code reviews, …": a sentence, no Title Case remainder;
              // after a lower-case word, a short one too: "… in an outpatient setting" / "Proficiency with Epic".)
              // ("… safeguarding procedures" / "Understanding of the NMC Code": after a name, "of" goes on a Title Case one.)
              ((next.length >= blockMax * 0.5 || endsLower || (gerundLines >= 3 && GERUND_OPENS.test(next))) &&
                (endsLower ? /^\S+\s+(?!and\b|&)\p{Ll}\S*\s+\S/u : /^\S+\s+(?!and\b|&|of\b)\p{Ll}\S*\s+\S/u).test(next)))));
      const printed = blockMax <= MAX_WIDTH;
      const fullInBlock = printed && blockMax >= 40 && phys.length >= blockMax * 0.7 && phys.length + 1 + firstWord > blockMax;
      const full =
        width > 0
          ? !nextItem && ((phys.length >= width * 0.7 && phys.length <= MAX_WIDTH) || fullInBlock)
          : !nextItem && fullInBlock && blockMax >= 50 && phys.length >= blockMax * 0.8 && !/[.!?:;]$/.test(phys) && !endsUnfinished(text, nl, next, blockMax);
      // A full line ending in a label ("… Work Place:", "… Experience: Qualification:") goes on
      // with its value; a heading with a colon is a short line of a few words.
      const label =
        /:$/.test(phys) && width > 0 && full && (phys.split(/\s+/).length > 6 || /[.,;:\u00b7\u2022]\s/.test(phys) || phys.length + 1 + firstWord > blockMax);
      const wraps = full && (!TERMINAL.test(phys) || label);
      let marker = detectMarker(next, lost);
      const inlineMarker = marker !== null && full && (markerRunsInline(marker, text, lost) || (marker.marker === '+' && /\d\)?$/.test(phys)));
      if (inlineMarker) marker = null;
      // A dash that starts the next line of a full, unfinished line is punctuation, not a bullet.
      const dashContinues =
        marker !== null && /^[-\u2013\u2014]$/.test(marker.marker) && width > 0 && full && !/[.!?:;]$/.test(cur) && detectMarker(cur, lost) === null;
      // ("RESPONSIBILITY FOR POLICIES AND SERVICE DEVELOPMENT" / "Comment on …": a line in capitals before one in sentence
      // case is a heading, however full; a paragraph wrapped in capitals goes on in capitals.)
      const shoutedHeading = wraps && cur.length <= 80 && /^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(next) && isShouted(cur.replace(PLACEHOLDER, ''));
      if (shoutedHeading || (marker && !dashContinues) || /^#{1,6}\s/.test(next) || isSubheading(cur, next, headings) || endsHeading(cur, next, headings) || (!wraps && detectMarker(cur, lost) && cur.length < 40 && !/^\p{Ll}/u.test(next))) continue;
      // A short lowercase line after a finished sentence is a caption or a label, not its continuation.
      const startsLower = /^\p{Ll}/u.test(next) && !(/[.!?]$/.test(cur) && next.split(/\s+/).length <= 6 && !/[.!?,;:]/.test(next));
      const hyph = cur.endsWith('-') ? /(\p{L}+)-$/u.exec(cur) : null;
      if (hyph && /^\p{L}/u.test(next)) {
        const second = /^[\p{L}]+/u.exec(next)![0];
        const joined = (hyph[1] + second).toLowerCase();
        vocabulary ??= docWords(doc);
        // English has a dictionary to ask, and a full line cut inside a word the dictionary lacks
        // ("predom-" "inently", "micros-" "ervices") leaves a part that is no word: a fragment of
        // six letters or more, or the second half (shorter first parts may be prefixes, "multi-").
        // Other languages hyphenate at line ends far more often than they break a compound
        // there, so there the hyphen goes unless the text spells it so.
        english ??= isEnglish(text);
        const cutWord = full && hyph[1].length >= 2 && second.length >= 2 && ((hyph[1].length >= 6 && !isDictionaryWord(hyph[1])) || !isDictionaryWord(second));
        const undo =
          hyphenation &&
          /^\p{Ll}/u.test(second) &&
          !vocabulary.has(`${hyph[1]}-${second}`.toLowerCase()) &&
          (vocabulary.has(joined) || (english ? isDictionaryWord(joined) || cutWord : hyph[1].length >= 2 && second.length >= 2));
        const dash = m.index - 1;
        edits.push(
          undo
            ? { start: dash, end: m.index + m[0].length, after: '', rule: 'layout.hyphenation' }
            : { start: m.index, end: m.index + m[0].length, after: '', rule: 'layout.line-join' },
        );
        continue;
      }
      // "Deadline: December 15" under a long "Duties: …" line: a field of its own, as the lines before it.
      if (FIELD_LINE.test(next) && FIELD_LINE.test(cur) && !CONTINUES.test(cur)) continue;
      const join =
        startsLower ||
        inlineMarker ||
        ENDS_IN_EXAMPLE_CUE.test(cur) ||
        // Closing punctuation never opens a line (but ". NET" may be a word).
        /^[.,;:!?)\]]+$/.test(next) ||
        (full && /^[.,;:!?)\]](?:\s|$)/.test(next)) ||
        (full && !TERMINAL.test(cur)) ||
        // (A line closed by a bracket, then one that opens like a sentence, are two: "… (Flink, Druid)" / "Contributions to …";
        // in English lines not wrapped at a width, so is any capital: "… (within 30 days of hire)" / "CPR certification".)
        (full && /^(?:[\p{Lu}\p{N}[("\u201c\u2018']|<\p{Lu})/u.test(next) && (!/:$/.test(cur) || label) && !(/\)$/.test(cur) && ((width === 0 && (english ??= isEnglish(text))) || opensSentence(next)))) ||
        // "What we're looking for" ends in "for" as a heading, not as a wrapped sentence (before "5+ years …" too).
        (CONTINUES.test(cur) && !/^\p{Lu}\p{Ll}*:/u.test(next) && !(/^[\p{Lu}\p{N}]/u.test(next) && isKnownHeading(cur, headings)));
      if (join) edits.push({ start: m.index, end: m.index + m[0].length, after: ' ', rule: 'layout.line-join' });
    }
    b.et.apply(edits);
  }
}
