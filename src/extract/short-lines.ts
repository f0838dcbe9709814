// Short list lines under a needs heading that no pattern explains: the line names the skills, or a language.
import { addMention, OPTIONAL_TAIL, type ItemContext } from './context.js';
import type { LexiconIndex } from './lexicon.js';

/** "stress-steadiness and result orientation" → two skills; a longer phrase stays one. */
export function shortSkills(ctx: ItemContext): void {
  const text = ctx.text.replace(OPTIONAL_TAIL, '');
  // "e.g. dynaTrace AppDynamics" after a domain's label: examples of it, tools named (knowledge).
  const examples = EXAMPLES_LEAD.exec(text);
  if (examples) {
    if (examples[0].length < text.length) addMention(ctx, 'knowledge', examples[0].length, text.length, text.slice(examples[0].length), 0.6);
    return;
  }
  // Not a name: a clause ("… are key"), an article's start ("a curriculum vitae"), a cut phrase ("Level of").
  if (/\b(?:is|are|was|were|will|would|can|may|shall)\b(?!-)|^(?:a|an|the|no|any)\s|\b(?:of|in|on|for|to|with|these|those)$/i.test(text)) return;
  // "Professional qualifications", "Must be appropriately trained": a qualification no pattern could name is no skill.
  if (/\b(?:qualifications?|qualified|trained|training|certificates?|certifications?|certified|registration|registered)$/i.test(text)) return;
  // "Cisco ASA", "Relational DBs", "Cisco ASA & Nexus platforms": a line of names (with their joiners and a
  // platform word) is a tool or technology, and it is knowledge; a seniority or field value ("Senior",
  // "Full time", "51-200 people") is neither.
  if (!/(?:^|\s)\p{Ll}{3,}/u.test(text.replace(NAME_LINE_WORDS, ' '))) {
    if (/\p{Lu}{2,}|\p{Ll}\p{Lu}/u.test(text) && !/\d/.test(text)) addParts(ctx, 'knowledge', text, 0);
    return;
  }
  const mod = ctx.lex.modifiers.exec(text);
  // "BGP OSPF and other internal routing protocols", "Software engineering practices": a line that names an
  // acronym or a body of knowledge is knowledge, not a skill.
  const kind = /(?:^|\s)(?!IT\b)\p{Lu}{2,6}\d?(?=\s|$|[,/])/u.test(text) || KNOWLEDGE_HEAD.test(text) ? 'knowledge' : 'skill';
  addParts(ctx, kind, text, mod ? mod[0].length : 0);
}

const EXAMPLES_LEAD = /^(?:e\.\s?g\.?|i\.\s?e\.?|such as|for example|for instance|including)\s*[:,]?\s*/i;

const KNOWLEDGE_HEAD = /\s(?:protocols|practices|principles|methodologies|methods|frameworks|standards|regulations|legislation|technologies|languages)$/i;

/** Joiners and the platform words a line of tool names may hold ("… & Nexus platforms", "… and Routers"). */
const NAME_LINE_WORDS = /(?<=\s)(?:and|or|platforms?|tools?|frameworks?|libraries|servers?|databases?|protocols?)(?=\s|$)/g;

/** The line's mention, or one per part when each part is a short name ("stress-steadiness and result orientation"). */
function addParts(ctx: ItemContext, kind: 'skill' | 'knowledge', text: string, from: number): void {
  const parts: [number, number][] = [];
  const re = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/g;
  re.lastIndex = from;
  let at = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    parts.push([at, m.index]);
    at = m.index + m[0].length;
  }
  parts.push([at, text.length]);
  // "Dutch, German or Polish": alternatives for one requirement stay one mention.
  const alternatives = /\s(?:or|and\/or)\s/i.test(text);
  const split = !alternatives && parts.length > 1 && parts.every(([a, b]) => text.slice(a, b).trim().split(/\s+/).length <= 2);
  if (!split) {
    addMention(ctx, kind, 0, text.length, text.slice(from), 0.6);
    return;
  }
  parts.forEach(([a, b], i) => addMention(ctx, kind, i === 0 ? 0 : a, b, text.slice(a, b), 0.6));
}

const LANGUAGE_LEVEL = /^(?:(?:fluent|fluency in|good|very good|high|excellent|native|business|professional|spoken|written|oral|and|or|verbal|working|basic|proficient|conversational|level(?: of)?|command of)\s+)*/i;

/** "Fluent English", "verbal and written English language skills": the languages a phrase names after their level and mode, or null. */
export function languageNames(text: string, lex: LexiconIndex): { lead: number; names: string[] } | null {
  const lead = LANGUAGE_LEVEL.exec(text)?.[0].length ?? 0;
  const rest = text.slice(lead).replace(/(?:\s+(?:languages?|skills?))+$/i, '');
  const names = rest.split(/\s*(?:,|\/|\band\b|\bor\b|&)\s*/).filter(Boolean);
  return names.length > 0 && names.every((n) => lex.languages.has(n.toLowerCase())) ? { lead, names } : null;
}

/** "Fluent English", "Latvian is a plus": a spoken language is knowledge, named by the language. */
export function languageLine(ctx: ItemContext): boolean {
  const found = languageNames(ctx.text.replace(OPTIONAL_TAIL, '').replace(/[.;:]+$/, ''), ctx.lex);
  if (!found) return false;
  const { lead, names } = found;
  let at = lead;
  for (const n of names) {
    const i = ctx.text.indexOf(n, at);
    addMention(ctx, 'knowledge', i, i + n.length, n, 0.75);
    at = i + n.length;
  }
  return true;
}

