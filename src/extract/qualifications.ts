// A qualification's span from each trigger (qualification-triggers.ts): its opening words, where its clause ends, and the
// remarks and verdicts cut from it.
import type { QualificationFields } from '../types.js';
import { addMention, ARTICLE, DRIVE_NOUNS, endingAt, firstMatch, type ItemContext } from './context.js';
import { listedCertificates } from './listed-certificates.js';
import { EVALUATED_WORDS } from './experience.js';
import { isQuality } from './lexicon.js';
import { ADDED_BEFORE, ADDED_GRADES, findTriggers, GRADE_NAMED, QUANTIFIER_WORDS, QUANTIFIERS, type Trigger } from './qualification-triggers.js';

const TAIL = /\s*(?:,\s*(?:out(?:\s+of(?:\s+which)?)?|of\s+which)|\s(?:can|may|could|are|is)\s+(?:also\s+)?(?:(?:eligible|encouraged|welcome[d]?|invited)\s+to\s+)?apply\b.*|\((?:we|you|this|it|which|they|can be|will be|to be|must|should|may|if|once|within|upon)\b[^()]*\)\.?|(?:\s+(?:at|to))?,?\s*or (?:equivalent(?!\s+in\s+[^,;()]+\)?$)|(?:a )?(?:willingness|commitment) to|(?:be )?(?:working|willing to work|studying) (?:towards|for))\b.*|\(?(?<!\p{L})(?:is |are |would be |will be )?(?:strongly |highly |very )?(?:preferred|preferable|required|desirable|essential|ideal|useful|beneficial|an?\s+(?:(?:added|additional|distinct|real|big|great|strong|definite|huge|clear|significant)\s+)?(?:advantage|plus|bonus|asset)|advantageous)(?:,?\s+but not (?:required|essential|necessary|mandatory|a must))?\)?\.?)$/iu;

/** A label that says only that experience follows ("Experience:", "Minimum years of experience:", "Total work experience:"). */
const EXPERIENCE_LABEL = /^(?:(?:minimum|min|total|required|relevant|work|working|professional|years?|of|experience|exp)\.?\s+)*(?:experience|exp|years?)\.?\s*:\s*$/i;
/** A field's label that names a kind of experience ("Specialized Experience:", "Relevant experience:"). */
const EXPERIENCE_FIELD = /^(?:[\p{L}-]+\s+){0,3}experience\s*:\s+/iu;

/** The words a credential's name may open with ("the", "a valid", "a full"). */
const CREDENTIAL_WORDS = 'the|valid|current|full';

/** What belongs to a qualification before its trigger: a quantifier, a credential's word, a level or a count ("a Level 3 Diploma", "five GCSEs"). */
const QUALIFICATION_OPENING = new RegExp(String.raw`(?:(?:${QUANTIFIER_WORDS}|min\.?|${CREDENTIAL_WORDS}|level\s+\d{1,2}|(?<![\d:.])\d{1,2}|two|three|four|five|six)\s+)*$`, 'i');

/** Where the qualification before a later one of its own ends: before the joiner and the later one's opening words. */
const JOINED_OPENING = new RegExp(String.raw`\s*(?:,|and|plus|as well as|holding|who holds?|and holds?|with)?\s*(?:(?:${QUANTIFIER_WORDS}|${CREDENTIAL_WORDS}|${ADDED_GRADES})\s+)*$`, 'i');

/** "… with at least 2 years …": an added count. */
const WITH_BEFORE = new RegExp(String.raw`(?<!\bholders?)\swith\s+${QUANTIFIERS}$`, 'i');

/** "… or BA in …", "… with 6.5 years …": an alternative or an added count. */
const ALTERNATIVE_BEFORE = new RegExp(String.raw`[\s/](?:or|with)\s+${QUANTIFIERS}$`, 'i');

/**
 * Where a requirement's clause ends in prose: a full stop, a comma before a lower-case word (except inside a
 * list of fields: "Business, Marketing or E-commerce", and always before a verb asked of the candidate: "…
 * driving licence, be flexible and …"), a bracket before a sentence of a run-on line ("…
 * (preferably MSc or MBA) A strong network in …"), "is required/desirable …", a new clause ("and must have"), the
 * place the post is for ("a qualified nurse for our ward") or what the person is to do there ("… to lead our kitchen").
 */
/** "… and excellent communication skills", "… and proficiency in Excel": a requirement of another kind added with "and". */
const ANOTHER_ASK = String.raw`and (?:the )?(?:ability|willingness)|and (?:an? |some |any )?(?:(?:good|strong|sound|solid|excellent|working|thorough|basic)\s+)?(?:knowledge|understanding|familiarity|command|ability|willingness|proficiency|exposure)|and (?:an? )?(?:excellent|outstanding|exceptional|strong|good|proven|fluent|high)\s`;

const ANOTHER_ASK_AFTER = new RegExp(String.raw`\s(?:${ANOTHER_ASK})`, 'u');

/** "…, be flexible", "…, and have experience of …": a comma before another verb asked of the candidate. */
const ASKED_VERB = String.raw`,\s+(?=(?:and\s+)?(?:be|have|hold|possess|enjoy|love|bring|speak|know)\s)`;
const ASKED_VERB_AFTER = new RegExp(ASKED_VERB, 'u');

/**
 * "… and Typescript Good understanding of Web APIs", "Degree in Accounting Strong communication skills": a grade written
 * with a capital after a word (not after "in", "of", …: "Certificate in Basic life support") opens the next requirement
 * of a list line that lost its separators.
 */
const GRADED_NEXT = new RegExp(String.raw`(?<=[\p{L}\p{N})])(?<!\b(?:in|of|a|an|the|with|for|and|or|to|at|on|by))\s(?=(?:Good|Strong|Excellent|Solid|Sound|Proven|Great|Deep|Basic|Advanced|Working(?=\s+(?:knowledge|understanding|experience|proficiency|familiarity)\b)|Thorough|Fluent|Effective|Outstanding|Exceptional)\s+\p{Ll})`, 'u');

/**
 * "… essential (you will drive between sites)", "… desirable but we can train", "… essential - or equivalent": a verdict, then a
 * remark on it (with its verb: "Warehouse experience is desirable but not essential").
 */
const VERDICT_BEFORE_REMARK = String.raw`\s(?=(?:(?:is|are|would be|will be)\s+)?(?:essential|desirable|required|preferred|mandatory)(?:\s+(?:due to|as|because|since|given|but|though|although|however|for (?:this|the) (?:role|post|position))\b|\s*\(|\s+[-–—]\s|,\s*(?:but|though|although|however)\b))`;

const VERDICT_REMARK = new RegExp(VERDICT_BEFORE_REMARK, 'u');

const CLAUSE_STOP = new RegExp(String.raw`[;.](?:\s|$)|(?<=\b${GRADE_NAMED}(?:\s+[Cc]omplete[d]?)?)\s(?=with\s)|(?<=\))\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})|\s(?=(?:Should|Must)\s+(?:have|be|hold|possess|know)\b)|(?<=\p{Ll})\s(?=(?:Are|Is|Have|Has|Can|Speak|Know|Enjoy|Love|Thrive|Bring|Possess|Hold)\s+\p{Ll})|${ASKED_VERB}|,\s+(?!(?:or|and)\s+\p{Lu})(?![\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,?\s+(?:or|and)\s)(?![\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:environments?|settings?|workplaces?|organi[sz]ations?|compan(?:y|ies)|business(?:es)?|teams?|cultures?|industry|sector)\b)(?=\p{Ll})|\s(?:is|are|would be|will be|isn['’]t|aren['’]t|wouldn['’]t be|won['’]t be)\s+(?:not\s+)?(?:(?:strongly|highly|very|also|really|particularly|of course)\s+)?(?:preferred|required|desirable|essential|ideal|useful|helpful|nice|great|welcome[d]?|favou?rable|appreciated|important|vital|crucial|expected|needed|encouraged|invited|valued|valuable|beneficial|advantageous|necessary|mandatory|acceptable|added\s+advantage|must|(?:a|an)\s+(?:(?:distinct|real|definite|added|big|great|additional|strong|huge|clear|significant)\s+)?(?:advantage|plus|bonus|asset|must|requirement))\b|\s(?:is|are|will be|would be)\s+(?:given|looked\s+(?:up)?on|viewed|seen|considered|regarded)\b|(?<=\bqualified)\s+(?=\p{Lu})(?!\p{Lu}[\p{Lu}\d]*(?:\/|\s+(?:or|and|with)\b|[,.;)]|$))|(?<=\p{Ll}{3})(?<!\b(?:the|and|then|that|what|with|from|here|there))\s(?=(?:<[A-Z]+>\s*|\[REDACTED\]\s*)+(?:is|are|has|have|was|were)\s)|\s(?:and|but|or)\s+(?:(?:must|should|will|also|ideally|preferably)\s+)?(?:have|has|be|are|is|hold|possess)\s|\s(?=and\s+(?:(?:really|genuinely|also|deeply)\s+)?(?:enjoy|love|like|thrive|care|know|understand)s?\s)|\s(?:which|who|although|though|whereas|however|but not|but (?:it|this|that)|to join|and (?:we|you|they)|and (?:(?:your|their) )?own|and access to|${ANOTHER_ASK}|with (?:an?\s+)?(?:${EVALUATED_WORDS})\s|with (?:an?\s+)?(?:(?:keen|strong|particular|special|real|genuine)\s+)?interests?\s)\b|${VERDICT_BEFORE_REMARK}|(?<!\b(?:of|in|with|for|to|on))\s(?=and (?:an? |the )?(?:(?:genuine|real|strong|keen)\s+)?(?:${DRIVE_NOUNS}|drive|thirst)\s)|\s(?=to\s+\p{Ll}+\s+(?:our|the|this|their|its)\s)|\s(?=(?:due|owing)\s+to\s)|\s(?=and\s+(?:a|an)\s+(?:[\p{L}-]+,?\s+){0,3}(?:attitude|approach|manner|mind-?set|outlook|nature|personality|temperament)\b)|\s(?=(?:can|will|could)\s+(?:expect|receive|enjoy|earn)\b)|(?<=\bor\s+(?:an?\s+)?(?:related|relevant|similar|equivalent|comparable)\s+(?:subjects?|disciplines?|fields?|areas?|sciences?))(?=,\s|\s+and\s)|(?<=\)),\s+(?=\p{Lu})|\s(?=(?:and|plus|with)\s+(?:(?:a|an|the|full|valid|current|unrestricted)\s+)*(?:right\s+to\s+(?:work|live)|working\s+rights|(?:eligibility|entitlement)\s+to\s+work)\b)|\s(?=(?:you|we|they)(?:['’](?:ll|re)|\s+(?:will|are|can|must|should|would))\s)|\s(?=(?:(?:[Ww]e|[Yy]ou|[Tt]hey)(?:['’]re|\s+are)\s+)?(?:looking|seeking|wanting|hoping)\s+(?:for|to)\s)|\s(?=for\s+(?:our|this|the|their|your|its)\s+(?:[\p{L}-]+\s+){0,2}(?:ward|team|department|unit|practice|service|clinic|kitchen|site|company|organi[sz]ation|business|role|post|position|vacancy|branch|office|store|shop|project|programme|program)\b)|\s(?=(?:such as|e\.g\.?|for example|including)\s+(?:[\p{Lu}\d]|\p{Ll}+ing\b))(?<!\b(?:GCSEs?|[Ll]evels?|[Gg]rades?|subjects?|passes)(?:\s*\([^()]{1,12}\))?\s)`, 'u');

/** An article before a qualification, no part of it (but of "a few years"). */
const LEADING_ARTICLE = new RegExp(String.raw`^${ARTICLE}\s+(?!few\b)`, 'i');

/** Words before "qualified" that make what follows it the qualified person ("a qualified Social Worker"). */
const QUALIFIED_LEAD = /\b(?:a|an|fully|suitably|appropriately|professionally|newly|recently)\s+$/i;

/**
 * "Specialized Experience: You must have one year of specialized experience at …": a label whose value asks for the
 * experience itself is no qualification of its own; the value's is the one.
 */
function withoutExperienceLabel(text: string, triggers: Trigger[]): Trigger[] {
  const label = EXPERIENCE_FIELD.exec(text);
  const [first, second] = triggers;
  if (!label || !second || first.at >= label[0].length || second.at < label[0].length || Object.keys(first.fields).length > 0) return triggers;
  return triggers.slice(1);
}

/**
 * Degrees, years of experience, certifications and licences. `strong`: the item sits under a
 * requirements / education / experience heading, so a bare match suffices; elsewhere the sentence
 * must also speak of experience or of what is required. A list line gives one mention; a sentence
 * gives one per qualification it names ("a degree in economics and at least one year of experience").
 */
export function qualifications(ctx: ItemContext, strong: boolean, confidence: number): boolean {
  const { text } = ctx;
  const triggers = withoutExperienceLabel(text, findTriggers(ctx, strong));
  if (triggers.length === 0) return false;
  const merged = (ts: Trigger[]) => Object.assign({}, ...ts.map((t) => t.fields).reverse()) as QualificationFields;
  // "… or a related field 2 years of experience": a count right after a noun, the punctuation between
  // them lost, opens the next requirement.
  // "… in Software Engineering Minimum 4 years of …": a capitalised quantifier opens it too; so does a degree
  // written with a capital after a word of the requirement before ("… preferably in E-Commerce Bachelor and/or …").
  const runOn = (k: number) => {
    const gap = text.slice(triggers[k - 1].at, triggers[k].at);
    if ((triggers[k].fields.degreeLevel || triggers[k].fields.certification) && /^\p{Lu}/u.test(text.slice(triggers[k].at)) && /(?:[\p{Ll}\p{N}]{2,}|(?:^|\()\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*\))\s+$/u.test(gap) && !/\b(?:or|and|a|an|the|in|of|with|plus|equivalent|for|to|at|on|by|from|as|have|has|hold|holds|possess|preferably|ideally|current|valid|active|live)\s+$/i.test(gap)) return true;
    // ("Diploma in Accounting, 1 year experience": after a comma, a count of years after a degree or a certificate.)
    if (triggers[k].fields.minYears !== undefined && (triggers[k - 1].fields.degreeLevel || triggers[k - 1].fields.certification) && /,\s*$/.test(gap) && /^\d/.test(text.slice(triggers[k].at))) return true;
    return (
      /^(?:Experience\s*:?\s*)?\d/.test(text.slice(triggers[k].at)) &&
      (/\s(?!(?:of|than|least|minimum|min|at|or|and|to|with|plus|over|about|approximately|for|in|from|by|the|a|an|including|includes|incl|within|level|grade|band|class|stage|part|tier|section)\s)\p{Ll}{3,}\s+$/iu.test(gap) ||
        /[\p{L}\d)]\s+(?:Minimum(?: of)?|At least|A minimum of)\s+$/u.test(gap))
    );
  };

  // "NMC registration and experience of working in acute care": a qualification added with "and" is its own, as in prose
  // (two counts are one requirement's cases: "1 year above for Degree and 2 years above for Diploma").
  const added = (k: number) =>
    ADDED_BEFORE.test(text.slice(triggers[k - 1].at, triggers[k].at)) && !(triggers[k].fields.minYears !== undefined && triggers.slice(0, k).some((t) => t.fields.minYears !== undefined));
  // ("BA Degree in Accounting with 2 years of relevant experience": a count of years with a degree or a certificate is
  // a requirement of its own, on a list line as in prose; "Diploma holders with 4 years of experience" are one kind of
  // candidate.)
  const withYears = (k: number) =>
    triggers[k].fields.minYears !== undefined && (triggers[k - 1].fields.degreeLevel !== undefined || triggers[k - 1].fields.certification !== undefined) && WITH_BEFORE.test(text.slice(triggers[k - 1].at, triggers[k].at)) && /^\d/.test(text.slice(triggers[k].at));
  // ("NVQ Level 2, driving licence, caring nature": qualifications listed apart by commas, each named in a few words.)
  // (Not adjectives listed before one name: "Registered Nurse with a current, unrestricted RN licence".)
  const listedApart = (k: number) => {
    const gap = /^([^,]{1,40}),\s*(?:(?:a|an|valid|current|full|clean)\s+)*$/i.exec(text.slice(triggers[k - 1].at, triggers[k].at));
    return gap !== null && !/\b(?:with|of|in|for|a|an|the|and|or|current|valid|full)$/i.test(gap[1].trim());
  };
  if (ctx.listLike && !ctx.alone && text.split(/\s+/).length <= 25 && !triggers.some((_, k) => k > 0 && (runOn(k) || added(k) || withYears(k) || listedApart(k)))) {
    let end = text.length;
    const fields = merged(triggers);
    // "Full driving licence and access to a car": a licence line ends where something else begins.
    // (After the certificate's name: "Mentorship and teaching qualifications" is one name.)
    if (fields.certification && fields.minYears === undefined && !fields.degreeLevel) {
      const at = triggers[triggers.length - 1].at;
      const named = text.toLowerCase().indexOf(fields.certification, at);
      const from = named >= 0 ? named + fields.certification.length : at;
      const and = /\s+and\s+(?=\p{Ll})/u.exec(text.slice(from));
      if (and) end = from + and.index;
    }
    // ("Degree in Accounting and strong Excel skills": the skill is no part of the degree.)
    const last = triggers[triggers.length - 1].at;
    const tail = text.slice(last, end);
    const ask = ANOTHER_ASK_AFTER.exec(tail) ?? VERDICT_REMARK.exec(tail) ?? ASKED_VERB_AFTER.exec(tail) ?? GRADED_NEXT.exec(tail);
    if (ask) end = last + ask.index;
    // "Knowledge of Excel and a full UK driving licence": a line that opens with something else starts the
    // qualification at its own words.
    // So does a line that asks for something else first ("Must have excellent communication skills and a full UK
    // driving licence").
    // (After a slash as after a comma: "Customer service / Full UK driving licence".)
    let start = 0;
    const lead = endingAt(/(?:(?:a|an|the|valid|current|full)\s+)*$/i, text, triggers[0].at);
    const before = text.slice(0, lead ? lead.index : triggers[0].at);
    // (And one that opens with who has it: "You will have experience with application design …", "Must be a qualified
    // electrician".)
    const holder = /^(?:(?:you|candidates?|applicants?|the\s+(?:ideal|successful)\s+(?:candidate|applicant|person))\s+)?(?:(?:will|must|should|shall|would|need\s+to|also)\s+)*(?:have|has|hold|holds|possess|bring|be)\s+(?:(?:previously|already|also|ideally|successfully)\s+)?(?:(?:completed|attained|achieved|obtained|gained)\s+)?(?:(?:previous|prior|relevant|recent|proven|some|good|strong|solid|extensive|significant|substantial|demonstrable)\s+)?$/i.test(before);
    // ("Computer literate, SystmOne experience": a quality before a comma is a skill of its own.)
    const quality = /^[^,]+,\s+$/.test(before) && isQuality(before.replace(/,\s+$/, '').replace(ctx.lex.modifiers, '').toLowerCase(), ctx.lex);
    if (firstMatch(ctx.lex.knowledgeCue, text)?.index === 0 || holder || quality || (/(?:\s(?:and|plus|as well as|with)|,|\s\/)\s+$/i.test(before) && before.trim().split(/\s+/).length >= 3)) {
      start = lead ? lead.index : triggers[0].at;
      start += LEADING_ARTICLE.exec(text.slice(start))?.[0].length ?? 0;
    }
    // "Driving license: 3rd grade automobile driving license": a field's label that names the kind of what follows it.
    // ("In this position you need to: have experience with …": a lead-in of more words that speaks to the candidate.)
    const label = /^(?:\p{L}[\p{L}'’-]*\s+){0,3}\p{L}[\p{L}'’-]*\s*:\s+(?=\S)|^(?=[^:]*\byou\b)(?:\p{L}[\p{L}'’-]*\s+){0,7}\p{L}[\p{L}'’-]*\s*:\s+(?=\S)/u.exec(text);
    // ("Industrial maintenance: 3 years (Required)": before a count of years alone the label is what the experience is in.)
    const experienceIn = fields.minYears !== undefined && !fields.degreeLevel && !fields.certification && label !== null && !EXPERIENCE_LABEL.test(label[0]);
    if (label && !experienceIn && start < label[0].length && triggers.some((t) => t.at >= label[0].length)) {
      // (What follows may open with the verb of having: "… you need to: Have experience with …".)
      start = label[0].length + (/^(?:have|hold|possess)\s+/i.exec(text.slice(label[0].length))?.[0].length ?? 0);
    }
    return emit(ctx, start, end, fields, confidence);
  }

  // In prose: the phrase from each match (with its quantifier: "at least", "a") to the end of its clause.
  let any = false;
  let i = 0;
  while (i < triggers.length) {
    // The level and the count belong to the qualification: "a Level 3 Diploma in …", "five GCSEs" (not the "1" of "2:1").
    const lead = endingAt(QUALIFICATION_OPENING, text, triggers[i].at);
    let start = lead ? lead.index : triggers[i].at;
    // The shortest span: "a full UK driving licence" names the licence without its article.
    start += LEADING_ARTICLE.exec(text.slice(start))?.[0].length ?? 0;
    const tail = text.slice(triggers[i].at);
    // (Names or activities given as examples are their own mentions, after it: "Experience with networking protocols |
    // such as TCP/IP", "… security matters | including collaborating with …"; not "… role such as retail or hospitality",
    // nor the subjects of "five GCSEs including English and Maths".)
    // The clause ends at a comma before a lower-case word ("… in B2B sales, excellent …"), except inside a
    // list of fields ("Business, Marketing or E-commerce", "economics, management or marketing") or of the words
    // describing a setting ("within a fast paced, target driven environment"), and after a
    // bracket before a sentence of a run-on line ("… (preferably MSc or MBA) A strong network in …").
    let stop = CLAUSE_STOP.exec(tail);
    // ("a qualified Social Worker registered with …": after "a qualified" the capitals name the profession.)
    if (stop && /^qualified$/i.test(tail.slice(0, stop.index)) && QUALIFIED_LEAD.test(text.slice(Math.max(0, triggers[i].at - 20), triggers[i].at))) {
      const next = CLAUSE_STOP.exec(tail.slice(stop.index + stop[0].length));
      stop = next && ({ index: stop.index + stop[0].length + next.index, 0: next[0] } as RegExpExecArray);
    }
    let end = bracketEnd(text, triggers[i].at, triggers[i].at + (stop ? stop.index : tail.length));
    let j = i + 1;
    while (j < triggers.length && triggers[j].at < end) j++;
    // A later qualification inside the clause with its own words ("… and at least one year of experience") starts its own mention.
    let own = j;
    for (let k = i + 1; k < j; k++) {
      const gap = text.slice(triggers[k - 1].at, triggers[k].at);
      // "… with 6.5 years of experience or BA in the same fields with 8.5 years …": an alternative or an
      // added count after a qualification of some words is its own ("BSc or MSc in …" stays one).
      const alternative = ALTERNATIVE_BEFORE.test(gap) && (/^\d/.test(text.slice(triggers[k].at)) || gap.trim().split(/\s+/).length >= 5);
      // "… or equivalent practical experience" stands in for the degree: one requirement.
      const equivalent = /\bor\s+(?:an?\s+)?(?:equivalent|similar|comparable)\b[^,;]*$/i.test(gap) || (/\bor\s+$/i.test(gap) && /^(?:an?\s+)?(?:equivalent|similar|comparable)\b/i.test(text.slice(triggers[k].at)));
      // ("A degree in Computer Science or similar, 2+ years' experience with Java": a count after a comma is listed next to it.)
      const listed = /[^\d\s],\s+(?:(?:at least|a minimum of|minimum|over|more than)\s+)?$/i.test(gap) && /^\d/.test(text.slice(triggers[k].at));
      // (In prose, only names of two words or more and not in brackets: "SMSTS, First Aid at Work and …"; not "(ACA, ACCA or
      // CIMA)", "CIMA, ACCA or ACA qualification".)
      const apart = listedApart(k) && !/\([^)]*$/.test(text.slice(0, triggers[k].at)) && /^\S+\s+\S+/.test(text.slice(triggers[k].at).split(/,|\s(?:and|or)\s/)[0]);
      // ("a qualified electrician holding the 18th Edition with experience in commercial installations", "a qualified
      // accountant (ACA, ACCA or CIMA) with post-qualification experience": a certificate the person holds and the
      // experience they bring are each their own.)
      // (So is a registration or licence "with" it: "Registered Nurse (Adult) with current NMC registration".)
      const held = HELD_BEFORE.test(gap) || (WITH_EXPERIENCE_BEFORE.test(gap) && /^(?:\p{L}+-\p{L}+\s+)?experience\b/iu.test(text.slice(triggers[k].at))) || (WITH_CREDENTIAL_BEFORE.test(gap) && CREDENTIAL_NOUN.test(text.slice(triggers[k].at, triggers[k].at + 40)));
      // ("2 years' experience as a Sous Chef, Level 3 Food Hygiene, …": a certificate named with capitals after a comma
      // follows the experience.)
      const named = /,\s+$/.test(gap) && triggers[k].fields.certification !== undefined && triggers[k - 1].fields.minYears !== undefined && /^\p{Lu}/u.test(text.slice(triggers[k].at));
      if (runOn(k) || (alternative && !equivalent) || listed || ADDED_BEFORE.test(gap) || apart || held || named) {
        own = k;
        break;
      }
    }
    if (own < j) {
      end = endingAt(JOINED_OPENING, text, triggers[own].at)!.index;
      j = own;
    }
    if (emit(ctx, start, end, merged(triggers.slice(i, j)), confidence)) any = true;
    i = j;
  }
  return any;
}

/**
 * "a minimum of 5 years of experience …", "At least one year …", "Proven track record in …", "Strong background in …":
 * how much or how well is no part of the qualification's name (mentions.md: no evaluative words); the annotated
 * postings start after it. The triggers find it with the qualification (a count's quantifier, an experience's modifier).
 */
const QUALIFICATION_LEAD = /^(?:(?:a|an)\s+)?(?:minimum(?:\s+of)?|min\.?|at\s+least|proven|strong|solid|previous|prior|demonstrable|extensive|significant|substantial|excellent|good)\s+(?:(?:a|an|the)\s+(?!(?:couple|few|number|minimum)\b))?(?=\S+\s+\S)/i;

/** The words after a requirement's last comma, when they may all be qualities ("…, honest and reliable"). */
const LAST_WORDS = /,\s*((?:[\p{L}-]+(?:\s*,\s*|\s+(?:and|or)\s+))*[\p{L}-]+)\.?$/u;

/** ("delivering acupuncture (AACP accreditation preferred) and running …", "(CACHE/NVQ or equivalent) with a current …": one named in brackets ends with them.) */
function bracketEnd(text: string, start: number, end: number): number {
  const close = /^[^()]*\)/.exec(text.slice(start, end));
  return close && /\([^()]*$/.test(text.slice(0, start)) ? start + close[0].length - 1 : end;
}

function emit(ctx: ItemContext, start: number, end: number, fields: QualificationFields, confidence: number): boolean {
  start += QUALIFICATION_LEAD.exec(ctx.text.slice(start, end))?.[0].length ?? 0;
  // ("1 year experience, honest and reliable": qualities after the last comma are skills of their own.)
  const last = LAST_WORDS.exec(ctx.text.slice(start, end));
  if (last && last[1].split(/\s*,\s*|\s+(?:and|or)\s+/).every((w) => isQuality(w.toLowerCase(), ctx.lex))) end = start + last.index;
  end = bracketEnd(ctx.text, start, end);
  const span = ctx.text.slice(start, end);
  // ("… or its equivalent, as accredited by the BPS": who accredits the qualification named before is no qualification.)
  if (/^(?:accredited|approved|recogni[sz]ed|validated|endorsed)\s+by\b/i.test(span)) return false;
  // ("Your driving licence will be subject to annual checks", "The scholarships for the MSc degree are subject to approval":
  // a condition of the post, as "This post is subject to a DBS check" is (mentions.md), nothing asked of the candidate.)
  if (SUBJECT_TO.test(span)) return false;
  // ("Attitude is more important than experience": what something is weighed against is not asked; "less than 4 years …" counts.)
  if (/\bthan\s+(?:[\p{L}-]+\s+)?experience\b/iu.test(span) || (/^\D/.test(span) && /\bthan\s+$/i.test(ctx.text.slice(Math.max(0, start - 8), start)))) return false;
  // (Tails in turn: "Full UK driving licence essential (you will drive between sites)".)
  let trimmed = span;
  for (let t = span.replace(TAIL, ''); t !== trimmed; t = trimmed.replace(TAIL, '')) trimmed = t;
  const spanEnd = trimmed.trim() === '' ? end : start + trimmed.length;
  // ("Certifications such as CISSP, CISM or CEH": each certificate named is a qualification of its own, mentions.md's one
  // mention per competency.)
  const listed = listedCertificates(ctx.text.slice(start, spanEnd));
  if (listed) {
    let n = 0;
    for (const [a, b] of listed) {
      const name = ctx.text.slice(start + a, start + b);
      if (addMention(ctx, 'qualification', start + a, start + b, name, confidence, { qualification: { ...fields, certification: name.toLowerCase() } })) n++;
    }
    return n > 0;
  }
  return addMention(ctx, 'qualification', start, spanEnd, ctx.text.slice(start, spanEnd), confidence, { qualification: fields }) !== null;
}

/** "… holding the 18th Edition", "… who holds a CSCS card", "CSCS card holder with SSSTS": a certificate the person named before holds. */
const HELD_BEFORE = /\s(?:holding|who holds?|and holds?|holders?\s+with)\s+(?:(?:a|an|the|valid|current|full)\s+)*$/i;

/** "… with experience in …", "… with relevant experience of …": the experience the person named before brings. */
const WITH_EXPERIENCE_BEFORE = /\swith\s+(?:(?:some|significant|relevant|proven|previous|good|solid|extensive)\s+)*$/i;

/** "… with current NMC registration", "… with a full UK driving licence": a credential the person named before holds. */
const WITH_CREDENTIAL_BEFORE = /\swith\s+(?:(?:a|an|the|current|valid|full|active|live|clean)\s+)*$/i;

/** A credential named with its own noun ("NMC registration", "UK driving licence"; not "with the NMC", "with QTS", "GMC with a licence"). */
const CREDENTIAL_NOUN = /^(?:(?!(?:with|a|an|the|and|or|to|of|for|in)\s)[\p{L}\d&-]+\s+){0,3}(?:registration|licen[cs]e|card|certificate|certification|membership|PIN)\b/u;

const SUBJECT_TO = /\s(?:is|are|will be|would be|may be|shall be)\s+(?:also\s+)?subject\s+to\b/i;
