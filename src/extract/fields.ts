// A posting's labelled lines: a job board's fields ("Experience level:" / "Senior") and tag lines ("Tech stack: reactjs node.js").
import { addMention, type ItemContext } from './context.js';

/**
 * A job board's field label before a value ("Company size:" / "51-200 people"), on a line of its own without its
 * colon too ("Seniority level" / "Mid-Senior level"); "The role: Supporting …" is prose.
 */
const FIELDS = 'experience level|seniority(?: level)?|company size|company type|job type|employment type|industry|industries|job functions?|role|contract type';
/** Fields that describe the employer or the contract, whose value is never prose about the job: a list of any length ("Cloud Computing Cloud Services Software Development / Engineering"). */
const DESCRIPTIVE_FIELD = /^(?:company|industr|job (?:type|function)|employment|contract)/i;
const FIELD_LABEL = new RegExp(String.raw`(?:(?:^|\s)(?<!\b(?:the|this|our|your|a|an)\s)(${FIELDS})\s*:|(?:^|\n)[ \t]*(${FIELDS}))\s*$`, 'i');
/** A job board's seniority levels ("Mid-Senior level", "Entry level"): what "Experience:" asks when it names one. */
const SENIORITY = String.raw`(?:Internship|Entry[- ][Ll]evel|Associate|Mid-Senior[- ][Ll]evel|Mid[- ][Ll]evel|Senior[- ][Ll]evel|Junior|Senior|Director|Executive)`;
const SENIORITY_VALUE = new RegExp(String.raw`^${SENIORITY}$`, 'i');
const EXPERIENCE_LABEL = /(?:^|\n)[ \t]*experience\s*:?\s*$/i;
/** "Location Gråsten Experience Mid-Senior Level Employment Type Full-Time": a job board's fields run together on one line. */
const SENIORITY_IN_FIELDS = new RegExp(String.raw`\bExperience:?\s+(${SENIORITY})(?=\s+(?:Employ\w*|Job|Industry|Location|Contract)\b|\s*$)`);

/**
 * The value of a posting's field: the seniority asked for is a qualification ("Experience level:" /
 * "Senior Lead", "Experience:" / "Mid-Senior Level"); company size, job type, industry or role name nothing the
 * candidate needs.
 */
export function fieldValue(ctx: ItemContext): boolean {
  const before = ctx.docText.slice(Math.max(0, ctx.item.start - 40), ctx.item.start);
  const inline = SENIORITY_IN_FIELDS.exec(ctx.text);
  if (inline) {
    const at = inline.index + inline[0].length - inline[1].length;
    addMention(ctx, 'qualification', at, at + inline[1].length, inline[1], 0.7);
    return true;
  }
  const label = FIELD_LABEL.exec(before);
  const seniority = SENIORITY_VALUE.test(ctx.text.trim());
  if (!(label || (seniority && EXPERIENCE_LABEL.test(before)))) return false;
  const name = label ? (label[1] ?? label[2]) : 'experience';
  if (ctx.text.split(/\s+/).length > (DESCRIPTIVE_FIELD.test(name) ? 12 : 5)) return false;
  if (/^(?:experience|seniority)/i.test(name)) addMention(ctx, 'qualification', 0, ctx.text.length, ctx.text, 0.7);
  return true;
}

/**
 * "Technologies java java-ee spring", "Tech stack: reactjs node.js": a label, then one tag per
 * technology (at most 12), each whole word after a space. Written as words between spaces: with the
 * space optional after each tag (`(?:[…][…]*\s*){1,12}`), a long line that began with a label and
 * was no tag line ("Technologies along with the development of …") was tried split in every way
 * into 12 pieces before failing, 30–240 ms a line; this form fails in one pass and matches the same lines.
 */
const TAG_LINE = /^(?:technologies|tech(?:nology)? stack|stack|tools)\s*:?\s+([\p{L}\p{N}][\p{L}\p{N}.+#/-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}.+#/-]*){0,11}\s*)$/iu;

export function tagLine(ctx: ItemContext): boolean {
  const m = TAG_LINE.exec(ctx.text);
  if (!m) return false;
  const tag = /\S+/gu;
  tag.lastIndex = m[0].length - m[1].length;
  for (let t = tag.exec(ctx.text); t; t = tag.exec(ctx.text)) addMention(ctx, 'knowledge', t.index, t.index + t[0].length, t[0], 0.8);
  return true;
}

