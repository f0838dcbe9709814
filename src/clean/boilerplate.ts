import type { Edit } from './edit-text.js';
import { removeBlock, type WorkBlock } from './work.js';

/**
 * Text that is about the page, not the job: how to apply, contact details, links, sources, site
 * navigation, share and cookie banners, promotions. Removed from the text, reported as fixes.
 * A matching sentence goes; a block all of whose sentences match goes as a whole.
 */

const EMAIL = /(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi;
export const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/gi;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}/g;
const PHONE_CUE = /\b(?:tel|telephone|phone|call|mobile|cell|fax|whatsapp|ring|contact|hotline)\b|☎|📞/i;

type Kind = 'promotion' | 'source' | 'navigation' | 'share' | 'cookie' | 'apply' | 'contact';

const SENTENCE: Record<Kind, RegExp | null> = {
  promotion:
    /\b(?:order|buy|get|grab|pre-?order) (?:your|a|the) (?:free )?(?:copy|book|e-?book|guide|ticket)s?\b|\bget \d+% off\b|\b\d+% off (?:your|all|the)\b|^subscribe(?: now| today| here)?[.!]?$|\buse (?:the )?code [A-Z0-9]{3,}\b|\bsubscribe (?:to|for) (?:our|the|my) (?:newsletter|channel|blog|mailing list|updates)\b|\bdownload (?:our|the) (?:free )?(?:app|e-?book|guide|white ?paper|brochure)\b|\bsign up (?:for|to) (?:our|the) (?:newsletter|mailing list|free trial)\b|\bfollow us on\b|\blimited[- ]time offer\b|\b(?:promo|discount|coupon) code\b|\bbook (?:a|your) (?:free )?demo\b|\bavailable (?:now )?(?:on|at) amazon\b/i,
  source:
    /^(?:source|sources|originally published(?: at| on| in)?|photo|image|picture|credit|credits|via|read the original|quelle|источник|fuente)\s*[:：]|^(?:originally (?:published|posted|appeared) (?:at|on|in)|this article (?:was|first) (?:originally )?(?:published|appeared)|read the (?:original|full) (?:article|story|post))\b/i,
  navigation: null,
  share: null,
  cookie:
    /\buse of cookies\b|\b(?:we|this (?:site|website|page)) uses? cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences|consent)\b|\bby (?:continuing to (?:browse|use)|using) (?:this|our) (?:site|website)\b|\bmanage (?:your )?(?:cookie|privacy) (?:settings|preferences)\b/i,
  apply:
    /(?:^(?:to|how to) apply\b|\bhow to apply\b)|\b(?:apply (?:now|today|online|here|via|through|at|by|on)|click (?:here |below |the button )?to apply|please (?:send|submit|e-?mail|forward) (?:your|a|us|an)|(?:send|email|e-mail|forward) (?:us )?(?:your|a) (?:cv|resume|résumé|covering letter|cover letter|application)|interested (?:candidates|applicants|parties|persons)(?: should| may| can| are| please)?|submit (?:your|an) (?:application|cv|resume)|applications? (?:should|must|can|may) be (?:sent|submitted|e-?mailed|made)|quote (?:the )?(?:job )?reference|closing date for applications|only shortlisted candidates will be contacted)\b/i,
  contact: /^(?:contact(?: us| person| details)?|e-?mail|tel|telephone|phone|fax|mobile|call us|for (?:more |further )?(?:information|details|questions)|questions\?)\b/i,
};

const NAVIGATION = new Set([
  'all articles', 'read more', 'back to top', 'next article', 'previous article', 'related articles', 'related posts',
  'home', 'menu', 'skip to content', 'skip to main content', 'continue reading', 'see also', 'load more', 'show more',
  'print', 'print this page', 'you may also like', 'related jobs', 'similar jobs', 'view all jobs', 'more jobs',
  'back to search results', 'back to jobs', 'next', 'previous', 'top', 'comments', 'leave a comment', 'log in',
  'login', 'sign in', 'register', 'search', 'search jobs', 'save job', 'report this job', 'advertisement',
  'table of contents', 'contents', 'tags', 'categories', 'recent posts', 'popular posts', 'breadcrumb',
  'more articles', 'all posts', 'all jobs', 'all vacancies', 'other vacancies', 'similar vacancies', 'back',
  'related', 'more', 'read next', 'up next', 'latest articles', 'most popular', 'newsletter', 'follow us',
]);
const SHARE_WORD = /^(?:share(?: this)?(?: job| article| post| page| vacancy)?(?: on| via)?|tweet|facebook|linkedin|twitter|x|whatsapp|telegram|vk|email|e-mail|pinterest|reddit|xing|copy link|link|print)$/i;

/** Page furniture with a number in it: "Reading time 6 minutes", "4 min read". */
const NAVIGATION_PATTERN = /^(?:reading time:?\s*\d+\s*min(?:ute)?s?|\d+\s*min(?:ute)?s?\s+read|page \d+ of \d+|\d+ comments?|\d+ views?)$/i;

function isNavigation(text: string): boolean {
  const t = text.toLowerCase().replace(/[\s»«›‹→←>|:.…·•]+$/g, '').replace(/^[\s«‹←<]+/, '').trim();
  return NAVIGATION.has(t) || NAVIGATION_PATTERN.test(t);
}

/** "… · Share: Facebook · Twitter · LinkedIn": a share bar at the end of a line. */
const SHARE_TAIL = /\s*[|•·,]?\s*\bshare(?: this(?: job| article| post| page)?)?(?: on| via)?\s*[:：]?\s*(?:(?:facebook|twitter|linkedin|x|whatsapp|telegram|vk|e-?mail|pinterest|reddit|xing|copy link|link|print)\s*(?:[|•·,/]\s*|$)){2,}$/i;

/** What a cookie banner says besides the cookie sentence itself. */
const COOKIE_BUTTON = /^(?:learn more|more info(?:rmation)?|read more|accept(?: all)?(?: cookies)?|ok|okay|got it|reject(?: all)?|decline|manage (?:preferences|settings|cookies)|cookie settings|i agree|agree|allow(?: all)?)[.!]?$/i;

function isShare(text: string): boolean {
  const parts = text.split(/\s*[|,•·/]\s*|\s{2,}/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return false;
  if (!/\b(?:share|tweet|facebook|linkedin|twitter|whatsapp|pinterest|telegram|xing)\b/i.test(text)) return false;
  // "Share this job on LinkedIn", "Share: Facebook | Twitter | LinkedIn"
  return parts.every((p) => SHARE_WORD.test(p) || /^share(?: this)?(?: job| article| post| page)?(?: on| via)?[: ]+(?:facebook|linkedin|twitter|x|whatsapp|email|telegram|xing)$/i.test(p));
}

interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATION = /(?:^|[\s(])(?:tel|no|nr|mr|mrs|ms|dr|st|ave|rd|off|ext|fax|mob|approx|p\.o|e\.g|i\.e|incl|dept|ref)\.$/i;

function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?。！？]+(?:[.!?。！？]+|$)(?:["')\]]*)/g;
  let m: RegExpExecArray | null;
  let carry = -1;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = carry >= 0 ? carry : m.index;
    const end = m.index + m[0].length;
    const next = text.slice(end);
    // "e.g.", "www.x.com", "3.5": a period followed by no space does not end a sentence; nor does
    // one after an abbreviation that is followed by more ("Tel. 0911 …", "office no. 601").
    if ((next.length > 0 && !/^\s/.test(next)) || (ABBREVIATION.test(m[0]) && /^\s+[\p{L}\d+(]/u.test(next))) {
      carry = start;
      continue;
    }
    carry = -1;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    out.push({ start: start + lead, end, text: raw.trim() });
  }
  if (carry >= 0) {
    const raw = text.slice(carry);
    out.push({ start: carry + raw.length - raw.trimStart().length, end: text.length, text: raw.trim() });
  }
  return out.filter((s) => s.text.length > 0);
}

function hasPhone(s: string): boolean {
  PHONE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE.exec(s)) !== null) {
    const digits = m[0].replace(/\D/g, '').length;
    // A number is a phone number when written like one (+44 …, (020) …, 555-123-4567) or said to be one.
    if (digits >= 7 && digits <= 15 && (m[0].startsWith('+') || m[0].includes('(') || /^\d{3}[-.]\d{3}[-.]\d{4}$/.test(m[0]) || PHONE_CUE.test(s))) return true;
  }
  return false;
}

function hasContact(s: string): boolean {
  EMAIL.lastIndex = 0;
  // (An address has an "@": without one the regex backtracks through every word for nothing.)
  return (s.includes('@') && EMAIL.test(s)) || hasPhone(s);
}

function sentenceMatches(kind: Kind, s: string): boolean {
  switch (kind) {
    case 'navigation':
      return isNavigation(s);
    case 'share':
      return isShare(s);
    case 'contact':
      if (/^(?:any |have )?(?:further |more )?questions\s*\??$/i.test(s)) return true;
      // "Contact person: Anna Berg": a label and what follows it.
      if (!hasContact(s)) return SENTENCE.contact!.test(s) && /^[^:：]{1,30}[:：]\s*\S/.test(s) && s.split(/\s+/).length <= 30;
      // A sentence that gives an address or number to reach someone at, or little else.
      return (
        ((SENTENCE.contact!.test(s) || CONTACT_VERB.test(s)) && s.split(/\s+/).length <= 30) ||
        s.replace(EMAIL, '').replace(URL, '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 3
      );
    case 'source':
      // "Source: https://…", "Photo: Anna Berg": a credit is a name or a link, not a sentence about the job.
      return SENTENCE.source!.test(s) && (/https?:\/\/|www\.|\b[\w-]+\.(?:com|org|net|[a-z]{2})\b/i.test(s) || s.split(/\s+/).length <= 10);
    default:
      return SENTENCE[kind]!.test(s);
  }
}

const CONTACT_VERB = /\b(?:contact|call|e-?mail|write|reach|ring|phone|text)\b/i;
/** Where contact details can begin inside a run-on sentence: a cue word, an address, a number. */
const CONTACT_CUE = /\b(?:for (?:more |further )?(?:information|details|questions)|contact|call|e-?mail|tel|telephone|phone|mobile|fax)\b|(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b|\+\d/gi;

/** Each kind's sentence test as a global regex, to find where in a run-on sentence it matches. */
const SENTENCE_CUES = Object.fromEntries(
  Object.entries(SENTENCE).map(([kind, re]) => [kind, re ? new RegExp(re.source, 'gi') : null]),
) as Record<Kind, RegExp | null>;

/** The kinds whose sentence test (sentenceMatches' default) is their SENTENCE regex alone. */
const SENTENCE_IS_CUE: ReadonlySet<Kind> = new Set(['promotion', 'cookie', 'apply']);

/** A section that opens inside a run-on line ("… Job Requirements: BSc …"): boilerplate before it ends there. */
const INLINE_SECTION = /\s(?=(?:(?:Job|Key|Main|Major|Minimum|Required|Preferred|Essential|Desired) )?(?:Requirements?|Qualifications?|Responsibilities|Duties|Skills|Education(?:al)?(?: Background)?|Experience|Competenc(?:e|ies|y)|Knowledge|Tasks|Job Description|Description|Profile)\b\s*[:：\-–]?\s*\p{Lu})/u;

/**
 * Where the clause holding `cue` starts in a run-on sentence: the last capitalized word that follows
 * a word without punctuation ("… in the field too To get a better sense … follow us on …") within
 * fifteen words, else the sentence start when that is as near, else the cue itself.
 */
function clauseStart(s: string, cue: number): number {
  const re = /(?<=[\p{Ll}\d)] )\p{Lu}\p{Ll}*(?= \p{Ll})/gu;
  let best = -1;
  for (const m of s.slice(0, cue).matchAll(re)) best = m.index;
  const within = (i: number) => s.slice(i, cue).split(/\s+/).length <= 16;
  if (best > 0 && within(best)) return best;
  return within(0) ? 0 : cue;
}

/**
 * The part of a sentence that is boilerplate of a kind: the whole sentence, or — in a run-on
 * sentence ("Experience: 4 years … How to Apply Submit your …", scraped postings that lost their
 * line breaks) — the span from the boilerplate's first words to the end of the sentence or the next
 * section that opens inside it. Null when the sentence is not boilerplate of that kind.
 */
function boilerplateSpan(kind: Kind, s: string): [number, number] | null {
  let from = 0;
  let cueEnd = 0;
  /** Whether the cue regex matched at all: for the kinds whose sentence test is that regex, the answer to it. */
  let cued = false;
  if (kind !== 'navigation' && kind !== 'share') {
    const cue = kind === 'contact' ? CONTACT_CUE : SENTENCE_CUES[kind]!;
    cue.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.exec(s)) !== null) {
      cued = true;
      if (m[0].length === 0) {
        cue.lastIndex++;
        continue;
      }
      if (m.index === 0) {
        cueEnd = m[0].length;
        break;
      }
      const before = s.slice(0, m.index);
      // Text before the cue stays when it is content of its own: several words, and the cue opens
      // a new phrase (a capital, or punctuation before it) rather than finishing this one.
      const words = before.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
      const at = words < 3 ? 0 : /^\p{Lu}/u.test(m[0]) || /[:;,.)\]!?]\s*$/.test(before) ? m.index : clauseStart(s, m.index);
      const rest = s.slice(at).trim();
      // Contact details in a run-on sentence: only with an address or number to go by.
      if (at > 0 && (kind !== 'contact' || hasContact(rest)) && sentenceMatches(kind, rest)) {
        from = at;
        cueEnd = m.index + m[0].length;
        break;
      }
      if (kind !== 'contact') break;
    }
  }
  // (Promotion, cookie, apply: the sentence test is the cue regex, which just read the sentence. The
  // text from `from` on passed it when `from` was set, and the whole sentence has the match found.)
  const matches = SENTENCE_IS_CUE.has(kind) ? cued : sentenceMatches(kind, from === 0 ? s : s.slice(from).trim());
  if (!matches) return null;
  const section = INLINE_SECTION.exec(s.slice(cueEnd));
  return [from, section ? cueEnd + section.index : s.length];
}

/** Words without which a block cannot hold boilerplate of a kind: a cheap test before sentence work. */
const CUE: Record<Kind, RegExp> = {
  promotion: /order|buy|get|grab|subscribe|download|sign up|follow us|limited|promo|discount|coupon|book|amazon|% off|code/i,
  source: /^\s*(?:source|originally|photo|image|picture|credit|via|read the|this article|quelle|источник|fuente)/i,
  navigation: /^[^\n]{1,40}$/,
  share: /share|tweet|facebook|linkedin|twitter|whatsapp|pinterest|telegram|xing/i,
  cookie: /cookie/i,
  apply: /apply|send|e-?mail|interested|submit|application|reference|closing|shortlisted|forward/i,
  contact: /@|\d{3}|contact|e-?mail|\btel|phone|fax|mobile|call|information|details|questions/i,
};

/** Removes the sentences of `b` that are boilerplate of one kind (the whole block when all are). */
export function fixBoilerplate(b: WorkBlock, kind: Kind): void {
  const text = b.et.text;
  const rule = `boilerplate.${kind}`;
  if (text.trim().length === 0 || !CUE[kind].test(text)) return;
  // "How to apply" as a heading names a section (segmenting needs it); what it heads is the boilerplate.
  if (kind === 'apply' && (b.kind === 'heading' || /^[\p{L} ]{1,30}[:：]?$/u.test(text.trim()))) return;
  const whole = kind === 'navigation' || kind === 'share';
  const ss = whole ? [] : sentences(text);
  if (ss.length < 2) {
    const span = whole ? (sentenceMatches(kind, text.trim()) ? [0, text.length] : null) : boilerplateSpan(kind, text);
    if (span && text.slice(0, span[0]).trim() === '' && text.slice(span[1]).trim() === '') removeBlock(b, rule);
    else if (span) b.et.apply([spanEdit(text, span[0], span[1], rule)]);
    else if (kind === 'share') {
      const tail = SHARE_TAIL.exec(text);
      if (tail && tail.index > 0) b.et.apply([{ start: tail.index, end: text.length, after: '', rule }]);
    }
    return;
  }
  const hits: [number, number][] = [];
  for (const s of ss) {
    const span = boilerplateSpan(kind, s.text);
    if (span) hits.push([s.start + span[0], s.start + span[1]]);
  }
  if (kind === 'cookie' && hits.length > 0) for (const s of ss) if (COOKIE_BUTTON.test(s.text)) hits.push([s.start, s.start + s.text.length]);
  if (hits.length === 0) return;
  hits.sort((a, c) => a[0] - c[0]);
  const kept = ss.some((s) => !hits.some(([a, z]) => a <= s.start && z >= s.start + s.text.length));
  if (!kept) {
    removeBlock(b, rule);
    return;
  }
  // Neighbouring spans go as one removal.
  const merged: Edit[] = [];
  for (const [a, z] of hits) {
    const e = spanEdit(text, a, z, rule);
    const last = merged[merged.length - 1];
    if (last && e.start <= last.end) last.end = Math.max(last.end, e.end);
    else merged.push(e);
  }
  b.et.apply(merged);
}

/** The removal of text[start, end), with the spaces after it (or before it, at the end of the block). */
function spanEdit(text: string, start: number, end: number, rule: string): Edit {
  while (end < text.length && /[ \t]/.test(text[end])) end++;
  if (end >= text.length) while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
  return { start, end, after: '', rule };
}

/** E-mail addresses and phone numbers left inside a sentence that is about the job. */
export function fixInlineContact(b: WorkBlock): void {
  const text = b.et.text;
  if (!text.includes('@') && !/\d{3}/.test(text)) return;
  // (Only with an "@": the regex backtracks through every word of the text looking for one.)
  if (text.includes('@')) b.et.replace(/\s*\(?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b\)?/gi, 'boilerplate.contact', () => '');
  if (hasPhone(b.et.text)) {
    b.et.replace(/\s*(?:(?:tel|phone|mobile|fax)\.?:?\s*)?(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}/gi, 'boilerplate.contact', (m) => {
      const digits = m[0].replace(/\D/g, '').length;
      return digits >= 7 && digits <= 15 ? '' : null;
    });
  }
  if (b.et.text.trim().length === 0) removeBlock(b, 'boilerplate.contact');
}

/** A sentence that only points somewhere: "Visit https://… for more details." */
const POINTER = /\b(?:visit|see|website|site|more|learn|details|information|find|check|click|go to|read|follow|available at)\b/i;

/** Links: a line that is only a link, or a sentence that only points to one, goes; a link inside a sentence goes, the sentence stays. */
export function fixUrls(b: WorkBlock): void {
  const text = b.et.text;
  if (!/https?:\/\/|www\./i.test(text)) return;
  // Only a link when nothing but spaces and brackets is left around its links (asked of the first
  // character left, not by building the rest).
  if (!/[^\s()[\]<>:|,-]/.test(text.replace(URL, ''))) {
    removeBlock(b, 'boilerplate.url');
    return;
  }
  const pointers = sentences(text).filter((s) => {
    URL.lastIndex = 0;
    if (!URL.test(s.text)) return false;
    const words = s.text.replace(URL, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
    return words.length <= 10 && POINTER.test(s.text);
  });
  if (pointers.length > 0) {
    if (pointers.length === sentences(text).length) {
      removeBlock(b, 'boilerplate.url');
      return;
    }
    b.et.apply(pointers.map((s) => ({ start: s.start, end: Math.min(text.length, s.end + (text[s.end] === ' ' ? 1 : 0)), after: '', rule: 'boilerplate.url' })));
  }
  b.et.replace(/\s*\(?\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]\)?/gi, 'boilerplate.url', () => '');
}

const HEADING_WORDS = /\b(?:responsibilit|requirement|qualification|skill|benefit|dut(?:y|ies)|about|experience|education|offer|overview|summary|description|profile|competenc|knowledge|tasks)/i;

/**
 * Image captions left as lines: a short lowercase line without punctuation, alone between prose
 * (a list of such lines is a list, not captions).
 */
export function fixCaptions(blocks: WorkBlock[]): void {
  // Captions repeat what the page is about: they share a word with its title.
  const title = [blocks[0], blocks.find((b) => b.kind === 'heading')].map((b) => b?.et.text.toLowerCase() ?? '').join(' ');
  const titleWords = new Set((title.match(/\p{L}{3,}/gu) ?? []).filter((w) => !['the', 'and', 'for', 'with', 'what', 'who'].includes(w)));
  const isCaptionLike = (b: WorkBlock | undefined): boolean =>
    b !== undefined && b.kind === 'paragraph' && /^\p{Ll}[\p{L} '-]*$/u.test(b.et.text.trim()) && b.et.text.trim().split(/\s+/).length <= 6;
  const isProse = (b: WorkBlock | undefined): boolean =>
    b === undefined || b.kind === 'heading' || b.et.text.trim().split(/\s+/).length >= 8;
  blocks.forEach((b, i) => {
    if (!isCaptionLike(b) || b.et.text.trim().split(/\s+/).length < 2) return;
    if (HEADING_WORDS.test(b.et.text)) return;
    if (!(b.et.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).some((w) => titleWords.has(w))) return;
    if (isCaptionLike(blocks[i - 1]) || isCaptionLike(blocks[i + 1])) return;
    if (!isProse(blocks[i - 1]) && !isProse(blocks[i + 1])) return;
    removeBlock(b, 'boilerplate.caption');
  });
}
