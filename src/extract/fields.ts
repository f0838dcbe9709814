// A posting's labelled lines: a job board's fields ("Experience level:" / "Senior") and tag lines ("Tech stack: reactjs node.js").
import { addMention, type ItemContext } from './context.js';

/** A job board's field label on the line before a value ("Company size:" / "51-200 people"); "The role: Supporting …" is prose. */
const FIELD_LABEL = /(?:^|\s)(?<!\b(?:the|this|our|your|a|an)\s)(experience level|seniority(?: level)?|company size|company type|job type|employment type|industry|role|contract type)\s*:\s*$/i;

/**
 * The value of a posting's field: the seniority asked for is a qualification ("Experience level:" /
 * "Senior Lead"); company size, job type, industry or role name nothing the candidate needs.
 */
export function fieldValue(ctx: ItemContext): boolean {
  const label = FIELD_LABEL.exec(ctx.docText.slice(Math.max(0, ctx.item.start - 40), ctx.item.start));
  if (!label || ctx.text.split(/\s+/).length > 5) return false;
  if (/^(?:experience|seniority)/i.test(label[1])) addMention(ctx, 'qualification', 0, ctx.text.length, ctx.text, 0.7);
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

