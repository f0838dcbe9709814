import { type Lexicon, surfaceWords } from './features.js';
import { STOPWORDS } from './text.js';
import { isDictionaryWord } from './wordnet.js';

const ACRONYM = /^[a-z]{2,6}$/;

function initials(words: string[]): string {
  return words.map((w) => w[0]).join('');
}

/** Words no expansion of an acronym holds: it names a thing ("infrastructure as code"), not a sentence ("give you the opportunity") or some things ("multiple programming languages"). */
const NOT_IN_EXPANSION = new Set('a an the this that these those some any all many multiple various several other you your we our us they their he she his her it its my me i who which what will can if'.split(' '));

/** What a phrase that asks for a competency opens with, never the name an acronym spells ("experience in cyber security", "excellent communication skills"). */
const CUE = new Set('experience knowledge understanding ability familiarity proficiency excellent strong proven solid great'.split(' '));

/** Whether a phrase reads as a name: a few words, none twice, no pronoun or article, no gerund or cue first. */
function isName(words: string[]): boolean {
  if (words.length < 2 || words.length > 6 || new Set(words).size < words.length || /ing$/.test(words[0]) || CUE.has(words[0])) return false;
  return words.every((w) => /^[a-z]+$/.test(w) && !NOT_IN_EXPANSION.has(w));
}

/** Whether a text writes the word with two capitals or more ("SOPs", "IaC"), not as a word of a line typed in capitals. */
function writesInCapitals(text: string, word: string): boolean {
  if (!/\p{Ll}/u.test(text) && /\S\s+\S+\s+\S/.test(text)) return false;
  for (const [w] of text.matchAll(/[\p{L}\p{N}]+/gu)) if (w.toLowerCase() === word && /\p{Lu}.*\p{Lu}/u.test(w)) return true;
  return false;
}

/**
 * Acronyms a corpus defines by using both forms: "IFRS" and "international financial reporting
 * standards", "WMS" and "warehouse management systems". A word is read as the acronym of a
 * phrase of the corpus whose initials it spells (with or without its function words), written as
 * the same kind of competency, and by the only phrase of the corpus that spells it (across 5,000
 * postings some phrase spells almost any short word: "ICS" the knowledge and "interpersonal and
 * communication skills" the skill, "SAP" and "start the application process"). Two letters
 * spell some phrase's initials in any corpus; the word must be written in capitals where the texts
 * as written are given, and then not be an ordinary word ("best", "far"); else an ordinary word
 * needs a phrase used more than once.
 */
export function corpusAcronyms(texts: { text: string; count: number; kind?: string; written?: readonly string[] }[], lex: Lexicon): Map<string, string[]> {
  // The candidates the postings write with capitals in the texts that hold them ("SOPs", "IaC"; not in a line typed in
  // capitals): an acronym is one of them, a word such as "best" or "far" written in lower case is not.
  let capitals: Set<string> | undefined;
  // Per spelling: the phrase with the most mentions, and the most any other phrase has.
  const expansions = new Map<string, { words: string[]; count: number; runnerUp: number }>();
  const offer = (key: string, words: string[], count: number) => {
    const cur = expansions.get(key);
    if (!cur) expansions.set(key, { words, count, runnerUp: 0 });
    else if (count > cur.count || (count === cur.count && words.join(' ') < cur.words.join(' '))) expansions.set(key, { words, count, runnerUp: cur.count });
    else cur.runnerUp = Math.max(cur.runnerUp, count);
  };
  const candidates = new Map<string, Set<string>>();
  for (const { text, count, kind = '', written } of texts) {
    // A task is no name: an acronym in one ("configure DNS") is spelled by some other task ("deliver new solutions").
    if (kind === 'duty') continue;
    const words = surfaceWords(text, lex);
    for (const w of words) {
      if (!ACRONYM.test(w) || STOPWORDS.has(w) || NOT_IN_EXPANSION.has(w) || lex.words.has(w) || lex.fillers.has(w)) continue;
      let kinds = candidates.get(w);
      if (!kinds) candidates.set(w, (kinds = new Set()));
      kinds.add(kind);
      if (written?.length) {
        capitals ??= new Set();
        if (!capitals.has(w) && written.some((t) => writesInCapitals(t, w))) capitals.add(w);
      }
    }
    if (!isName(words)) continue;
    offer(`${kind}\0${initials(words)}`, words, count);
    const content = words.filter((w) => !STOPWORDS.has(w));
    if (content.length >= 2 && content.length < words.length) offer(`${kind}\0${initials(content)}`, words, count);
  }
  const out = new Map<string, string[]>();
  for (const w of [...candidates.keys()].sort()) {
    // A plural acronym ("KPIs") spells its singular's initials; two letters and an s ("CSS", "AWS") is
    // an acronym of its own far more often than the plural of a two-letter one.
    const spelled = w.length > 3 && w.endsWith('s') ? [w, w.slice(0, -1)] : [w];
    let exp: { words: string[]; count: number; runnerUp: number } | undefined;
    for (const kind of [...candidates.get(w)!].sort()) {
      for (const form of spelled) {
        const e = expansions.get(`${kind}\0${form}`);
        if (e && (!exp || e.count > exp.count)) exp = e;
        if (e) break;
      }
    }
    if (!exp || exp.words.includes(w)) continue;
    if (w.length < 3 || (capitals && !capitals.has(w)) || (isDictionaryWord(w) && (capitals || exp.count < 2))) continue;
    // A spelling several phrases share names none of them surely ("design implementation", "data integration").
    if (exp.count < 2 * exp.runnerUp) continue;
    out.set(w, exp.words);
  }
  return out;
}
