// The tasks a sentence says the role is responsible for: "Responsible for managing …", "Duties include …", "This
// position is responsible for owning …", each task one duty.
import { addMention, firstMatch, type ItemContext } from './context.js';
import { andVerb } from './coordinated-duties.js';
import { AND_MODAL } from './duty-subjects.js';
import { coordinated, dutyNormal, spanEnd } from './duty-spans.js';
import { leadingVerb } from './leading-verb.js';
import { responsibility, type LexiconIndex } from './lexicon.js';
import { actionNounAfter, nounList } from './noun-list.js';

/** A hedge on how complete a list of tasks is. */
const HEDGE = String.raw`but\s+(?:are|is)\s+not\s+limited\s+to|(?:among|amongst)\s+others`;
/** What may stand between "… will include" and its list: a colon, or a hedge. */
const LIST_HEDGE = new RegExp(String.raw`^\s*(?:,?\s*(?:${HEDGE}|for\s+example)\s*[:,–-]?|[:–-])\s*(?=\p{L})`, 'u');

/** ", and all products and equipment are supplied": after "and", a subject and its passive verb (what the employer does). */
const OWN_PASSIVE = /,?\s+and\s+(?:(?:all|the|any|some|our|your|their)\s+)?(?:[\p{L}-]+\s+){1,4}?(?:is|are|will be|was|were)\s+(?:\p{Ll}+ed|given|provided|supplied|paid|done|made)\b/iu;

/** A sentence that only says what its list of tasks after a colon is ("Your duties will include the following:"). */
export function introducesTasks(sentence: string, lex: LexiconIndex): boolean {
  const resp = responsibility(sentence, lex);
  return resp !== null && /\b(?:includ|involv)/i.test(resp[0]) && INTRODUCTION_END.test(sentence.slice(resp.index + resp[0].length));
}
const INTRODUCTION_END = new RegExp(String.raw`^\s*(?:,?\s*(?:${HEDGE}|the\s+following)\s*)?:?\s*$`);

/** ", and the removal of …", " and the training of …", " and the loading and unloading of …": the next of a list of tasks named by nouns with their objects. */
const NOMINAL_NEXT = /(?:,\s*(?:and\s+)?|\s+and\s+)the\s+(?=(?:[\p{L}-]+\s+){1,2}(?:and\s+[\p{L}-]+\s+)?of\s)/gu;

/** The tasks of a list named by nouns with their objects ("the X of …, the Y of … and the Z of …"), or [] when it is not one. */
function nominalTasks(text: string, from: number, to: number): [number, number][] {
  const rest = text.slice(from, to);
  // ("a wide range of tasks …": a quantity of what follows, no task named.)
  if (!/^(?:[\p{L}-]+\s+){1,2}of\s/u.test(rest) || /^(?:[\p{L}-]+\s+)?(?:range|variety|number|host|series|set|lot|mix|array|selection|part)\s+of\s/iu.test(rest)) return [];
  const out: [number, number][] = [];
  let start = from;
  for (const m of rest.matchAll(NOMINAL_NEXT)) {
    out.push([start, from + m.index]);
    start = from + m.index + m[0].length;
  }
  out.push([start, to]);
  return out;
}

/** The rest of a complement's list of words, its noun last, ending its sentence (see responsibleFor). */
const COMPLEMENT_LIST = /^(?:,\s*[\p{Ll}-]+)*,?\s+(?:and|or)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?(?=\s*[.;]?\s*$)/u;

/** A responsibility pattern that is itself a verb of taking part ("take part in", "plays a key role in"). */
const PARTICIPATION = /^(?:take|takes|play|plays)\b/i;

/** Reads another clause of the sentence, from `a` to `b` (`modalled`: its subject and modal came before `a`). */
export type ReadClause = (a: number, b: number, modalled?: boolean) => boolean;

/** Whether the sentence from `a` to `b` says what the role is responsible for; if so its tasks are duties. */
export function responsibleFor(ctx: ItemContext, a: number, b: number, strong: boolean, confidence: number, read: ReadClause): boolean {
  const { text, lex } = ctx;
  const sentence = text.slice(a, b);
  // "Responsible for managing …", "This position is responsible for owning …".
  const resp = responsibility(sentence, lex);
  // "The post holder will supervise assistants …, and take part in service evaluation": the task before "and"
  // is read as a sentence of its own.
  // ("… will lead the service and will be involved in training …": its modal again after "and".)
  const before = resp ? /(?:,\s*|\s)and\s+(?:(?:will|shall|would|may|must)\s+(?:also\s+)?)?$/.exec(sentence.slice(0, resp.index)) : null;
  if (resp && before && read(a, a + before.index)) {
    read(a + resp.index, b);
    return true;
  }
  if (resp) {
    // ("Responsibilities will include, but are not limited to: ordering stock, …": the list after the hedge.)
    const after = a + resp.index + resp[0].length + (LIST_HEDGE.exec(text.slice(a + resp.index + resp[0].length, b))?.[0].length ?? 0);
    // "responsible for managing their own caseload and will prioritise referrals …": the modal again after "and" opens
    // a sentence of its own.
    const andModal = AND_MODAL.exec(text.slice(after, b));
    if (andModal) read(after + andModal.index + andModal[0].length, b, true);
    // ("Duties include hoovering, mopping …, and all products and equipment are supplied": a clause of its own ends the list.)
    const own = OWN_PASSIVE.exec(text.slice(after, andModal ? after + andModal.index : b));
    const end = own ? after + own.index : andModal ? after + andModal.index : b;
    // "responsible for the accurate dispensing of medicines and for supporting …": two tasks.
    const andFor = /\s+and\s+for\s+/i.exec(text.slice(after, end));
    const parts: [number, number][] = andFor ? [[after, after + andFor.index], [after + andFor.index + andFor[0].length, end]] : [[after, end]];
    // "Responsible for the growth of the business": the task named by a noun, under a duties heading or said
    // of the role; "To be responsible for …" opens a duty line as "Responsible for …" does.
    const opens = resp.index <= 1 || /^\s*(?:to\s+)?be\s+$/i.test(sentence.slice(0, resp.index));
    // ("Your main duties will be cleaning offices, …": after "be" only tasks in "-ing" are read, not "… will be varied".)
    const nounTask = !/\bbe$/i.test(resp[0]) && ((opens && (strong || resp.index + a === 0)) || /^(?:is|are|will|play|take|be|role|job|position|post|work|day|duties|tasks|responsibilities|your)\b/i.test(resp[0]) || /\b(?:you|who|post ?holder|candidate|applicant|jobholder|incumbent)\b[^.]{0,30}$/i.test(sentence.slice(0, resp.index + resp[0].length)));
    let found = false;
    for (const [x, y] of parts) {
      // "Take part in service audits", "play a key role in recruitment": the verb of taking part is the task's
      // (after it a word that may be a verb, "service", is a noun; gerunds are tasks of their own).
      const takesPart = x === after && PARTICIPATION.test(resp[0]);
      const v = leadingVerb(text, x, lex);
      // "Duties include filing and data entry": a gerund alone before tasks named by nouns is one of them.
      if (v?.form === 'ing' && /^\s*(?:,|(?:and|or)\s)/.test(text.slice(v.end, y)) && nounList(ctx, x, y, confidence, true)) {
        found = true;
        continue;
      }
      // ("Duties include stock control, cash handling …": a verb-like word before a noun of action names a task too.)
      if (v && (v.form === 'ing' || (v.form === 'base' && !takesPart && !actionNounAfter(text, v.end)))) {
        // "Responsibilities include processing invoices, reconciling accounts and preparing …": one duty per verb.
        const last = coordinated(ctx, v, y, confidence);
        if (/\b(?:includ|involv)/i.test(resp[0]) && /^\s*,/.test(text.slice(last, y))) nounList(ctx, last, y, confidence);
        found = true;
      } else if (nounTask && !/^\s*(?:this|these|that|it|them|ensuring)\b/i.test(text.slice(x, y))) {
        const lead = takesPart ? -resp[0].length : (/^\s*(?:(?:the|all|a|an|our|their)\s+)?/i.exec(text.slice(x, y))?.[0].length ?? 0);
        // "Duties will include cervical screening, childhood immunisations and wound care": tasks named by nouns, one
        // each ("the assessment, planning and evaluation of care", one word before the comma, is one task: below).
        // ("responsible for diary management, minute taking and organising meetings": so are tasks a role is responsible for.)
        if (/^[^\s,]+\s+[^,]*,/.test(text.slice(x + lead, y)) && nounList(ctx, x + lead, y, confidence)) {
          found = true;
          continue;
        }
        // "the safe transfer of patients …, the delivery of specimens … and the removal of waste": tasks named by nouns
        // with their objects, one each.
        const tasks = takesPart ? [] : nominalTasks(text, x + lead, y);
        if (tasks.length > 1) {
          for (const [s, e] of tasks) {
            const stop = spanEnd(text, s, e, lex);
            addMention(ctx, 'duty', s, stop, dutyNormal('', text.slice(s, stop), ctx.lex), strong ? confidence - 0.15 : confidence);
          }
          found = true;
          continue;
        }
        // "take part in the CPD programme and contribute to service audits": a verb after "and" opens a duty of its
        // own (not after a colon: "… include, but are not limited to: Review and update …" introduces a list).
        const next = text.slice(x, y).includes(':') ? null : andVerb(text, x + lead, y, lex);
        let end = spanEnd(text, x + lead, next ? next.at : y, lex);
        // "the assessment, planning, implementation and evaluation of care": one task named by a list of nouns.
        const list = /^\S+$/.test(text.slice(x + lead, end)) ? /^(?:,\s*[\p{L}-]+)+,?\s+(?:and|or)\s+[\p{L}-]+/u.exec(text.slice(end, y)) : null;
        if (list) end = spanEnd(text, end + list[0].length, next ? next.at : y, lex);
        // "the education and training of medical, nursing and pharmacy staff": the words listed after a complement's
        // first word are that complement's, up to its noun at the sentence's end.
        const complement = !list && /\s(?:of|for)\s+[\p{L}-]+$/u.test(text.slice(x + lead, end)) ? COMPLEMENT_LIST.exec(text.slice(end, y)) : null;
        if (complement) end += complement[0].length;
        addMention(ctx, 'duty', x + lead, end, list || complement || takesPart ? text.slice(x + lead, end) : dutyNormal('', text.slice(x + lead, end), ctx.lex), strong && !takesPart ? confidence - 0.15 : confidence);
        if (next) {
          const tail = spanEnd(text, next.verb.end, y, lex);
          addMention(ctx, 'duty', next.verb.start, tail, dutyNormal(next.verb.base, text.slice(next.verb.end, tail), ctx.lex), confidence);
        } else {
          // "Duties include audio typing of clinic letters, managing diaries and answering …": the tasks after the
          // noun one, each led by its "-ing" verb.
          const comma = /^\s*,\s*(?:and\s+)?/.exec(text.slice(end, y));
          const g = comma ? leadingVerb(text, end + comma[0].length, lex) : null;
          if (g?.form === 'ing') coordinated(ctx, g, y, confidence);
          // "Duties will include stock rotation, merchandising and cash handling": tasks named by nouns.
          else if (comma && /\b(?:includ|involv)/i.test(resp[0])) nounList(ctx, end, y, confidence);
        }
        found = true;
      }
    }
    if (found) {
      // "They will contribute to … and take part in audit", "You'll mentor engineers, take part in …": the clause
      // before the cue has its own task.
      const and = /(?:\s+and|,)\s+$/i.exec(sentence.slice(0, resp.index));
      if (and && and.index > 0) read(a, a + and.index);
      return true;
    }
  }
  return false;
}
