// Names written together: a list of names around one the vocabulary knows ("Xero or QuickBooks"), a knowledge span of
// names that lost its commas ("HTML CSS JavaScript"), and the words around a name that show it is named ("Excel, Word").
import { isDictionaryWord } from '../clean/words.js';
import type { Mention } from '../types.js';
import type { ConceptType, NameMatch } from '../vocabulary/index.js';
import { addMention, type ItemContext } from './context.js';
import { EXAMPLE_CUE } from './knowledge-lists.js';
import { isKnowledgeTerm } from './lexicon.js';
import type { Names } from './names.js';

type VocabularyMatch = NameMatch<ConceptType>;

/** The names a list walks over from one it knows. */
const MAX_LISTED = 50;

/** A word written as a product's name: "RxJava", "iOS", "SQL", "Node.js" (after a joiner, a capitalised word too: "Xero"). */
const CAMEL_NAME = /^(?:\p{L}+\p{Lu}[\p{L}\p{N}]*|\p{Lu}{2,}\d*|\p{Lu}[\p{L}]*\.[\p{Ll}]+)$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;
const NAME_JOIN = String.raw`(?:\s*[,/]\s*|\s+(?:or|and|&)\s+)`;
const NEXT_NAME = new RegExp(String.raw`^(${NAME_JOIN}|\s+)([\p{L}][\p{L}\p{N}.]*[\p{L}\p{N}])(?=$|[\s,/);:]|\.(?:\s|$))(\s+(?!(?:or|and|in|on|at|for|within|across|from|to|with)\b)\p{Ll})?`, 'u');
const JOIN_NEXT = new RegExp(`^${NAME_JOIN}`, 'u');
/** Words of a requirement in Title Case ("Strong Communication Skills"), not of a product's name. */
const NOT_NAME_WORD = /^(?:skills?|experience|knowledge|abilit(?:y|ies)|understanding|proficiency|degree)$/i;
/** Two or three words of a name up to a joiner, a closing bracket, the end of the sentence or its verb ("… and Power BI is desirable"). */
const SEVERAL_WORDS = new RegExp(
  String.raw`^([\p{L}][\p{L}\p{N}.]*[\p{L}\p{N}](?:\s[\p{L}][\p{L}\p{N}.]*[\p{L}\p{N}]){1,2})(?=${NAME_JOIN}|\s*(?:$|[;)]|\.(?:\s|$))|\s+(?:is|are|would|will|should|must|could|preferred|desirable|essential|required|experience|skills|knowledge)\b)`,
  'u',
);
/** A cue that gives examples of what it follows, up to the space before the first one. */
export const EXAMPLES_AFTER = new RegExp(String.raw`^\s*,?\s*(?:\(\s*)?(?:${EXAMPLE_CUE}),?\s(?=\S)`, 'i');
const NAME_WORD_BEFORE = /(\p{Lu}[\p{L}\p{N}+#.]*)\s$/u;
/** A name's first word before its product's kind, ".NET" of ".NET Core", "Visual" of "Visual Studio". */
const PRODUCT_NAME_BEFORE = /(?<=^|[\s,(/])\.?\p{Lu}[\p{L}\p{N}+#.]*\s$/u;
/** What opens a list of names ("experience with …", "knowledge of …", "(…"). */
const RUN_OPENER = /(?:\b(?:with|in|of|using|including|like)\s+|[(:]\s*)$/i;
const PREV_NAME = new RegExp(String.raw`(?:^|[\s(])([\p{L}][\p{L}\p{N}.]*[\p{L}\p{N}])(${NAME_JOIN}|\s+)$`, 'u');

/**
 * "Xero or QuickBooks", "Kotlin RxJava or Coroutines": names the vocabulary does not know, listed with a tool
 * it knows, are tools too. Between names only a joiner; a capitalised word counts only after a joiner, and not
 * when a lower-case word other than a preposition follows it ("… and Strong communication skills" opens a new
 * requirement; "… Docker and Terraform in production" ends the list).
 */
export function coordinatedNames(ctx: ItemContext, tool: VocabularyMatch, known: VocabularyMatch[], confidence: number): number {
  const { text } = ctx;
  const isName = (w: string, joined: boolean) => CAMEL_NAME.test(w) || (joined && CAPITALISED.test(w) && !ctx.lex.languages.has(w.toLowerCase()));
  const unknown = (a: number, b: number) => !known.some((k) => k.start < b && a < k.end);
  let n = 0;
  // ("CAD software such as SolidWorks or Inventor", "cloud platforms (e.g. AWS, Azure)": names given as examples of the tool.)
  const cue = EXAMPLES_AFTER.exec(text.slice(tool.end));
  const first = tool.end + (cue ? cue[0].length - 1 : 0);
  for (let end = first, listed = 0; listed < MAX_LISTED; listed++) {
    const r = NEXT_NAME.exec(text.slice(end));
    if (!r || r[3]) break;
    const joined = r[1].trim() !== '' || (cue !== null && end === first);
    // (After a space only a name in the middle of a list: "Kotlin RxJava or …", not "Node JS".)
    const after = text.slice(end + r[1].length + r[2].length);
    const a = end + r[1].length;
    const b = a + r[2].length;
    // ("Docker Kubernetes Terraform Istio or GitLab": capitalised words in a run of names, spaces only between them, are names too.)
    // (Not the last words of a sentence: "… apps to the Google Play Store." is one name.)
    const between = !joined && /^\p{Lu}/u.test(r[2]) && /^ \p{Lu}(?:[\p{L}\p{N}.]*[\p{L}\p{N}])?(?:$|[,/);:]|\s+(?:or|and)\s|\s+\p{Lu})/u.test(after);
    // ("Jetpack Compose, Android SDK, Firebase Crashlytics": after a joiner, a name of two or three capitalised words
    // that reaches the next joiner or the end is one name.)
    const several = joined && /^\s+\p{Lu}/u.test(after) ? SEVERAL_WORDS.exec(text.slice(a)) : null;
    if (several && several[1].split(/\s+/).every((w) => isName(w, true) && !OPENER.test(w) && !NOT_NAME_WORD.test(w))) {
      const to = a + several[1].length;
      if (unknown(a, to) && addMention(ctx, 'knowledge', a, to, several[1], confidence)) n++;
      end = to;
      continue;
    }
    // ("/Node JS": a name of several words is left to the vocabulary.)
    if (!between && (!isName(r[2], joined) || (!joined && !JOIN_NEXT.test(after)) || /^\s+\p{Lu}/u.test(after))) break;
    // (In such a run an English word and the kind of product after it are one name: "ASP.NET Entity Framework Azure SQL".)
    const second = between && isDictionaryWord(r[2].toLowerCase()) ? PRODUCT_KIND_AFTER.exec(after) : null;
    const to = second && unknown(b + 1, b + second[0].length) ? b + second[0].length : b;
    if (unknown(a, to) && addMention(ctx, 'knowledge', a, to, text.slice(a, to), confidence)) n++;
    end = to;
  }
  for (let start = tool.start, listed = 0; listed < MAX_LISTED; listed++) {
    const l = previousName(text, start);
    if (!l) break;
    const a = start - l[1].length - l[2].length;
    const b = a + l[1].length;
    // ("Power BI or Tableau": the word is the end of a tool the lexicon knows by two words.)
    const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, a - 40), a));
    if (before && isKnowledgeTerm(before[1] + ' ' + l[1], ctx.lex)) {
      if (unknown(a - before[0].length, b) && addMention(ctx, 'knowledge', a - before[0].length, b, before[1] + ' ' + l[1], confidence)) n++;
      start = a - before[0].length;
      continue;
    }
    // (".NET Core and SQL Server": a product's kind after a name is that name's last word, no name of its own.)
    const named = PRODUCT_KIND_AFTER.test(` ${l[1]}`) ? PRODUCT_NAME_BEFORE.exec(text.slice(Math.max(0, a - 40), a)) : null;
    if (named) {
      const from = a - named[0].length;
      if (unknown(from, b) && addMention(ctx, 'knowledge', from, b, text.slice(from, b), confidence)) n++;
      start = from;
      continue;
    }
    // ("experience with Terraform AWS or GCP": a list that lost its commas, opened by a cue, a name before the tool.)
    const runStart = l[2].trim() === '' && RUN_OPENER.test(text.slice(Math.max(0, a - 12), a)) && JOIN_NEXT.test(text.slice(tool.end));
    // (Not the sentence's first word: "Sales or Marketing" may only be capitalised there.)
    if (!isName(l[1], l[2].trim() !== '' || runStart) || (!CAMEL_NAME.test(l[1]) && text.slice(0, a).trim() === '')) break;
    // ("GitHub Actions or GitLab": a word of the language right after a known name is that name's own word.)
    if (isDictionaryWord(l[1].toLowerCase()) && known.some((k) => k.end + 1 === a && text[k.end] === ' ')) break;
    if (unknown(a, b) && addMention(ctx, 'knowledge', a, b, l[1], confidence)) n++;
    start = a;
  }
  return n;
}

/**
 * PREV_NAME read in the PREV_WINDOW characters before `start` (tried at each position of all the text before, it made a
 * long line of names quadratic; an end-anchored regex is tried at every position of its window, so the window is a
 * word's length), or before all of it when the match reaches the window's start (a longer word): the same match.
 */
const PREV_WINDOW = 40;
function previousName(text: string, start: number): RegExpExecArray | null {
  const from = Math.max(0, start - PREV_WINDOW);
  const l = PREV_NAME.exec(text.slice(from, start));
  return l && l.index === 0 && from > 0 ? PREV_NAME.exec(text.slice(0, start)) : l;
}

/** What may stand between the names of a run: spaces, commas, slashes, brackets, "and", "or", "etc". */
const BETWEEN_NAMES = /^(?:[\s,/&()+]|\b(?:and|or|etc)\b\.?)*$/i;

const PLAIN_WORD = /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u;
/** The words of a technology's field after its name ("IT security", "Python programming", "Windows networking"). */
const NAME_FIELD = /^(?:programming|development|security|networking|administration|testing|design|engineering|architecture|scripting|automation|analytics|integration|support|infrastructure|operations|servers?|databases?|frameworks?)$/;
/** The kind of product that closes a two-word name ("Entity Framework", "Spring Cloud", "Alert Manager", "Elastic Search"). */
const PRODUCT_KIND_AFTER = /^ (?:Framework|Manager|Search|Cloud|Services?|Cache|Control|Studio|Boot|Server|Engine|Platform|Suite|Store|Hub|Gateway|Console|Core|Compose|Factory|Functions)(?=$|[\s,/);:])/u;
/** A word between two names of a run that is a name too, though the vocabulary lacks it: "Qt", "Terraform", "fp-ts", "C#". */
const RUN_NAME = /^(?:\p{Lu}[\p{L}\p{N}.+#-]*[\p{L}\p{N}+#]|\p{Ll}+[\p{Lu}\d][\p{L}\p{N}]*|\p{L}+-\p{L}+)$/u;

/** A word with a capital after a lower-case letter, written as a name: "RxJava", "GraphQL", "iOS". */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * "knowledge of HTML CSS JavaScript XML and JSON", "Python Perl Unix SQL": a knowledge span that holds only names,
 * written without commas, is one mention per name (mentions.md: one mention per competency). Most are names the
 * vocabulary knows; a word written as a name between them ("Python Qt CMake git") is one as well, when the known
 * names are at least as many.
 */
export function splitNameRuns(ctx: ItemContext, names: Names): void {
  for (const k of ctx.out.filter((o) => o.kind === 'knowledge')) splitNameRun(ctx, names, k);
}

/** One knowledge mention of `ctx.out` as its names (see splitNameRuns). */
export function splitNameRun(ctx: ItemContext, names: Names, k: Mention): void {
  const a = k.start - ctx.item.start;
  const b = k.end - ctx.item.start;
  const span = ctx.text.slice(a, b);
  // (a list with commas is split already; one word is one name)
  if (!/\s/.test(span) || /[,;]/.test(span)) return;
  // (Matched in the whole item: the span's first word does not open a sentence, "knowledge of Linux …".)
  // (A name the vocabulary blocks as an ordinary word, "Windows", is a name in such a run where written as one.)
  const matched = names.matcher.match(ctx.text).filter((m) => a <= m.start && m.end <= b && m.value !== 'skill');
  const all = [...matched, ...lexiconNames(ctx, a, b).filter((l) => !matched.some((m) => m.start < l.end && l.start < m.end))].sort((x, y) => x.start - y.start);
  const found = all.filter((m) => (!names.blocked.has(m.key) || /^\p{Lu}/u.test(m.text)) && namesKnowledge(ctx.text, m));
  // (One known name and a word written as a name that the vocabulary lacks: with a capital inside, "Kotlin RxJava", or
  // capitalised and in no dictionary beside a name written as one, "MySQL Memcached", "React Symfony" (not "Spring Boot",
  // "Jenkins Concourse", "European energy market").)
  // (Or set off by a slash between spaces, as lists write it: "Typescript / Node".)
  const outside = (w: RegExpMatchArray) => !found.some((m) => m.start <= a + w.index! && a + w.index! < m.end);
  const nameWord = (w: string) => INNER_CAPITAL.test(w) || (/^\p{Lu}/u.test(found[0]?.text ?? '') && /^\p{Lu}\p{Ll}{3,}$/u.test(w) && !isDictionaryWord(w.toLowerCase()));
  const shaped = found.length === 1 && (/\s\/\s/.test(span) || [...span.matchAll(/[^\s,/&()]+/gu)].some((w) => outside(w) && nameWord(w[0])));
  if ((found.length < 2 && !shaped) || found.every((m) => names.blocked.has(m.key))) return;
  // (Between names written as names, one the vocabulary blocks as an ordinary word is a name too: "CMake git".)
  const asNames = found.every((m) => /^\p{Lu}/u.test(m.text));
  const known = (start: number, end: number) => asNames && all.some((m) => m.start === start && m.end === end);
  // (`plain`: lower-case words of a piece of their own; `field`: lower-case words after a name.)
  const pieces: { start: number; end: number; plain?: number; field?: number }[] = [];
  let at = a;
  const gap = (to: number): boolean => {
    for (const w of ctx.text.slice(at, to).matchAll(/[^\s,/&()]+/gu)) {
      if (BETWEEN_NAMES.test(w[0])) continue;
      const start = at + w.index;
      const end = start + w[0].length;
      const last = pieces[pieces.length - 1];
      // ("Linux cloud computing relational databases and IT security": a subject of a few lower-case words between names.)
      // ("IT security", "Python programming": after a name written as one, the words of its field.)
      if (!known(start, end) && PLAIN_WORD.test(w[0]) && !OPENER.test(w[0]) && !NOT_NAME_WORD.test(w[0])) {
        const joined = last !== undefined && /^\s+$/.test(ctx.text.slice(last.end, start));
        const written = joined && last.plain === undefined && /^\p{Lu}/u.test(ctx.text.slice(last.start, last.end)) && NAME_FIELD.test(w[0]);
        if (joined && last.plain !== undefined) pieces[pieces.length - 1] = { start: last.start, end, plain: last.plain + 1 };
        else if (written) pieces[pieces.length - 1] = { start: last.start, end, field: (last.field ?? 0) + 1 };
        else pieces.push({ start, end, plain: 1 });
        continue;
      }
      if (!known(start, end) && (!RUN_NAME.test(w[0]) || OPENER.test(w[0]) || NOT_NAME_WORD.test(w[0]))) return false;
      // ("TCP/IP": a word joined to the name before it by a slash alone is part of that name.)
      if (last && ctx.text.slice(last.end, start) === '/') pieces[pieces.length - 1] = { start: last.start, end };
      else pieces.push({ start, end });
    }
    return true;
  };
  let ok = true;
  for (const m of found) {
    ok &&= gap(m.start);
    pieces.push(m);
    at = m.end;
  }
  if (!ok || !gap(b) || pieces.length > 2 * found.length) return;
  // (Lower-case words of their own name a subject of two or three, fewer pieces than the names; a name's field is one or two words.)
  const plain = pieces.filter((p) => p.plain !== undefined);
  if (plain.some((p) => p.plain! < 2 || p.plain! > 3) || plain.length >= found.length || pieces.some((p) => (p.field ?? 0) > 2)) return;
  // ("Linux and Windows networking": the field of two names joined by "and" is both's.)
  if (pieces.some((p, i) => p.field !== undefined && i > 0 && pieces[i - 1].plain === undefined && /^\s+(?:and|or|&)\s+$/i.test(ctx.text.slice(pieces[i - 1].end, p.start)))) return;
  ctx.out.splice(ctx.out.indexOf(k), 1);
  for (const m of pieces) addMention(ctx, 'knowledge', m.start, m.end, ctx.text.slice(m.start, m.end), k.confidence, k.level ? { level: k.level } : {});
}

/**
 * Tools the lexicon names that the vocabulary does not read alone ("Excel", "Azure", "Redux": O*NET lists them with their
 * vendor), written with a capital in the item from `a` to `b`, as vocabulary matches.
 */
function lexiconNames(ctx: ItemContext, a: number, b: number): VocabularyMatch[] {
  const out: VocabularyMatch[] = [];
  for (const w of ctx.text.slice(a, b).matchAll(/(?<![\p{L}\p{N}.])\p{Lu}[\p{L}\p{N}.]*[\p{L}\p{N}]/gu)) {
    if (isKnowledgeTerm(w[0], ctx.lex)) out.push({ start: a + w.index, end: a + w.index + w[0].length, text: w[0], key: w[0].toLowerCase(), value: 'tool' });
  }
  return out;
}

/** A capitalised word that opens a phrase rather than a name ("The Scheme", "Our Robotics team"). */
export const OPENER = /^(?:the|a|an|our|your|their|its|this|these|that|and|or|of|in|with|for|to|at|on|by|from|as|all|any|new|strong|good|excellent|basic)$/i;

/** Separators and cue words around a name that show it is named as a subject or tool, not used as a plain word. */
const LIST_BEFORE = /(?:[,/(;:•·]|\b(?:and|or|of|in|with|using|such as|including|like|e\.?g\.?|especially|plus|&))\s*$/i;
// Not "skills": "computer skills" names a skill with a modifier, not the subject "computer".
const LIST_AFTER = /^\s*(?:[,/);:]|\b(?:and|or|etc|knowledge|experience|programming|language|software|systems?)\b)/i;

/** Whether a vocabulary match in `text` names knowledge (the learned filter aside). */
export function namesKnowledge(text: string, m: VocabularyMatch): boolean {
  const type = m.value;
  if (type === 'skill') return false;
  if (type === 'tool' || m.key.includes(' ') || /\p{Lu}/u.test(m.text)) return true;
  return listed(text, m);
}

/** A name inside a list or after a cue word ("knowledge of accounting", "Excel, Word"). */
function listed(text: string, m: VocabularyMatch): boolean {
  return LIST_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) || LIST_AFTER.test(text.slice(m.end, m.end + 16));
}

