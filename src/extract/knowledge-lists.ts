// The items of a list of things known ("knowledge of HTML, CSS and JavaScript", "tools such as Jira or Confluence"),
// one span each, and the names given as examples of a skill or a subject.
import { isDictionaryWord } from '../clean/words.js';
import { addMention, matches, type ItemContext } from './context.js';
import { gluesCapitals } from './glued-pair.js';
import { isKnowledgeTerm } from './lexicon.js';
import { isLawName, LAW_NAME, twoActs } from './laws.js';

/** Cues that name examples of what was just named ("Microsoft Office, particularly Excel"); EXAMPLE_CUE adds those of a preferred one ("ideally", "preferably"). */
export const NAMING_CUE = String.raw`such as|e\.?g\.?|for example|like|particularly|especially|notably|in particular|including|with (?:an? |(?:a )?particular )?(?:emphasis|focus) on`;

export const EXAMPLE_CUE = `${NAMING_CUE}|ideally|preferably`;

// (a preposition after the cue belongs to it: "especially with MS Word", "particularly in Excel")
// ("(e.g. Word)": the cue inside the bracket too.)
const EXAMPLE_LEAD = new RegExp(String.raw`^[\s,]*(?:\(\s*(?:(?:${EXAMPLE_CUE})[,:]?\s+)?|(?:${EXAMPLE_CUE})(?:\s+(?:with|in|on|of|for)\b)?)\s*`, 'i');

/** Named examples after a skill: "(Word, Excel, PowerPoint)", "including Word, Excel and Outlook", ", particularly in Excel,", "are required, including …". */
const SKILL_EXAMPLES = new RegExp(
  String.raw`^\s*(?:\(\s*(?:(?:e\.?g\.?|such as|including|especially|particularly)[,:]?\s+)?([^()]{1,80})\)|(?:\s+(?:is|are)\s+(?:(?:also|highly|absolutely)\s+)?(?:required|essential|desirable|preferred|needed|necessary|important|expected|a must))?,?\s+(?:(?:ideally|preferably)\s+)?(?:${EXAMPLE_CUE})\s+(?:in\s+)?(?:(?:the\s+)?use\s+of\s+)?([^;.()]{1,80}?)(?=\s*(?:$|[;.(]|,?\s+(?:is|are|would|will|to|and (?:be|have|a|an|the))\b|,\s+\p{Ll})))`,
  'u', // case-sensitive: a lower-case word after a comma ends the examples
);

/**
 * "Good IT skills including Word, Excel and Outlook": tools named as examples of a skill are knowledge of their own
 * (mentions.md). Only names (each part capitalised, a few words): "communication skills, such as listening" gives none.
 */
const ACRONYM_RUN = /^\p{Lu}[\p{Lu}\d]+(?:\s+\p{Lu}[\p{Lu}\d]+)+$/u;

export function skillExamples(ctx: ItemContext, end: number, confidence: number, known?: (name: string) => boolean): number {
  const { text } = ctx;
  const m = SKILL_EXAMPLES.exec(text.slice(end));
  if (!m) return 0;
  const body = (m[1] ?? m[2]).replace(/,?\s*(?:(?:or|and) (?:similar|equivalent|other|others)\b.*|etc\.?)\s*$/i, '').replace(/[\s,]+$/, '');
  const from = end + m[0].indexOf(body);
  const to = from + body.length;
  const parts = listItems(ctx, from, to);
  // One example without separators is one name of a word or two; "(Python Perl Unix SQL etc)" is a list whose commas were lost.
  if (parts.length === 0 && body.split(/\s+/).length > 2) return 0;
  const spans = parts.length > 0 ? parts : [[from, to] as [number, number]];
  // ("such as TCP/IP VPN DNS DHCP": acronyms run together are a list whose commas were lost too; "including VLOOKUPs and
  // pivot tables": a subject the lexicon knows is an example in lower case too.)
  const named = (x: string) => /^[\p{Lu}\d]/u.test(x) || isKnowledgeTerm(x, ctx.lex);
  if (!spans.every(([a, b]) => named(text.slice(a, b)) && text.slice(a, b).split(/\s+/).length <= 4 && !ACRONYM_RUN.test(text.slice(a, b)))) return 0;
  // (`known`: at least one of them must be a name the caller knows.)
  if (known && !spans.some(([a, b]) => known(text.slice(a, b)))) return 0;
  let n = 0;
  for (const [a, b] of spans) if (addMention(ctx, 'knowledge', a, b, text.slice(a, b), confidence - 0.05)) n++;
  return n;
}

/** "(Manhattan, SAP EWM or similar)", "such as Gainsight": each name given as an example. */
export function exampleNames(ctx: ItemContext, a: number, b: number, confidence: number): number {
  const inner = EXAMPLE_LEAD.exec(ctx.text.slice(a, b));
  const from = a + (inner ? inner[0].length : 0);
  const body = ctx.text.slice(from, b).replace(/\)?\s*$/, '');
  const names = /,?\s*(?:or|and) (?:similar|equivalent|other|others)\b.*$|,?\s*etc\.?\s*$/i.exec(body);
  const end = from + (names ? names.index : body.length);
  const parts = listItems(ctx, from, end, true);
  let n = 0;
  for (const [x, y] of parts.length > 0 ? parts : [[from, end] as [number, number]]) {
    // ("e.g. <ORGANIZATION> <ORGANIZATION>": a placeholder a redacted posting left is no name.)
    if (/[<>]/.test(ctx.text.slice(x, y))) continue;
    if (addMention(ctx, 'knowledge', x, y, ctx.text.slice(x, y), confidence - 0.05)) n++;
  }
  return n;
}

/** A generic head noun ("procedures", "principles", "tools"): it names a knowledge only with what it is of. */
export const GENERIC_HEAD =
  /^(?:best\s+)?(?:procedures|principles|practices?|policies|guidelines|standards|protocols|regulations|processes|methods|methodologies|techniques|concepts|theory|theories|tools|libraries|frameworks|systems|applications|resources)$/i;

/** The names of a coordinated list ("TypeScript, React and Node.js"), when every one is short; else nothing. */
export function listItems(ctx: ItemContext, from: number, end: number, examples = false): [number, number][] {
  // ("SPSS, Stata etc": the list ends before "etc".)
  const s = ctx.text.slice(from, end).replace(/,?\s+etc\.?\s*$/i, '');
  const parts: [number, number][] = [];
  // ("Building Regulations, CDM and health and safety requirements": a term the lexicon writes with "and" is one part;
  // so is a law's name, "the Health and Safety at Work Act 1974 and COSHH".)
  const laws = matches(LAW_NAME, s).filter((t) => !twoActs(t[0]));
  const terms = [...matches(ctx.lex.knowledgeTerms, s), ...laws].filter((t) => /\s(?:and|&)\s/.test(t[0]));
  let at = 0;
  for (const m of s.matchAll(/\s*,\s*(?:and\s+|or\s+)?|(?<=[\p{L}\p{N}])\s*\/\s*(?=[\p{L}\p{N}])|\s+(?:and|or|and\/or|&)\s+/gu)) {
    if (terms.some((t) => t.index < m.index! && m.index! < t.index + t[0].length) || gluesCapitals(s, m)) continue;
    parts.push([at, m.index ?? 0]);
    at = (m.index ?? 0) + m[0].length;
  }
  parts.push([at, s.length]);
  const raw = parts
    .map(([a, b]) => {
      while (a < b && /\s/.test(s[a])) a++;
      while (b > a && /\s/.test(s[b - 1])) b--;
      return [a, b] as [number, number];
    })
    .filter(([a, b]) => b > a);
  // ("email and the internet": a last part with its own article shares nothing with the words before it.)
  const ownArticle = raw.length > 1 && /^(?:the|a|an)\s/i.test(s.slice(...raw[raw.length - 1]));
  const trimmed = raw
    // "the Mental Health Act 1983 and the Mental Capacity Act 2005": a name keeps no determiner of its own, nor does a
    // subject after the first ("email and the internet").
    .map(([a, b], i) => {
      // ("Python, R or another statistical programming language": the last is a subject of its own.)
      const det = (i > 0 ? /^(?:the\s+|(?:another|any other)\s+)/u : /^(?:the\s+(?=\p{Lu})|(?:another|any other)\s+)/u).exec(s.slice(a, b));
      // "Cognitive Behavioural Therapy (CBT)": the name without its abbreviation.
      const abbreviation = /\s*\(\p{Lu}{2,8}s?\)$/u.exec(s.slice(a, b));
      return [det ? a + det[0].length : a, abbreviation ? b - abbreviation[0].length : b] as [number, number];
    });
  if (trimmed.length < 2) return [];
  // "spoken and written English", "verbal, written or spoken", "standards and guidelines for GBV programming":
  // lone lower-case words share the last part's noun or complement, unless commas list them among longer
  // names ("auditing, internal audit standards and fraud awareness" is a list of three).
  // (Examples given after "such as" are each one: "statistical packages such as stata, spss or r".)
  // (Unless each is a word of no language, a name: "dbt and Airflow".)
  // (A language written in lower case is a name: "a good command of english and basic computer literacy".)
  const loneWords = trimmed.slice(0, -1).filter(([a, b]) => /^\p{Ll}[\p{Ll}-]*$/u.test(s.slice(a, b)) && !ctx.lex.languages.has(s.slice(a, b)));
  const lone = loneWords.every(([a, b]) => /^\p{Ll}+$/u.test(s.slice(a, b)) && !isDictionaryWord(s.slice(a, b))) ? 0 : loneWords.length;
  if (lone > 0 && !ownArticle && (lone === trimmed.length - 1 || !s.includes(',')) && !(examples && s.includes(','))) return [];
  // "infection prevention and control", "risk assessment and management": one lower-case word after "and" is a second
  // head of the compound before it (sharing "infection"), not a subject of its own.
  const [first, last] = [trimmed[0], trimmed[trimmed.length - 1]];
  if (trimmed.length === 2 && !s.includes(',') && /^\p{Ll}+$/u.test(s.slice(...last)) && /^\p{Ll}+\s+\p{Ll}+(?:tion|ment|ance|ence|sis)$/u.test(s.slice(...first))) return [];
  // "NHS policies and procedures", "Cloud/Distributed architecture and principles": a last part that is only a generic
  // head noun shares the modifier of the part before it, and stays with it.
  if (GENERIC_HEAD.test(s.slice(...trimmed[trimmed.length - 1]))) {
    const [last] = trimmed.splice(-1, 1);
    trimmed[trimmed.length - 1] = [trimmed[trimmed.length - 1][0], last[1]];
    if (trimmed.length < 2) return [];
  }
  // "English and Amharic languages", "English and Nuer language": languages named before the noun they share are a
  // language each (mentions.md), the noun left out.
  const tongue = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?=\s+languages?$)/u.exec(s.slice(...trimmed[trimmed.length - 1]));
  if (tongue && trimmed.slice(0, -1).every(([a, b]) => /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u.test(s.slice(a, b)))) {
    const last = trimmed[trimmed.length - 1];
    trimmed[trimmed.length - 1] = [last[0], last[0] + tongue[0].length];
    return trimmed.map(([a, b]) => [from + a, from + b]);
  }
  // "Linux and Windows networking", "iOS and Android development": two names before one lower-case head share it.
  if (trimmed.length === 2 && /^\p{Lu}[\p{L}\p{N}+#.-]*$/u.test(s.slice(...trimmed[0])) && /^\p{Lu}[\p{L}\p{N}+#.-]*(?:\s+\p{Ll}[\p{Ll}-]*){1,2}$/u.test(s.slice(...trimmed[1]))) return [];
  // "safeguarding children and adults": the nouns after a gerund's object are its objects too (a name is not: "eating
  // disorders and the Mental Health Act"; nor is a noun in -ing: "accounting principles and tax legislation").
  const gerund = /^(\p{Ll}+ing)\s/u.exec(s.slice(...trimmed[0]));
  if (gerund && !ctx.lex.nounGerunds.has(gerund[1]) && trimmed.slice(1).some(([a, b]) => !/^\p{L}+ing\b|^\p{Lu}/u.test(s.slice(a, b)))) return [];
  // Names, not a phrase: a few words each, none opening with a word that continues a sentence or names an
  // alternative ("SAP or equivalent", "Windows 10 or later").
  const ok = trimmed.every(([a, b]) => {
    const w = s.slice(a, b).split(/\s+/);
    return (w.length <= 4 || isLawName(s.slice(a, b))) && !/^(?:the|a|an|your|our|their|its|his|her|to|of|in|on|for|with|how|what|which|who|be|is|are|have|has|other|related|similar|equivalent|comparable|higher|later|above|newer|etc)$/i.test(w[0]);
  });
  return ok ? trimmed.map(([a, b]) => [from + a, from + b]) : [];
}
