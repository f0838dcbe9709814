import type { CleanBlock, CleanDocument, SectionKind } from '../types.js';
import type { HeadingIndex } from './lexicon.js';

export interface TitleFound {
  title: string;
  /** The block the title was read from, or -1. */
  blockIndex: number;
}

/**
 * The posting's job title: a "Job Title:" field; else an early line that names a job ("DEVOPS
 * ENGINEER – CLOUD PLATFORM"); else the first heading the lexicon does not classify; else the first
 * short line; else the subject of an opening "X is a …" sentence.
 */
export function findTitle(
  doc: CleanDocument,
  blocks: CleanBlock[],
  field: string | undefined,
  headings: { text: string; kind: SectionKind | null; blockIndex: number }[],
  index: HeadingIndex,
): TitleFound {
  if (field) return { title: field, blockIndex: -1 };
  // A posting of one line or sentence ("Degree in Computer Science or related field") is what it asks, not
  // a title over nothing.
  if (blocks.length === 1 && headings.length === 0 && !index.namesRole(blocks[0].text)) return { title: '', blockIndex: -1 };
  const firstBody = blocks.findIndex((b) => b.kind !== 'heading' && b.text.trim().split(/\s+/).length > 12);
  const early = (i: number) => firstBody < 0 || i < firstBody;
  const classified = (i: number) => headings.some((h) => h.blockIndex === i && h.kind !== null);
  // A line under what the post asks or offers ("Requirements:" / "Solid experience with Python …") is that section's, no title.
  const firstSection = headings.find((h) => h.kind !== null && SECTION_KINDS.has(h.kind))?.blockIndex ?? -1;
  const beforeSections = (i: number) => firstSection < 0 || i < firstSection;
  const shortLine = (b: CleanBlock) => {
    const t = b.text.trim();
    const words = t.split(/\s+/).length;
    // "Deadline: 15 September": a field, whatever its value.
    return (b.kind === 'paragraph' || b.kind === 'heading') && words <= 10 && !/[.!?:;,]$/.test(t) && !/^[^:]{2,30}:\s/.test(t) && /^[\p{Lu}\p{Lo}]/u.test(t);
  };
  // The value under a label ("Experience level:" / "Mid-Level Senior Lead", a job board's "Role:" / "System
  // Administrator") is that field's; only a label that says "title" gives the title.
  const labelled = (i: number) => i > 0 && /^[^:：]{1,40}[:：]\s*$/.test(blocks[i - 1].text.trim()) && !/\btitle\b/i.test(blocks[i - 1].text);
  for (let i = 0; i < Math.min(blocks.length, 6); i++) {
    const named = index.namesRole(blocks[i].text) || GENDER_NOTE.test(blocks[i].text);
    if (early(i) && beforeSections(i) && shortLine(blocks[i]) && !classified(i) && named && !labelled(i)) return { title: beforePlaceholder(blocks[i].text) || blocks[i].text.trim(), blockIndex: i };
  }
  // An article's opening "Account Manager: job responsibilities. What does …".
  const lead = /^([\p{Lu}][\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4})\s*:\s/u.exec(blocks[0]?.text ?? '');
  if (lead && index.namesRole(lead[1])) return { title: lead[1], blockIndex: -1 };
  // An anonymized posting's title line, "Frontend Engineer (f/m/d) <ORGANIZATION> <LOCATION> Date
  // posted: …" (under a header line, maybe): the title is what comes before the first placeholder.
  for (let i = 0; i < Math.min(blocks.length, 3); i++) {
    const title = beforePlaceholder(blocks[i].text);
    if (title && !PROSE_START.test(title) && index.namesRole(title)) return { title, blockIndex: -1 };
  }
  // "Job type:" over its value is a field's name, not a title.
  const heading = headings.find((h) => h.kind === null && early(h.blockIndex) && beforeSections(h.blockIndex) && !isAllCapsBanner(h.text) && !/[:：]\s*$/.test(blocks[h.blockIndex]?.text ?? ''));
  if (heading) return { title: heading.text, blockIndex: heading.blockIndex };
  for (let i = 0; i < Math.min(blocks.length, 6); i++) {
    if (shortLine(blocks[i]) && beforeSections(i) && !isAllCapsBanner(blocks[i].text) && !classified(i) && !PLACE_AFTER.test(blocks[i].text) && !PROSE_START.test(blocks[i].text.trim()) && !labelled(i)) return { title: blocks[i].text.trim(), blockIndex: i };
  }
  const m = /^\s*([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,4})\s+(?:is|are)\s+(?:a|an|the)\s/u.exec(doc.text.slice(0, 300));
  return { title: m && !PROSE_START.test(m[1]) ? m[1] : '', blockIndex: -1 };
}

/**
 * The company from the line under the title ("Nordline Haulage – Rotterdam – full time",
 * "Kestrel Logistics | Manchester | Hybrid"): its first part, when the line is split that way.
 */
export function companyUnderTitle(blocks: CleanBlock[], titleIndex: number, index: HeadingIndex): string {
  const next = blocks[titleIndex + 1];
  if (titleIndex < 0 || !next || next.kind === 'list-item') return '';
  const t = next.text.trim();
  const words = t.split(/\s+/).length;
  // "Employee Contract Type: Local - Fixed Term": a field line, not a name.
  if (words > 14 || /[:：]/.test(t)) return '';
  // "Pennine Valley NHS Foundation Trust" alone on its line.
  if (words <= 8 && /^[\p{Lu}\p{N}]/u.test(t) && index.namesOrganisation(t) && !index.namesRole(t)) return t.replace(/[.,;:]+$/, '');
  const parts = t.split(/\s+[|·•–—-]\s+|\s*\|\s*/);
  if (parts.length < 2) return '';
  const first = parts[0].trim();
  return first.split(/\s+/).length <= 5 && /^[\p{Lu}\p{N}]/u.test(first) && !index.namesRole(first) ? first : '';
}

/** Sections of what the post asks, holds or offers: the title comes before the first of them. */
const SECTION_KINDS = new Set<SectionKind>(['responsibilities', 'requirements', 'skills', 'education', 'experience', 'benefits', 'apply', 'legal', 'rights']);

/** "(m/f/d)", "(w/m/d)", "(f/m/x)": only a job title carries this note. */
const GENDER_NOTE = /\((?:[mwfdxh]\s*\/+\s*){2,}[mwfdxh]?\)/i;

/** A sentence, not a name: "You are a …", "Our team of …", "As Account Manager in <ORGANIZATION> you …". */
const PROSE_START = /^(?:you|your|we|our|they|their|it|this|these|there|here|as|if|do|are|is)\b/i;

/** "Read more at <CONTACT>", "Working place is in <LOCATION>": a sentence about where, not a title. */
const PLACE_AFTER = /\b(?:at|in|on|to|from|via)\s+<[A-Z]+>/;

/** What the text before a placeholder ends with when the sentence goes on: "Full Stack Engineer at <ORGANIZATION>". */
const DANGLING_END = /(?:\s+(?:at|in|for|of|with|to|on|by|from|and|or|the|a|an|-|–|—|@))+\s*$/i;

/** The text before a line's first placeholder ("Frontend Engineer (f/m/d) <ORGANIZATION> …"), or ''. */
function beforePlaceholder(text: string): string {
  // "<ORGANIZATION> Cloud Services - Site Reliability Engineering Manager <ORGANIZATION>": the employer's placeholder first.
  const named = /^([^<>\n]{3,80}?)\s+\(?<[A-Z]+>/.exec(text.replace(/^(?:<[A-Z]+>\s*)+/, ''));
  return named ? named[1].replace(DANGLING_END, '').trim() : '';
}

/** An ALL CAPS line of a book or brand banner is not a job title. */
function isAllCapsBanner(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !/\p{Lo}/u.test(text);
}
