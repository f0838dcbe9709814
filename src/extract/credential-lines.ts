// A line of a list of credentials (an education section: "Qualifications" over "Essential" / "Desirable", "Education")
// that only names something: "Prince2 Foundation", "Advanced Life Support (ALS) provider", "RSA III typing or
// equivalent". Such a list asks for what the candidate holds, so the name is one qualification, not knowledge.
import { addMention, type ItemContext } from './context.js';

/** "… or equivalent", "(or equivalent qualification)", "or above": what a credential may be swapped for, no part of it. */
const EQUIVALENT_TAIL = /[\s,]*\(?\s*(?:or\s+(?:an?\s+)?(?:equivalent|similar|higher|above)(?:\s+(?:qualifications?|experience|level))?)\s*\)?[.;]?\s*$/i;

/** Words after a name that say which credential in it: a level, an award, who holds it. */
const CREDENTIAL_WORD = /^(?:provider|practitioner|foundation|advanced|intermediate|certificate|certification|certified|accredited|accreditation|trained|qualified|qualification|award|diploma|licen[cs]e|level|stage|part|module|\d+|[IVX]+)$/i;

/** Words after a name that make it a need of another kind: "Microsoft Office skills", "SystmOne experience". */
const OTHER_NEED = /^(?:skills?|knowledge|experience|awareness|understanding|literacy|proficiency|competen(?:ce|cy|cies)|abilit(?:y|ies)|users?|user)$/i;

/** A word after the name that belongs to the credential: a credential word, a capitalised one, an acronym in brackets. */
const credentialPart = (w: string) => !OTHER_NEED.test(w) && (CREDENTIAL_WORD.test(w) || /^\(?\p{Lu}[\p{L}\p{N}&-]*\)?$/u.test(w));

/**
 * A name as a credential's is written: opening with an acronym or a word with a digit ("RSA III typing", "Prince2"),
 * or capitalised word by word ("Advanced Life Support"). "Project management" names a subject.
 */
const PROPER_NAME = /^(?:\p{Lu}[\p{Lu}\d]+|\p{L}+\d[\p{L}\d]*)(?![\p{L}\d])|^\p{Lu}[\p{L}-]*(?:\s+(?:of|and|&|in|for)?\s*\p{Lu}[\p{L}-]*)+$/u;

/** Makes the line's one knowledge mention the qualification the whole line names, when the line says nothing else. */
export function credentialLine(ctx: ItemContext): void {
  if (ctx.section.kind !== 'education' || !ctx.listLike || ctx.out.length === 0) return;
  // (One name, which two rules may both have found.)
  const [name] = ctx.out;
  if (name.kind !== 'knowledge' || ctx.lex.languages.has(name.normalized) || ctx.out.some((m) => m.kind !== name.kind || m.start !== name.start || m.end !== name.end)) return;
  if (name.start !== ctx.item.start || !PROPER_NAME.test(name.text)) return;
  const tail = EQUIVALENT_TAIL.exec(ctx.text);
  const end = tail ? tail.index : ctx.text.replace(/[\s.;]+$/, '').length;
  const rest = ctx.text.slice(Math.min(name.end - ctx.item.start, end), end).trim();
  const words = rest ? rest.split(/\s+/) : [];
  if (words.length > 3 || !words.every(credentialPart)) return;
  const span = ctx.text.slice(0, end);
  ctx.out = [];
  addMention(ctx, 'qualification', 0, end, span, name.confidence, { qualification: { certification: span.toLowerCase() } });
}
