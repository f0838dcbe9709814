import type { Mention } from '../types.js';
import { capitalisedOnly, createIndexMatcher, type ConceptType, type NameMatch } from '../vocabulary/index.js';
import { addMention, guarded, matches, OPEN_TAIL_WORDS, respected, type ItemContext } from './context.js';
import { isDictionaryWord } from '../clean/words.js';
import { abbreviatesBefore, isAbbreviation, TOOL_KIND } from './knowledge.js';
import { EXAMPLE_CUE } from './knowledge-lists.js';
import { loadNameIndex } from './name-index.js';
import type { ExtractConfig } from './options.js';
import { perConfig } from '../per-config.js';
import { isKnowledgeTerm, namesWhole } from './lexicon.js';
import { gluedPairAround, gluesCapitals } from './glued-pair.js';
import { coordinatedNames, EXAMPLES_AFTER, namesKnowledge, OPENER, splitNameRuns } from './name-lists.js';

type VocabularyMatch = NameMatch<ConceptType>;

/**
 * A matcher over the reference vocabulary's names, for one document (its index is loaded once per
 * process). The rules and the tagger's features both read an item's names: its matches are kept per
 * item text, so each item is matched once.
 */
export interface Names {
  matcher: { match(text: string): VocabularyMatch[] };
  blocked: Set<string>;
  /** Whether a match is written as a proper name: as the vocabulary writes it ("Python", "SQL"; not "marketing"), or a word of no language with a capital ("PostgreSQL"). */
  proper(m: VocabularyMatch): boolean;
}

/** The vocabulary's names, and their matcher, one per config (the matcher's own memo holds only what the vocabulary's forms are). */
const indexes = perConfig((config: ExtractConfig) => (config.vocabulary ? loadNameIndex(config.vocabulary) : null));
const indexMatchers = perConfig((config: ExtractConfig) => {
  const index = indexes(config);
  return index ? createIndexMatcher(index) : null;
});

export function namesFor(config: ExtractConfig): Names | null {
  const matcher = indexMatchers(config);
  const surface = indexes(config)?.surface;
  if (!matcher || !surface) return null;
  const seen = new Map<string, VocabularyMatch[]>();
  const match = (text: string) => {
    let found = seen.get(text);
    if (!found) seen.set(text, (found = matcher.match(text)));
    return found;
  };
  // (The vocabulary keeps the written form of a short or an English word only, "SQL", "Python"; a word of no language
  // written with a capital is a name however the vocabulary writes it: "PostgreSQL", "MySQL".)
  const proper = (m: VocabularyMatch) => {
    const form = surface[m.key];
    return form !== undefined ? form === m.text || capitalisedOnly(m.text, form) : !m.key.includes(' ') && /\p{Lu}/u.test(m.text) && !isDictionaryWord(m.key);
  };
  return { matcher: { match }, blocked: new Set(config.filter.blocked), proper };
}

/**
 * Whether `ctx.text` from `a` to `b` is a tool's or a technology's name in the vocabulary ("CSS", "Java", "SQL"),
 * read with the words around it (a short acronym is a name only in context). Not "IT": the field, no tool.
 */
export function namesToolAt(ctx: ItemContext, a: number, b: number, opensItem = false): boolean {
  const matcher = indexMatchers(ctx.config);
  const name = ctx.text.slice(a, b).trim();
  // (Nor an activity, "Scripting skills", "Programming skills": a skill.)
  if (!matcher || name === '' || name === 'IT' || /ing$/i.test(name)) return false;
  const at = a + ctx.text.slice(a, b).indexOf(name);
  const from = Math.max(0, at - 30);
  // (A subject is a name only as written so: an acronym, a capital inside, or a capital between lower-case words; not
  // "Communication" opening a line or in a line of Title Case, "Strong Communication Skills".)
  // (`opensItem`: the word opens an item of a list, "…, Computer skills", whose capital says nothing.)
  const written =
    /^\p{Lu}{2,}|\p{Ll}\p{Lu}/u.test(name) || (!opensItem && /^\p{Lu}/u.test(name) && /[\p{Ll},]\s+$/u.test(ctx.text.slice(0, at)) && /^\s+\p{Ll}/u.test(ctx.text.slice(at + name.length)));
  // (A tool the lexicon knows, "Excel", "Word", which the vocabulary does not read alone: it is an English word too.)
  if (written && (isKnowledgeTerm(name, ctx.lex) || namesWhole(ctx.lex.knowledgeTermsExact, name))) return true;
  return matcher
    .match(ctx.text.slice(from, Math.min(ctx.text.length, at + name.length + 30)))
    .some((m) => (m.value === 'tool' || (m.value === 'knowledge' && written)) && from + m.start === at && from + m.end === at + name.length);
}

/** A sentence about the selection: interviews, assessment days, shortlisting. */
const SELECTION = /\b(?:interviews?|interviewed|assessment (?:centre|day)s?|shortlist(?:ed|ing)?)\b/i;

/** What a credential's name ends in: "ECS Gold Card", "CPCS tickets", "SIA licence". */
const CREDENTIAL_HEAD = /\b(?:cards?|licen[cs]es?|tickets?|certificates?|passports?)$/i;

/**
 * Knowledge named anywhere in an item: tools and technologies (O*NET) and languages ("Kotlin", "SAP",
 * "English"). ESCO's other knowledge concepts met in running text ("security", "risk management",
 * "biology", "food production") are mostly words of the sentence, not subjects asked of the candidate:
 * on the annotated train postings nearly every one the rules ("knowledge of …", lists under a knowledge
 * heading) and the tagger had not already found was wrong, so they are left to those.
 */
export function vocabularyKnowledge(ctx: ItemContext, names: Names, confidence: number, needs: boolean): number {
  let n = 0;
  // A name inside a duty or a qualification ("Keep notes in the crm", "BSc in Economics") is part of it, but a
  // tool written as a name (not an acronym) is its own knowledge inside a duty ("… services in Go and Kotlin"),
  // and so is any tool inside an experience asked for ("experience in Java or Kotlin", as SkillSpan annotates it).
  // (Whole containment, unlike context.ts's covered, which asks for any overlap.)
  const within = (a: number, b: number, test: (o: Mention) => boolean) => ctx.out.some((o) => o.start <= ctx.item.start + a && ctx.item.start + b <= o.end && test(o));
  const inside = (a: number, b: number, kinds: readonly string[]) => within(a, b, (o) => kinds.includes(o.kind));
  // "Experience of working in English and German": a language named in an experience asked for is its own
  // knowledge, as a tool is (mentions.md); in a degree ("BA in English") it is the degree's field.
  const inExperience = (a: number, b: number) =>
    within(a, b, (o) => o.kind === 'qualification' && !o.qualification?.degreeLevel && /\bexperience\b/i.test(o.text));
  splitNameRuns(ctx, names);
  // (A line of thousands of names is a tag dump, no posting's: its first ones are read, so that the checks below, each
  // over the item's mentions, stay cheap.)
  const all = withLanguages(ctx, names.matcher.match(ctx.text));
  const named = all.length > MAX_NAMES ? all.slice(0, MAX_NAMES) : all;
  for (const m of named) {
    // "experience in Python and SQL": a subject written as a name inside an experience asked for is named there as a
    // tool or a language is (SkillSpan annotates them: skillspan-dev +0.5; the train postings annotated to mentions.md -0.3).
    // (And where the item asks for it, under a needs heading, in a skill or a background, a subject the vocabulary writes
    // as a name of one word: "Comfortable working with large datasets in SQL and Python", "a background in Java"; not a
    // field of study, "a degree in Mechanical Engineering", nor a certification's letters.)
    const asked = (o: Mention) => o.kind === 'skill' || (o.kind === 'qualification' && /\bbackground\b/i.test(o.text) && !o.qualification?.degreeLevel);
    // (Letters alone, "CPR", "TEC", only there: elsewhere under a needs heading they abbreviate as often what is not asked.)
    const oneWord = names.proper(m) && !m.text.includes(' ');
    const letters = /^[\p{Lu}\d]+s?$/u.test(m.text);
    const properName = oneWord && (within(m.start, m.end, asked) || (needs && !letters && !inside(m.start, m.end, ['qualification'])));
    // (Inside a task of the role too, "working with Python and Django", not the employer's, "… built in C++ for …": not
    // letters alone, "Ensure the CRS program quality …", nor the first word of a longer name, "Google Play".)
    const inTask =
      oneWord && !letters && (ctx.section.kind === 'responsibilities' || ctx.alone) && !/^\s+\p{Lu}/u.test(ctx.text.slice(m.end)) && inside(m.start, m.end, ['duty']);
    // (A name in the years asked for, "3+ years as a Data Analyst (Python, SQL)", is one as the vocabulary writes it.)
    const inYears = oneWord && within(m.start, m.end, (o) => o.kind === 'qualification' && !o.qualification?.degreeLevel && o.qualification?.minYears !== undefined);
    const asks = inExperience(m.start, m.end) || properName || inTask || inYears;
    const language = ctx.lex.languages.has(m.key) || (m.value === 'knowledge' && /^\p{Lu}/u.test(m.text) && !FIELD_WORD.test(m.text) && asks);
    // (A blocked language, "a Danish company", is still the language where the line speaks of it: "Fluent Danish".)
    if ((names.blocked.has(m.key) && !(ctx.lex.languages.has(m.key) && spokenLanguage(ctx.text, m))) || !namesKnowledge(ctx.text, m) || (m.value === 'knowledge' && !language)) continue;
    // "a qualified accountant (ACA, ACCA or CIMA)": a certification's letters inside a qualification name it, not a subject.
    // ("a valid ECS card", "CPCS tickets": letters inside a credential's name are the scheme it is of.)
    if ((isCertification(m.text, ctx.lex) || /^[\p{Lu}\d]+$/u.test(m.text)) && within(m.start, m.end, (o) => o.kind === 'qualification' && (isCertification(m.text, ctx.lex) || CREDENTIAL_HEAD.test(o.text)))) continue;
    // In prose about the employer or the role, only what is written as a name.
    if (!needs && m.value !== 'tool' && !/\p{Lu}/u.test(m.text)) continue;
    if (respected(ctx.text, m.start) || abbreviatesBefore(ctx, m.start, m.end)) continue;
    // ("Interviews will be held via Microsoft Teams": the medium of the selection, not asked of the candidate.)
    if (/\b(?:via|over|on|by|using|through)\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 10), m.start)) && SELECTION.test(ctx.text)) continue;
    // "experience as a Site Manager": after "as a" a name is the post held, not a tool of that name; so is a name that
    // ends in a post's noun after an article ("We are seeking an experienced Site Manager").
    if (/\bas\s+(?:a|an|the)\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 8), m.start))) continue;
    // (So is one that opens the sentence: "Site Manager with SMSTS …".)
    if (POST_NOUN.test(m.text) && /(?:\b(?:a|an|the|our|this|your)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}|^\s*)$/u.test(ctx.text.slice(Math.max(0, m.start - 50), m.start))) continue;
    // (Not an acronym: inside a task it is as often the employer's, "Ensure the CRS program quality standards …".)
    const holders = m.value === 'tool' ? (/\p{Lu}/u.test(m.text) && (!/^[\p{Lu}\d]+$/u.test(m.text) || toolObject(ctx.text, m)) ? [] : ['duty']) : language && asks ? (inTask ? [] : ['duty']) : ['duty', 'qualification'];
    if (inside(m.start, m.end, holders) || partOfName(ctx.text, m) || (!ctx.lex.languages.has(m.key) && endsName(ctx, m, named))) continue;
    // "Microsoft Word" over the "Word" a rule read inside it: the longer name, as sure as the rule.
    const inner = ctx.out.filter((o) => o.kind === 'knowledge' && o.start >= ctx.item.start + m.start && o.end <= ctx.item.start + m.end && o.end - o.start < m.end - m.start);
    // ("TCP/IP": a name glued by a slash to short capitals is the whole pair, which the vocabulary splits.)
    const [a, glued] = gluedPairAround(ctx.text, m.start, m.end);
    const b = productNameEnd(ctx.text, glued, named);
    if (addMention(ctx, 'knowledge', a, b, ctx.text.slice(a, b), Math.max(confidence, ...inner.map((o) => o.confidence)))) n++;
    // (Where the item asks for it: under a needs heading, inside an experience asked for or a task of the role ("Deploy
    // services with Terraform and Kubernetes"); not in "an infrastructure providing PET, MRI …".)
    // (A subject written as a name inside an experience, "Jenkins", lists names with it as a tool does: "Jenkins and Zorblat".)
    const product = m.value === 'tool' || (language && !ctx.lex.languages.has(m.key));
    if ((product || EXAMPLES_AFTER.test(ctx.text.slice(m.end))) && (needs || inTask || inExperience(m.start, m.end))) n += coordinatedNames(ctx, m, named, confidence);
  }
  return n + exampleProducts(ctx, named, confidence);
}


/** A preposition a tool follows as what the work is done on or with ("Deploy services to AWS", "Build reports in SSRS"). */
const TOOL_PREPOSITION = /\b(?:on|in|using|with|via|into|to|through)\s+$/i;
/** The end of that phrase: the name is its whole object, not a modifier ("the CRS program", "our AWS infrastructure"). */
const OBJECT_END = /^\s*(?:$|[,.;:)]|(?:and|or)\s)/;

/** Whether a name is the whole object of a preposition of using a tool. */
function toolObject(text: string, m: { start: number; end: number }): boolean {
  return TOOL_PREPOSITION.test(text.slice(Math.max(0, m.start - 10), m.start)) && OBJECT_END.test(text.slice(m.end, m.end + 5));
}

/** The kinds of tool whose examples are products by name ("a BI tool, ideally …", "databases such as …", "frameworks (e.g. …"). */
const PRODUCT_KIND = String.raw`${TOOL_KIND}|apps|programs?|databases?|frameworks?|librar(?:y|ies)|suites?`;
const TOOL_KIND_HEAD = new RegExp(String.raw`\b(?:${PRODUCT_KIND})\s*,?\s*\(?\s*$`, 'i');
/** The kinds of thing whose examples are products or methods by name ("clinical systems such as EMIS and SystmOne"). */
const TOOL_HEAD = new RegExp(
  String.raw`\b(?:${PRODUCT_KIND}|records?|languages?|technolog(?:y|ies)|environments?|assessments?|methodolog(?:y|ies)|standards?)\s*,?\s*\(?\s*$`,
  'i',
);
/**
 * "the CAD system CREO", "our ticketing tool ServiceNow": a product named right after the kind of tool it is. One tool,
 * of a kind that is no word of a posting's other business (not "your application CV", "record ECGs", "platforms MS or
 * BS …"), and a whole name (not the "CI" of "CI/CD"). Without the `i` flag: \p{Lu} must be a capital.
 */
const APPOSED = guarded(new RegExp(String.raw`(?<=\b(?:software|system|tool|platform|package|suite)\s+)(\p{Lu}[\p{L}\p{N}]*(?:[.-][\p{L}\p{N}]+)*[+#]*(?:\s+\p{Lu}[\p{L}\p{N}]*(?:[.-][\p{L}\p{N}]+)*[+#]*){0,2})(?![\p{L}\p{N}/&-])`, 'gu'), /\s\p{Lu}/u);
const EXAMPLES_OF = guarded(
  // ("… such as the MOHOST and the OSA": "and the" before a name goes on with the examples.)
  new RegExp(String.raw`\b(?:${EXAMPLE_CUE}):?\s+([^;.():]{1,80}?)(?=\s*(?:$|[;.():]|,?\s+(?:is|are|would|will|to|and (?:be|have|(?:a|an|the)(?!\s+\p{Lu})))\b|,\s+\p{Ll}))`, 'gu'),
  /such|\be\.?g\b|example|like|particular|especially|notably|including|ideally|preferably|emphasis|focus/,
);
/** An acronym or a word with a capital inside: written only as a name ("EMIS", "SystmOne", "MOHOST"). */
const PRODUCT_WORD = /^(?:\p{Lu}{2,}\d*|\p{L}+\p{Lu}[\p{L}\p{N}]*)$/u;

/** "the incident reporting system (Datix)", "the electronic patient record (SystmOne)": names in brackets, as matches of EXAMPLES_OF. */
const BRACKETED = guarded(/\(\s*([^()]{2,60}?)\s*\)/gu, /\(/u);
function bracketedNames(text: string): RegExpExecArray[] {
  return matches(BRACKETED, text).filter((m) => /^[\p{Lu}\d]/u.test(m[1]));
}

/**
 * "Use clinical systems such as EMIS and SystmOne", "standardised assessments such as MOHOST and OCAIRS": products
 * given as examples of a tool are knowledge of their own (mentions.md), known to the vocabulary or not. Only
 * names (each word capitalised, three at most), one of them written only as a name or known as a tool, and not
 * a certificate ("qualifications such as NVQ or BTEC" name qualifications).
 */
function exampleProducts(ctx: ItemContext, known: VocabularyMatch[], confidence: number): number {
  const { text } = ctx;
  let n = 0;
  const apposed = matches(APPOSED, text);
  for (const m of [...matches(EXAMPLES_OF, text), ...bracketedNames(text), ...apposed]) {
    if (!TOOL_HEAD.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const bracketed = m[0].startsWith('(');
    // (Right after the kind, every word of the name is one no dictionary holds, "CREO", or the name a known tool.)
    if (apposed.includes(m)) {
      const [a, b] = [m.index, m.index + m[0].length];
      if (!(m[0].split(/\s+/).every((w) => !isDictionaryWord(w.toLowerCase())) || known.some((k) => k.start === a && k.end === b && k.value === 'tool'))) continue;
    }
    const from = bracketed ? m.index + m[0].indexOf(m[1]) : m.index + m[0].length - m[1].length;
    const body = m[1].replace(/,?\s*(?:(?:or|and) (?:similar|equivalent|other|others)\b.*|etc\.?)\s*$/i, '');
    const items: [number, number][] = [];
    let at = 0;
    for (const sep of body.matchAll(/\s*,\s*(?:and\s+|or\s+)?|\s*\/\s*|\s+(?:and|or|&)\s+/g)) {
      if (gluesCapitals(body, sep)) continue;
      items.push([from + at, from + sep.index]);
      at = sep.index + sep[0].length;
    }
    items.push([from + at, from + body.trimEnd().length]);
    // ("the MOHOST and the OSA": an article is no part of a name.)
    for (const item of items) item[0] += /^(?:the|an?)\s+(?=\p{Lu})/u.exec(text.slice(item[0], item[1]))?.[0].length ?? 0;
    const words = (a: number, b: number) => text.slice(a, b).split(/\s+/);
    // ("libraries like: Butterknife Retrofit Dagger 2 Picasso Volley": a list that lost its commas, as SkillSpan's postings
    // did, is a run of capitalised words longer than a name; each is one, or the known name it opens.)
    if (items.length === 1 && words(...items[0]).length > 3) items.splice(0, 1, ...namesOfRun(text, ...items[0], known));
    if (!items.every(([a, b]) => b > a && words(a, b).length <= 3 && words(a, b).every((w) => /^[\p{Lu}\d]/u.test(w)))) continue;
    const tool = (a: number, b: number) => known.some((k) => k.start === a && k.end === b && k.value === 'tool');
    // (In brackets a word no dictionary holds names a product too: "(Datix)".)
    const product = (w: string) => PRODUCT_WORD.test(w) || (bracketed && !isDictionaryWord(w.toLowerCase()));
    // (Right after a tool's kind, "a BI tool, ideally Looker", "frameworks (e.g. React, Vue or Angular)", a capitalised
    // word names the product though it is a word too. In brackets only a list or one word: a run of words there may be
    // names that lost their commas, "(e.g. Spark Presto)".)
    const kindBefore = text.slice(Math.max(0, m.index - 40), m.index);
    const ofTool = !bracketed && !apposed.includes(m) && TOOL_KIND_HEAD.test(kindBefore) && (!/\(\s*$/.test(kindBefore) || items.length > 1 || words(...items[0]).length === 1);
    if (!ofTool && !items.some(([a, b]) => words(a, b).some(product) || tool(a, b))) continue;
    if (items.some(([a, b]) => isCertification(text.slice(a, b), ctx.lex))) continue;
    // ("the electronic patient record (EPR)": the name's own abbreviation.)
    if (bracketed && isAbbreviation(m[0], text.slice(Math.max(0, m.index - 60), m.index))) continue;
    for (const [a, b] of items) if (addMention(ctx, 'knowledge', a, b, text.slice(a, b), confidence - 0.05)) n++;
  }
  return n;
}

/** The names of a run of capitalised words: a known name where one starts, else one word, with a version number after it ("Dagger 2"). */
function namesOfRun(text: string, a: number, b: number, known: VocabularyMatch[]): [number, number][] {
  const out: [number, number][] = [];
  let at = a;
  for (const w of text.slice(a, b).matchAll(/\S+/g)) {
    const [start, end] = [a + w.index, a + w.index + w[0].length];
    if (start < at) continue;
    const name = known.find((k) => k.start === start && k.end <= b);
    if (name) out.push([start, (at = name.end)]);
    else if (/^\d+(?:\.\d+)*$/.test(w[0]) && out.length > 0 && out[out.length - 1][1] === at) out[out.length - 1][1] = at = end;
    else out.push([start, (at = end)]);
  }
  return out;
}

/** The noun that ends the name of a post ("Site Manager", "Service Desk Analyst"). */
const POST_NOUN = /\s(?:Manager|Engineer|Developer|Co-?ordinator|Specialist|Analyst|Supervisor|Assistant|Director|Officer|Administrator|Technician|Designer|Consultant|Advis[eo]r|Nurse|Lead|Operator|Driver|Clerk|Agent|Architect|Tester|Planner|Accountant)$/;

/** One Title Case word that names a field of study or work ("Engineering", "Agroforestry", "Economics"), not a product. */
const FIELD_WORD = /^\p{Lu}\p{Ll}+(?:ing|ry|ics|ogy|ment|ance|ence|tion|sion|ism|ure|ship|ity)$/u;

const LANGUAGE_TALK = /\b(?:languages?|speak|speaking|spoken|written|writing|fluent|fluency|proficien\w*|communicat\w*|mother tongue|native|bilingual|interpret\w*|translat\w*)\b/i;

/** "German is a plus", "French would be an advantage": what is said of a language asked for (the verdicts OPTIONAL_TAIL knows, and a few bare ones). */
const ASKED = String.raw`(?:is|are|would be|will be)\s+(?:(?:also|very|highly|strongly)\s+)?(?:${OPEN_TAIL_WORDS}|(?:a\s+)?(?:must|necessary)|(?:(?:big|great|strong)\s+)?(?:plus|advantage|bonus))`;
const LANGUAGE_ASKED = new RegExp(String.raw`^\s+${ASKED}\b`, 'i');
const LANGUAGE_AFTER = new RegExp(String.raw`^\s+(?:knowledge|skills|language|speaking|speakers?|proficiency|${ASKED})\b`, 'i');
const spokenLanguage = (text: string, m: VocabularyMatch) => LANGUAGE_TALK.test(text) || LANGUAGE_AFTER.test(text.slice(m.end));

/**
 * The vocabulary's names with the lexicon's languages it does not know ("Amharic", "Afaan Oromo") or does not read at a
 * sentence's start ("German is a plus"), in text order.
 */
function withLanguages(ctx: ItemContext, known: VocabularyMatch[]): VocabularyMatch[] {
  const found = matches(ctx.lex.languageNames, ctx.text);
  if (found.length === 0) return known;
  // (Only where the item speaks of language, or of the name as asked for: "Somali", "Afar" also name regions.)
  const talk = LANGUAGE_TALK.test(ctx.text);
  const extra: VocabularyMatch[] = [];
  for (const l of found) {
    const end = l.index + l[0].length;
    if (!talk && !LANGUAGE_ASKED.test(ctx.text.slice(end))) continue;
    // (Written as a name: "english" in lower case is left to the vocabulary's own rules.)
    if (/^\p{Lu}/u.test(l[0]) && !known.some((k) => k.start < end && l.index < k.end)) extra.push({ start: l.index, end, text: l[0], key: l[0].toLowerCase(), value: 'knowledge' });
  }
  return extra.length ? [...known, ...extra].sort((a, b) => a.start - b.start) : known;
}

/** The names of one item read. */
const MAX_NAMES = 1000;
/** The whole name is a certification's letters ("ACCA", "PRINCE2"). */
function isCertification(name: string, lex: ItemContext['lex']): boolean {
  return namesWhole(lex.certificationsExact, name);
}

/** A word that makes the name before it a modifier of a unit, a job or a document ("Engineering department", "DevOps Engineer"). */
const HEAD_AFTER =
  /^[\s/-]*(?:teams?|department|division|unit|group|function|engineers?|managers?|leads?|specialists?|officers?|roles?|positions?|industry|sector|company|policy|policies|principles|standards|value chain)\b/i;

/** A field name (ESCO knowledge, not a tool) that modifies a unit or a job: "Engineering department", "DevOps Engineer". */
function partOfName(text: string, m: VocabularyMatch): boolean {
  // A tool's generic name in lower case ("medical software product", "accounting software company", "our front
  // desk team") modifies the noun too.
  if (m.value === 'tool') {
    if (!/^\p{Ll}[\p{Ll}\s-]*$/u.test(m.text)) return false;
    const after = text.slice(m.end, m.end + 24);
    return (m.key.includes(' ') && PRODUCT_AFTER.test(after)) || HEAD_AFTER.test(after);
  }
  return /^\p{Lu}/u.test(m.text) && HEAD_AFTER.test(text.slice(m.end, m.end + 24));
}

/** Words that name a part or an edition of a product after its maker's or platform's name ("Google Cloud Platform", "Android SDK"). */
const PRODUCT_PART = /^(?:Cloud|Platform|Console|Play|Services?|Studio|Server|Suite|Actions|Pipelines|Kernel|Infrastructure|Engine|Functions|Compose|Boot|Framework|Toolkit|Workspace|Analytics|Ads|Maps|Builder|SDK|API|CLI|CI|EE|IDE|ML)$/;

/**
 * "Google Play Console", "Android SDK", "Oracle Cloud Infrastructure": up to three words right after a name that name a
 * part or an edition of its product go on with the name, unless the vocabulary knows one of them as a name of its own.
 * Where the name ends.
 */
function productNameEnd(text: string, end: number, known: readonly VocabularyMatch[]): number {
  let length = 0;
  let words = 0;
  // (A full stop ends the name, "… Google Play Console."; one inside a word makes another, "Node.js".)
  for (const w of text.slice(end, end + 60).matchAll(/ (\p{L}+)(?![\p{L}\p{N}+#/&-]|\.[\p{L}\p{N}])/gu)) {
    if (w.index !== length || !PRODUCT_PART.test(w[1]) || ++words > 3) break;
    length += w[0].length;
  }
  return length === 0 || known.some((k) => k.start >= end && k.start < end + length) ? end : end + length;
}

const PRODUCT_AFTER = /^[\s/-]*(?:products?|compan(?:y|ies)|industry|sector|vendors?|providers?|market|business(?:es)?)\b/i;

/**
 * A one-word name that ends a longer name in Title Case the vocabulary does not know ("Global Misconduct
 * Disclosure Scheme", "Odense Robotics"): the word is part of that name (a scheme, a company), not a
 * subject of its own. A word before it that the vocabulary knows, or that a run of names gave already, is
 * a list ("Java Spring"); languages keep their adjective ("Fluent English").
 */
function endsName(ctx: ItemContext, m: VocabularyMatch, all: VocabularyMatch[]): boolean {
  if (m.key.includes(' ') || !/^\p{Lu}\p{Ll}/u.test(m.text)) return false;
  const prev = /(\p{Lu}[\p{Ll}'’-]+)\s+$/u.exec(ctx.text.slice(Math.max(0, m.start - 30), m.start));
  if (!prev || OPENER.test(prev[1])) return false;
  const at = m.start - prev[0].length;
  // (Nor a name found already in a run of names: "Jenkins Terraform Python".)
  return !all.some((o) => o !== m && o.start <= at && at < o.end) && !ctx.out.some((o) => o.kind === 'knowledge' && o.start <= ctx.item.start + at && ctx.item.start + at < o.end);
}
