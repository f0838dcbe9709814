import type { MentionKind } from '../types.js';
import { STOPWORDS } from './text.js';

/** "crm" → "CRM", "kpis" → "KPIs": abbreviations from the lexicon, in capitals. */
function capitalize(word: string, abbreviations: ReadonlySet<string>): string {
  const w = word.toLowerCase();
  if (!/^[a-z0-9&]{2,7}$/.test(w)) return word;
  const singular = w.endsWith('s') ? w.slice(0, -1) : '';
  if (singular && abbreviations.has(singular)) return `${singular.toUpperCase()}s`;
  return abbreviations.has(w) ? w.toUpperCase() : word;
}

/**
 * How the postings themselves write words that are not plain lowercase ("SAP", "HubSpot",
 * "English"). A capital at the start of a text, or in Title Case text, says only that the word is
 * not written in capitals throughout ("Java" against "JAVA"). A name's capitals inside the word win
 * over lowercase, which postings often write out of haste ("html", "mysql"), unless lowercase is
 * the clear habit (more than twice as frequent); a capital only at the start needs the majority.
 */
export function writtenForms(texts: string[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  const initialCaps = new Map<string, number>();
  const innerCaps = (w: string) => /^.\P{Lu}*\p{Lu}/u.test(w);
  for (const text of texts) {
    const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}&+#.-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? [];
    const long = words.filter((w) => w.length > 3);
    const titleCase = long.length > 1 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * long.length;
    words.forEach((w, i) => {
      const lower = w.toLowerCase();
      // An acronym opening the text ("BS/BA degree") is written so, not capitalised for the sentence.
      const acronym = w.length > 1 && w === w.toUpperCase();
      if (w !== lower && (i === 0 || titleCase) && !innerCaps(w) && !acronym) {
        initialCaps.set(lower, (initialCaps.get(lower) ?? 0) + 1);
        return;
      }
      let m = votes.get(lower);
      if (!m) votes.set(lower, (m = new Map()));
      m.set(w, (m.get(w) ?? 0) + 1);
    });
  }
  const out = new Map<string, string>();
  for (const [lower, m] of votes) {
    const ranked = [...m.entries()].filter(([form]) => form !== lower).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (!ranked.length) continue;
    const [form, count] = ranked[0];
    const lowercase = m.get(lower) ?? 0;
    if (lowercase > (innerCaps(form) ? 2 * count : count)) continue;
    const shouted = form === form.toUpperCase() && form.length > 3;
    out.set(lower, shouted && (initialCaps.get(lower) ?? 0) > count ? form.charAt(0) + form.slice(1).toLowerCase() : form);
  }
  return out;
}

/**
 * A label that names the reference concept it links to, written as the reference writes that name
 * ("Mysql" → "MySQL", "Java" for "Java (computer programming)"); ESCO's lowercase labels say nothing.
 */
export function casedAsReference(label: string, reference: string): string {
  const name = reference.replace(/\s*\([^)]*\)$/, '');
  return name !== name.toLowerCase() && name.toLowerCase() === label.toLowerCase() ? name : label;
}

/**
 * The label a person would write, chosen from the variants: the most mentioned wording, with
 * nominal forms preferred for skills and knowledge ("negotiation" over "negotiating"), then the
 * shorter one. Returned in sentence case, abbreviations in capitals, names as the postings write them.
 */
export function chooseLabel(
  kind: MentionKind,
  variants: { normalized: string; count: number }[],
  abbreviations: ReadonlySet<string>,
  written: ReadonlyMap<string, string> = new Map(),
): string {
  const nounAlternative = variants.some((v) => !/\s/.test(v.normalized.trim()) && !MODIFIER.test(v.normalized.trim()));
  let best = variants[0];
  let bestScore = -Infinity;
  for (const v of variants) {
    const text = v.normalized.trim();
    const words = text.split(/\s+/);
    let score = Math.log(1 + v.count);
    // A gerund standing alone reads as an activity, when a noun names the same competency.
    if (kind !== 'duty' && nounAlternative && words.length === 1 && /ing$/.test(text)) score -= 0.4;
    // An adjective alone names a kind of skill ("active", "interpersonal"): a wording that says which
    // ("listening", "interpersonal skills") is the label when the postings write one nearly as often.
    else if (kind !== 'duty' && variants.length > 1 && words.length === 1 && MODIFIER.test(text) && !/ing$/.test(text)) score -= 0.7;
    if (/[()[\]:;"]/.test(text)) score -= 1;
    // A wording cut short ("knowledge and") is never the label while a whole one is there.
    if (isFragment(text)) score -= 10;
    score -= 0.05 * Math.max(0, words.length - 3);
    if (
      score > bestScore ||
      (score === bestScore && (text.length < best.normalized.length || (text.length === best.normalized.length && text < best.normalized)))
    ) {
      best = v;
      bestScore = score;
    }
  }
  return formatLabel(best.normalized, abbreviations, written);
}

/**
 * Adjective and gerund endings: such a word alone names a kind of skill, not a skill
 * ("interpersonal", "analytical", "creative"), or a fragment of a longer name ("building" of
 * "capacity building skills").
 */
const MODIFIER = /(?:al|ic|ive|ous|ful|able|ible|ary|ing)$/i;
/** Another word after a modifier, not "and"/"or": the modifier is of that noun ("technical improvement"). */
const BEFORE_NOUN = /\s+(?!(?:and|or)\b)\p{L}/uy;

/**
 * A one-word label that is an adjective or a gerund, with the head noun the postings most often
 * write after it ("Interpersonal" → "Interpersonal skills", "Building" → "Building skills"), when
 * they write it with a head more often than without ("Creative" stays). A noun that names an ability
 * names its skill alone ("Negotiation"); one that names a thing or people does not ("Computer skills",
 * "People skills"), when `namesAbility` (WordNet's) tells them apart. A name is a name ("SEO").
 */
export function withHead(label: string, texts: readonly string[], heads: readonly string[], namesAbility?: (word: string) => boolean | undefined): string {
  if (/\s/.test(label) || /^.+\p{Lu}/u.test(label) || heads.length === 0) return label;
  if (!MODIFIER.test(label) && (!namesAbility || namesAbility(label.toLowerCase()) === true)) return label;
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(label)}(?:\\s+(${heads.map(escape).join('|')}))?(?![\\p{L}\\p{N}])`, 'giu');
  const counts = new Map<string, number>();
  let alone = 0;
  for (const text of texts) {
    for (const m of text.matchAll(re)) {
      if (m[1]) counts.set(m[1].toLowerCase(), (counts.get(m[1].toLowerCase()) ?? 0) + 1);
      // Before another noun ("technical improvement") it is neither alone nor with a head.
      else {
        BEFORE_NOUN.lastIndex = m.index + m[0].length;
        if (!BEFORE_NOUN.test(text)) alone++;
      }
    }
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return best && best[1] > alone ? `${label} ${best[0]}` : label;
}

function formatLabel(text: string, abbreviations: ReadonlySet<string>, written: ReadonlyMap<string, string> = new Map()): string {
  const words = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:]+$/, '')
    .split(' ')
    .map((w) => written.get(w.toLowerCase()) ?? capitalize(w, abbreviations))
    // "bs/ba", "<organization>", "(epr)": each word inside a word with punctuation that is an acronym or a name with inner
    // capitals as written ("BS/BA", "DevOps/SRE", "<ORGANIZATION>", "(EPR)").
    .map((w) => (/[^\p{L}\p{N}'’-]/u.test(w) ? w.replace(/[\p{L}\p{N}]+/gu, (part) => (/^.\P{Lu}*\p{Lu}/u.test(written.get(part.toLowerCase()) ?? '') ? written.get(part.toLowerCase())! : part)) : w));
  const out = words.join(' ');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const DANGLING_START = new Set('and or nor but of in on at to for from with by as than'.split(' '));

/** Part of a phrase, not a name for anything: "Knowledge and", "Of accounts", "The". */
export function isFragment(label: string): boolean {
  const words = label.toLowerCase().split(/[^\p{L}\p{N}+#]+/u).filter(Boolean);
  return !words.length || STOPWORDS.has(words[words.length - 1]) || DANGLING_START.has(words[0]);
}

/** A concept's preferred label as a competency's label: sentence case unless it is written otherwise ("JavaScript"). */
export function referenceLabel(label: string): string {
  return label === label.toLowerCase() ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}
