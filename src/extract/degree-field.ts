// The field of study written after a degree's name ("BSc in Nursing", "BA/BSc Degree in Social Sciences and related fields").
import { namesWhole, type LexiconIndex } from './lexicon.js';

/**
 * The field after the degree named up to `from` in `text`, as its subject alone (see studyField), or undefined: "in" or
 * "of" (or a dash) and the words up to a related-field tail, a clause or a stop; eight words at most.
 */
export function fieldAfter(text: string, from: number, lex: LexiconIndex): string | undefined {
  const after = text.slice(from + otherDegreesAfter(text, from, lex));
  const fm =
    /^\s*(?:degree|diploma|qualification)?\s*(?:in|of)\s+(.+?)(?:,?\s+(?:or|and)\s+(?:in\s+)?(?:a\s+|any\s+|other\s+)*(?:related|equivalent|similar|relevant|comparable)\b.*|\s*[;.(]|\s+(?:preferred|required|desirable|is|or equivalent|from|and (?:at least|an?|the|\d))\b|$)/iu.exec(after) ??
    /^\s*[–—-]\s*(.+?)(?:\s+(?:preferred|required|desirable)\b.*|[;.(]|$)/u.exec(after);
  const field = fm && !/^(?:any|a|an)\b/i.test(fm[1]) ? studyField(fm[1]) : undefined;
  return field && field.split(/\s+/).length <= 8 ? field : undefined;
}

/**
 * How many characters after a degree's name name other degrees offered with it ("BA/BSc Degree in …", "Bachelor's or
 * master's degree in …", "BSc/Diploma in Nursing"): the field that follows them is the first one's too.
 */
function otherDegreesAfter(text: string, from: number, lex: LexiconIndex): number {
  let at = from;
  for (let m; (m = OTHER_DEGREE.exec(text.slice(at))); at += m[0].length) {
    const name = m[1];
    if (!namesWhole(lex.degrees, name) && !namesWhole(lex.degreesExact, name)) break;
  }
  return at - from;
}
const OTHER_DEGREE = /^\s*(?:\/|,|or\b|and\b|&)\s*(?:an?\s+)?([\p{L}][\p{L}.'’]*)/u;

/**
 * A degree's field as written after "in", without the words around the subject: "the area of computer science" →
 * "computer science", "physiotherapy degree" → "physiotherapy", "Computer Science good written and spoken English" (a
 * line that lost its commas) → "computer science"; none for a field that is no subject ("relevant field of study",
 * "the same fields").
 */
function studyField(written: string): string | undefined {
  const field = written
    .toLowerCase()
    .replace(FIELD_RUN_ON, '')
    .replace(/(?:\s*,)+/g, ',')
    .replace(/^(?:the|a|an)\s+(?:(?:area|field|domain|discipline)s?\s+of\s+)?/, '')
    .replace(/(?:\s+(?:field|fields|area|discipline|domain)(?:\s+of\s+study)?|\s+(?:degree|diploma))+$/, '')
    .replace(/[\s,.]+(?:(?:and|or|&)\s*)?$/, '')
    .trim();
  return field === '' || NO_SUBJECT.test(field) ? undefined : field;
}
/** Where a field runs on into the next requirement or a clause: "… and we imagine you …", "… good written English". */
const FIELD_RUN_ON = /\s+(?:(?:and|but)\s+(?:we|you|i|they)\b|(?:good|excellent|strong|fluent|proven|solid|sound|very)\s).*$/;
/** A field that names no subject. */
const NO_SUBJECT = /^(?:(?:any|a|an|the)\s+)?(?:relevant|related|similar|same|equivalent|appropriate|other|comparable|field|fields|area|discipline)\b/;

