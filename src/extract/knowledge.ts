// Knowledge a cue asks for ("knowledge of X", "familiar with Y", "understanding of how …"), read to its object's end,
// and the subjects and tools the lexicon names wherever they stand.
import { isDictionaryWord } from '../clean/words.js';
import { addMention, covered, endingAt, matches, OPTIONAL_TAIL, respected, type ItemContext } from './context.js';
import { isQuality, isQualityPair, type LexiconIndex } from './lexicon.js';
import { lemma } from './verbs.js';
import { EXAMPLE_CUE, exampleNames, listItems } from './knowledge-lists.js';
import { isLawName } from './laws.js';

/** Knowledge cues that say what the candidate can do ("skilled in", "adept at"), after which a task is a skill. */
const ABILITY_CUE = /^(?:skilled|adept|proficient|competent|expert)\s/;

/** Words that grade what is asked ("advanced", "excellent", "working"): after the object, they open a requirement of its own. */
const GRADE = 'advanced|basic|intermediate|expert|good|strong|excellent|sound|solid|working|proven|great|thorough|outstanding|high|professional|proficient|fluent|native|conversational';
// (A dot inside a name, "Node.js", "ASP.NET", ".NET", ends nothing: see GLUED_SENTENCE. A graded requirement after the object
// ends it: "… and advanced Excel skills", "… with excellent grammar", "… to an intermediate level"; so do "… along with their
// pros and cons", a version's "or up", "or later", the experience asked instead ("… or working in a regulated firm"), how
// it was gained ("… acquired through NVQ Level 3"), who is encouraged ("… are encouraged to apply") and a clause of its
// own ("… and your IT skills will …").)
const OBJECT_END = new RegExp(String.raw`\s(?:e\.?g|i\.e)\.?(?!\w)|[;,(:]|\.(?![\p{L}\p{N}])|\sfrom\s+(?:[\p{L}-]+\s+){0,5}?(?:perspectives?|points? of view|standpoints?|viewpoints?)\b|\s(?:both\s+)?(?:written|spoken|verbal|oral)\s+(?:and|&|or)\s+(?:written|spoken|verbal|oral)\b|\s(?:acquired|gained|obtained|attained|developed|learned|learnt)\s+(?:through|via|from|by|in|at|during|on|while|whilst)\b|\s(?:and|but)\s+(?:your|our|their|you|we|they)\s|\s(?:and (?:the )?(?:ability|willingness|capacity)|and (?:be )?(?:able|willing) to|and (?=(?:${GRADE})\s+(?:(?:[\p{L}-]+\s+){1,2}skills?|on|in|at|with)\b)|with (?:an? )?(?:${GRADE})\s|to (?:an? )?(?:${GRADE})\s+(?:level|standard)|and (?:a|an) |(?:and|or) (?:(?:also|must|should|will|to)\s+)?(?:have|has|be|hold|possess|demonstrate)\b|(?:and|or) (?:can|could|will|would|should|must)\s|are (?:essential|required|desirable|needed)|(?:is|are) (?:(?:also|very|highly|strongly)\s+)?(?:encouraged|welcome[d]?|invited)|ability to|or (?:(?:a|an|any)\s+)?(?:similar|other|equivalent|comparable)|(?:or|and) (?:up|later|higher|above|newer|greater)|or (?=(?:having\s+)?(?:worked|working)\s+(?:in|with|within|for|on|at)\s)|including|such as|like|as well as|e\.g\.|with (?:an? |(?:a )?particular )?(?:emphasis|focus) on|(?:along|together) with|(?:is|are) (?:not\s+)?(?:(?:highly|very|also)\s+)?(?:a plus|an advantage|desirable|preferred|required|essential|needed|necessary|mandatory|a must|beneficial|advantageous)|(?:would|will|should|could|may) be|preferred|required|desirable|an advantage|a plus)\b`, 'iu');
const POINTS_BACK = /^\s*(?:some|any|all|one|each|either|most|many|several|both|none)\s+of\s+(?:this|that|these|those|them|it)\b/i;
/** "… to <verb>" after at least one word of the object, not after "how", "what", "takes" … ("knowledge of how to use …"). */
const PURPOSE = /(?<=\p{L}\S*)(?<!\b(?:how|what|when|where|which|whom?|whether|ability|able|need|needs|want|wants|ways?|takes?))\s+(?:in order\s+)?to\s+(\p{L}+)/u;
/**
 * "Python or R for data analysis", "Microsoft Excel for reporting": names, then what they are used for (not "… for Disease
 * Control"). (A slash only between names, never inside one: read both ways, "A/B/C/…" backtracked exponentially.)
 */
const NAMES_USED_FOR = /^(\s*(?:\p{Lu}|\.)[\p{L}\p{N}+#.-]*(?:(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*\/\s*|\s+)(?:\p{Lu}|\.)[\p{L}\p{N}+#.-]*)*)\s+for\s+(?=\p{Ll})/u;
/** "to join our team", "to support the …": after "to", a word with a determiner after it is a verb and its object. */
const PURPOSE_OBJECT = /^\s+(?:our|the|your|their|its|this|these|a|an)\s/;
const EXAMPLES = new RegExp(String.raw`^\s*(?:\((?!\s*(?:we|our|currently|you)\b)[^()]{1,80}\)|,?\s+(?:${EXAMPLE_CUE})\s+[^;.()]{1,60}?(?=$|[;.(]|,\s*(?:and|or)?\s*[a-z]+ing\b|,?\s+(?:is|are|would|will|should|could|may)\s|,\s*(?:with|and)\s+(?:the|an?|good|strong|excellent)\s|,\s*(?:and\s+)?(?:have|has|be|hold|possess)\s))`, 'iu');
const DETERMINER = /^(?:the|a|an|our|your|their|its|all|any)\s+/i;
const GAINED_BEFORE = /\b(?:rais|creat|increas|build|promot|spread|improv|develop|deepen|broaden|expand|grow|enhanc|gain|acquir)\w*\s+(?:(?:your|their|our|public|community|valuable|extensive|deep|deeper|broad|broader|in-depth|first-hand|practical|hands-on|new|more)\s+)*$/i;

/** "… of and commitment to …": a second head that shares the cue's object. */
const SHARED_OBJECT = /^\s+(?:and|or)\s+(?:[\p{L}-]+\s+){1,3}?(?:of|to|in|with|for|about)\s+(?=\p{L})/iu;

/** After a cue of use, "and <task>ing <object>": the task (group 2) and what precedes it (group 1). */
const USED_THEN_TASK = /(\s+(?:and|or)\s+)(\p{Ll}+ing)\s+(?=\p{L})/u;

/** "Working knowledge of CRM software", "Proficient in Microsoft Excel", "familiarity with Agile". */
export function knowledgeCues(ctx: ItemContext, confidence: number, skipExperience: boolean): number {
  const { text, lex } = ctx;
  let n = 0;
  const cues = matches(lex.knowledgeCue, text);
  for (const cue of cues) {
    const cueText = cue[0].toLowerCase();
    if (skipExperience && /experience/.test(cueText)) continue;
    // "raising awareness of mental health", "build your knowledge of …": spread or gained, not asked of the candidate.
    if (GAINED_BEFORE.test(text.slice(Math.max(0, cue.index - 30), cue.index))) continue;
    // ("Understanding of and commitment to equality and diversity": the object both share comes after the second.)
    const shared = SHARED_OBJECT.exec(text.slice(cue.index + cue[0].length));
    const from = cue.index + cue[0].length + (shared?.[0].length ?? 0);
    // "JavaScript knowledge in particular React JS": "in particular" gives examples, no object of the cue.
    const after = text.slice(from, from + 16);
    if (/^\s+in\s+particular\b/i.test(after) || (/\bin$/.test(cueText) && /^\s+particular\b/i.test(after))) continue;
    // "confident with dealing with customers": an ability (abilities.ts), not a subject known; "self confident with
    // drive": a quality of its own.
    if (cueText === 'confident with' && (/^\s+(?:\p{Ll}+\s+)?\p{Ll}+ing\b/u.test(text.slice(from)) || /\bself[\s-]$/i.test(text.slice(Math.max(0, cue.index - 5), cue.index)))) continue;
    // "comfortable using spreadsheets and confident in using the telephone": the next cue opens an object of its own.
    const next = cues.find((c) => c.index >= from);
    const rest = text.slice(from, next ? next.index : text.length).replace(/(?:[\s,]+(?:and|or)?\s*(?:(?:be|are|is|have|has)\s+)?(?:(?:very|highly|fully|also)\s+)?)$/i, '');
    const stop = objectEnd(rest);
    let end = from + (stop ? stop.index : rest.length);
    // "knowledge of email, on-line, interactive marketing", "HTML, CSS and modern JavaScript": a list of
    // short names is one object (split into names below when they are names).
    if (stop && stop[0] === ',') {
      const list = /^(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)(?!(?:including|such|e\.?g|especially|particularly|notably|ideally|preferably|which|who|where|as|and|or|with|in|to|for|similar|other|equivalent|comparable|(?:a|an)\s+(?:similar|equivalent|comparable))\b)(?:(?:another|any other|the)\s+)?\.?[\p{L}\p{N}][\p{L}\p{N}'’+#./-]*(?:\s+(?!(?:and|or|is|are|would|will|should|could|may)\b)\.?[\p{L}\p{N}][\p{L}\p{N}'’+#./-]*){0,2})+(?=\s*(?:$|[;.(])|\s+(?:is|are|would|will|should|could|may)\b|\s+(?:and|or)\s+(?:(?:some|any|proven|previous|good|strong|excellent|sound|solid|working|practical|hands-on)\s+)?(?:experience|knowledge|understanding|familiarity|proficiency|ability)\b|\s+(?:on|for|in|at|within|across|throughout)\s+(?:(?:a|an|the|our|their|all|every)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s*(?:$|[;.]))/u.exec(rest.slice(stop.index));
      // (Not when the list runs on into a skill or a quality: "accounting, good communication skills and … are",
      // "IFRS, Computer skills (MS Excel …)", "IFRS, computer skills, honest".)
      // (A quality's word capitalised among names is a name too: "Linux, Networking and Docker"; so is a subject a quality
      // also names, "Linux, networking and security".)
      const intoSkill = (l: string) => /\b(?:skills?|abilit(?:y|ies)|good|excellent|strong|sound|proven)\b/i.test(l) || l.split(/,|\s(?:and|or|&)\s/).some((w) => {
          const word = w.trim().toLowerCase();
          return /^\s*\p{Ll}/u.test(w) && isQuality(word, lex) && !lex.nounGerunds.has(word);
        });
      if (list && !intoSkill(list[0])) end = from + stop.index + list[0].length;
    }
    // "comfortable using a till and handling cash": after what is used, a task in -ing with its object is an ability of
    // its own (a skill), not one more thing used.
    const task = /\busing$/.test(cueText) ? USED_THEN_TASK.exec(text.slice(from, end)) : null;
    if (task && lemma(task[2], lex)?.form === 'ing') {
      const a = from + task.index + task[1].length;
      if (addMention(ctx, 'skill', a, end, text.slice(a, end), confidence)) n++;
      end = from + task.index;
    }
    // "comfortable using Microsoft Excel to analyse data", "knowledge of biology to join our team": a purpose
    // clause (a task verb, or a word with its object's determiner after "to") is no part of the object.
    const purpose = PURPOSE.exec(text.slice(from, end));
    if (purpose && (lex.verbs.has(purpose[1].toLowerCase()) || PURPOSE_OBJECT.test(text.slice(from + purpose.index + purpose[0].length)))) end = from + purpose.index;
    const usedFor = NAMES_USED_FOR.exec(text.slice(from, end));
    if (usedFor) end = from + usedFor[1].length;
    const words = text.slice(from, end).trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    // (Past ten words an object has run on; an "of" at the tenth word or after it still names what it is of: "… for the supply of medicines".)
    const keep = words.length <= 12 && words.slice(9, 11).some((w) => /^of$/i.test(w)) ? 12 : 10;
    if (words.length > keep) end = from + rest.indexOf(words[keep - 1], rest.indexOf(words[keep - 2])) + words[keep - 1].length;
    // "an expert in this area of competence", "knowledge of these": the object points back to something named before.
    // ("familiar with some of those: Docker …")
    // ("Knowledge of IT security": the acronym is no pronoun.)
    if (/^\d/.test(words[0]) || (/^(?:this|that|these|those|it|them|such)$/i.test(words[0]) && words[0] !== 'IT') || POINTS_BACK.test(text.slice(from, end))) continue;
    // "knowledge of one or more of the following languages": the list after it names them.
    if (/^\s*(?:(?:one|two|three|some|any|all|each|either|several|most|at least \w+)\s+(?:or more\s+)?of\s+)?the following\b/i.test(text.slice(from, end))) continue;
    // Examples that follow ("(Manhattan, SAP EWM or similar)", "such as Gainsight") are mentions of their own; the
    // name's own abbreviation ("Electronic Patient Records (EPR)") is the same competency.
    const examples = EXAMPLES.exec(text.slice(end));
    // ("preferably within the Biosciences": after "ideally", "preferably" only a name is an example.)
    if (examples && !isAbbreviation(examples[0], text.slice(from, end)) && !/^[\s,]*\(?\s*(?:[Ii]deally|[Pp]referably)\s+(?!\p{Lu})/u.test(examples[0])) n += exampleNames(ctx, end, end + examples[0].length, confidence);
    let start = cue.index;
    // A level word just before the cue ("in-depth", "hands-on") belongs to the mention.
    const before = endingAt(/([\p{L}-]+)\s+$/u, text, cue.index);
    let levelWord = cueText.split(/\s+/)[0];
    if (before && lex.levelWords.has(before[1].toLowerCase())) {
      start = before.index;
      levelWord = before[1].toLowerCase();
    }
    // ("Knowledge of CDM regulations and SMSTS certification": a qualification named after "and" is one of its own.)
    const named = ctx.out.find((o) => o.kind === 'qualification' && o.start > ctx.item.start + from && o.start < ctx.item.start + end);
    const joined = named && /\s+(?:and|or|&)\s+$/i.exec(text.slice(from, named.start - ctx.item.start));
    if (joined) end = from + joined.index;
    if (covered(ctx, start, end, ['knowledge', 'qualification'])) continue;
    const level = lex.levelWords.get(levelWord) ?? lex.levelWords.get(cueText.split(/\s+/)[0]);
    // "Proficiency in TypeScript, React and Node.js": a list of names gives one mention per name.
    // "the Mental Health Act and Care Act", "the Mental Capacity Act and safeguarding procedures": a
    // determiner before a whole name (small words inside it too: "the Medicines Act and Misuse of Drugs
    // Regulations") opens a list of its own objects; "the market and competitor offerings", "the Quality and
    // Outcomes Framework" are one object.
    // ("a wide range of software packages", "a variety of EHR systems": how many is no part of what is known; nor is
    // "the importance of" what it is of, "Understanding of the importance of confidentiality".)
    const det = /^\s*(?:using\s+|(?:the\s+)?use\s+of\s+)?(?:(?:the|a|an|our|your|their|its|all|any)\s+)?(?:(?:(?:wide|broad|large|diverse|full)\s+)?(?:range|variety|number|selection|mix|host)\s+of\s+)?(?:(?:importance|significance|value)\s+of\s+(?:(?:the|a|an)\s+)?)?/i.exec(text.slice(from, end))![0];
    // "Fluency in both spoken and written English" → "English", "Fluent in spoken and written French and German":
    // the languages after the ways of using them, one mention each.
    const lead = /^\s*(?:(?:the|a|an|our|your|their|its|all|any|both|spoken|written|verbal|and|or|business|native|conversational|fluent)\s+)*/i.exec(text.slice(from, end))?.[0] ?? '';
    const listed = lead.trim() === '' ? [] : listItems(ctx, from + lead.length, end);
    const languages = listed.length > 0 ? listed : [[from + lead.length, end] as [number, number]];
    if (languages.every(([a, b]) => lex.languages.has(text.slice(a, b).replace(OPTIONAL_TAIL, '').trim().toLowerCase()))) {
      for (const [a, b] of languages) if (addMention(ctx, 'knowledge', a, b, text.slice(a, b), confidence, level ? { level } : {})) n++;
      continue;
    }
    // "skilled in negotiating with suppliers", "adept at building relationships": after a cue of ability, a task in -ing
    // with its object is what the candidate can do (a skill), not a subject known ("skilled in accounting" is one).
    const asked = text.slice(from + det.length, end).trimStart();
    const doing = asked.trimEnd().split(/\s+/);
    if (ABILITY_CUE.test(cueText) && doing.length > 1 && lemma(doing[0], lex)?.form === 'ing' && !lex.nounGerunds.has(doing[0].toLowerCase())) {
      const a = end - asked.length;
      if (addMention(ctx, 'skill', a, end, asked, confidence)) n++;
      continue;
    }
    const items = listItems(ctx, from + det.length, end);
    // (A name: words in capitals, or an acronym before its noun, "the EYFS framework and safeguarding procedures".)
    // (Or a law's name: "the Health and Safety at Work Act 1974 and COSHH".)
    const name = ([a, b]: [number, number]) => /^\p{Lu}\S*\s+(?:(?:of|for|on|in|to|the)\s+)*\p{Lu}|^\p{Lu}{2,}[\p{Lu}\d]*(?:\s|$)/u.test(text.slice(a, b)) || isLawName(text.slice(a, b));
    const ownObject = ([a, b]: [number, number]) => !/^(?:the|a|an|its|their|our|your|his|her|this|that|these|those|other|related|relevant|such)\b/i.test(text.slice(a, b));
    // ("the use of email and the internet": the use of things is no determiner of their list.)
    const determined = !/^\s*(?:using\s+|(?:the\s+)?use\s+of\s+)$/i.test(det) && det.trim() !== '';
    if (items.length > 1 && (!determined || items.every(name) || (name(items[0]) && items.every(ownObject)))) {
      for (const [a, b] of items) {
        // ("a good command of English and basic computer literacy": a quality listed with what is known is a skill.)
        const quality = qualityIn(text, a, b, lex);
        if (quality) {
          if (addMention(ctx, 'skill', quality, b, text.slice(quality, b), confidence)) n++;
        } else if (addMention(ctx, 'knowledge', a, b, text.slice(a, b).replace(DETERMINER, ''), confidence, level ? { level } : {})) n++;
      }
      continue;
    }
    // "knowledge of X" is knowledge with the text X ("proficient in the use of Microsoft Office": "Microsoft Office").
    const object = text.slice(from + det.length, end).trim().replace(DETERMINER, '');
    if (addMention(ctx, 'knowledge', from + det.length, end, object, confidence, level ? { level } : {})) n++;
  }
  return n;
}

/**
 * Where the quality the lexicon knows starts in [a, b), after its grading words ("basic computer literacy"); 0 if it is
 * none. (Of two words or more: one word may name a subject too, "networking".)
 */
function qualityIn(text: string, a: number, b: number, lex: LexiconIndex): number {
  const span = text.slice(a, b);
  const graded = lex.modifiers.exec(span)?.[0].length ?? 0;
  const named = span.slice(graded).toLowerCase();
  const words = named.split(/\s+/).length;
  return words > 1 && (words === 2 ? isQualityPair(named, lex) : isQuality(named, lex)) ? a + graded : 0;
}

/**
 * "(EPR)" after "Electronic Patient Records", "(NDRMC)" after "[REDACTED] Disaster Risk Management Commission": one
 * upper-case word in brackets whose letters, all but one at most, are the name's initials in order.
 */
export function isAbbreviation(bracketed: string, name: string): boolean {
  const m = /^\s*\(\s*(\p{Lu}{2,8})s?\s*\)$/u.exec(bracketed);
  if (!m) return false;
  const initials = (name.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w[0].toUpperCase()).join('');
  let i = 0;
  let missed = 0;
  for (const c of m[1]) {
    const at = initials.indexOf(c, i);
    if (at < 0) missed++;
    else i = at + 1;
  }
  return missed <= 1 && m[1].length - missed >= 2;
}

/**
 * Where a knowledge cue's object ends. A name's own abbreviation in brackets before the list goes on does not end it
 * ("Cognitive Behavioural Therapy (CBT) and Dialectical Behaviour Therapy (DBT)" is one list of two names).
 */
/** "… risk management and mitigation Qualified candidates should submit …": a new sentence whose full stop was lost (case-sensitive; not after a grade: "… and advanced Excel skills are …"). */
const NEXT_SENTENCE = new RegExp(String.raw`(?<=\p{Ll})(?<!\b(?:${GRADE}))\s(?=\p{Lu}\p{Ll}+\s+(?!(?:and|or|to|of|in)\s)\p{Ll}+\s+(?:should|must|will|can|may|are)\s)`, 'u');

/** "… the Care Act Enthusiastic and motivated": a law's name ends at its "Act" (and year); a capital after it opens the next item. */
const LAW_END = /(?<=\sAct(?:\s+(?:19|20)\d\d)?)\s+(?=\p{Lu})/u;

/** A full stop glued to the next sentence ("… of Excel.Good communication …"). (Not in OBJECT_END: under its `i` flag \p{Ll} is any letter.) */
const GLUED_SENTENCE = /(?<=\p{Ll})\.(?=\p{Lu}\p{Ll})/u;

function objectEnd(rest: string): { index: number; 0: string } | null {
  const glued = GLUED_SENTENCE.exec(rest);
  const end = glued ? objectEndBefore(rest.slice(0, glued.index)) ?? { index: glued.index, 0: '.' } : objectEndBefore(rest);
  const sentence = NEXT_SENTENCE.exec(rest);
  const law = LAW_END.exec(rest);
  const next = law && (!sentence || law.index < sentence.index) ? law : sentence;
  return next && (!end || next.index < end.index) ? { index: next.index, 0: ' ' } : end;
}

function objectEndBefore(rest: string): { index: number; 0: string } | null {
  let at = 0;
  for (let k = 0; k < 4; k++) {
    const stop = OBJECT_END.exec(rest.slice(at));
    if (!stop) return null;
    const index = at + stop.index;
    // ("knowledge of spoken and written English": ways of using a language before its name open the object, not end it.)
    if (rest.slice(0, index).trim() === '' && /^\s(?:both\s+)?(?:written|spoken|verbal|oral)\s/i.test(stop[0]) && /^\s+\p{Lu}/u.test(rest.slice(index + stop[0].length))) {
      at = index + stop[0].length;
      continue;
    }
    const close = stop[0] === '(' ? rest.indexOf(')', index) : -1;
    const name = rest.slice(at, index).split(/,|\b(?:and|or)\b/).pop() ?? '';
    if (close < 0 || !isAbbreviation(rest.slice(index, close + 1), name) || !/^\s*(?:,|&|(?:and|or)\b)\s*(?:the\s+)?\p{Lu}/u.test(rest.slice(close + 1))) return { index, 0: stop[0] };
    at = close + 1;
  }
  return { index: at, 0: '(' };
}

/** "Dialectical Behaviour Therapy (DBT)": a name in brackets that abbreviates the knowledge just before it is that knowledge. */
export function abbreviatesBefore(ctx: ItemContext, start: number, end: number): boolean {
  const name = ctx.text.slice(start, end);
  return ctx.out.some((o) => {
    const at = o.end - ctx.item.start;
    return o.kind === 'knowledge' && at <= start && start - at <= 8 && /^\s*\(\s*$/.test(ctx.text.slice(at, start)) && isAbbreviation(`(${name})`, o.text);
  });
}

/** The nouns of a kind of tool ("accounting software", "clinical systems"). */
export const TOOL_KIND = String.raw`software|systems?|packages?|tools?|platforms?|applications?`;
/** A kind of tool after a domain ("accounting software"), and the product's name before it ("Peachtree accounting software"). */
const TOOL_KIND_AFTER = new RegExp(String.raw`^\s+(?:${TOOL_KIND})\b(?!\s+(?:development|engineering|engineers?|developers?|testing|design|architecture|delivery|life\s?cycle|products?|projects?|teams?|compan(?:y|ies)|industry|solutions?|vendors?|licen[cs]es?|implementation|integration|support)\b)`, 'i');
const PRODUCT_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*\s+$/u;

/** Tools, methods and domains the lexicon knows ("Salesforce", "pivot tables", "Agile"). */
export function knowledgeTerms(ctx: ItemContext, confidence: number): number {
  const { text, lex } = ctx;
  let n = 0;
  for (const re of [lex.knowledgeTerms, lex.knowledgeTermsExact]) {
    for (const t of matches(re, text)) {
      let [start, end] = [t.index, t.index + t[0].length];
      // "C-level", "R&D": part of another word.
      if (/[-&'’]/.test(text[start - 1] ?? '') || /[-&'’]\p{L}/u.test(text.slice(end, end + 2))) continue;
      // "Peachtree accounting software": the domain names a kind of tool, and a name no dictionary has, the product.
      const kind = TOOL_KIND_AFTER.exec(text.slice(end));
      if (kind) {
        end += kind[0].length;
        const product = PRODUCT_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
        if (product && !isDictionaryWord(product[0].trimEnd().toLowerCase())) start -= product[0].length;
      }
      if (covered(ctx, start, end) || respected(text, start) || abbreviatesBefore(ctx, start, end)) continue;
      if (addMention(ctx, 'knowledge', start, end, text.slice(start, end), confidence)) n++;
    }
  }
  return n;
}

