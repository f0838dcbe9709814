import { createRequire } from 'node:module';
import type { Stemmer } from 'natural/lib/natural/stemmers/index.js';

// Porter's stemmer alone: natural's stemmers/index.js loads every language's (the Indonesian one
// reads its dictionary), 60-120 ms of the main thread at a run's start, while the worker threads
// load their models on the same cores. The same module object as index.js's PorterStemmer.
const PorterStemmer = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;

/** Function words: never a competency's content. */
export const STOPWORDS = new Set(
  (
    'a an the and or nor but of in on at to for from with without within by as about into onto over under ' +
    'across through throughout via per than then so such this that these those it its their our your his her ' +
    'we you they he she i me us them who whom which what when where how all any some each every both either ' +
    'other others own same is are was were be been being am do does did done have has had having can could ' +
    'may might shall would also etc e g ie eg not no yes more most less least very much many up down off'
  ).split(' '),
);

/** Prepositions: never content, and they end the part of a phrase its head word is taken from. */
export const PREPOSITIONS = new Set('of in on at to for from with within by about into across through via towards toward among between'.split(' '));

const stemCache = new Map<string, string>();
/** An -able or -ible adjective, its adverb or its noun. */
const ABLE = /[ai]b(?:le|ly|ility|ilities)$/;

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[a-z]{4,}$/.test(word) ? PorterStemmer.stem(word) : word;
    // Porter keeps the verb and the -sion noun apart ("decid"/"decis", "respond"/"respons").
    if (s.length >= 5) s = s.replace(/([aeiou])d$/, '$1s').replace(/nd$/, 'ns');
    // …and the -y noun from its adjective ("strategi"/"strateg", "financi"/"financ").
    if (s.length >= 6) s = s.replace(/([^aeiou])i$/, '$1');
    // …and "organization", "organize" from "organ" (Porter reads all three as "organ").
    if (s === 'organ' && word.startsWith('organi')) s = 'organiz';
    // …and the -able adjective and its -ability noun from the verb or noun they are made of ("accountability" is no
    // "accounting", "dependable" no "dependency").
    if (s !== word && ABLE.test(word) && !/[ai]bl$/.test(s)) s = `${s}abl`;
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/**
 * Lowercase word tokens. Keeps in-word hyphens, apostrophes, "&", "+" and "#" ("e-commerce",
 * "am's", "p&l", "c++") so the lexicon can match them; everything else separates words.
 */
export function rawTokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKC')
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-')
      .match(/[\p{L}\p{N}]+(?:['&+#.-][\p{L}\p{N}]+)*[+#]*/gu) ?? []
  );
}

/** "bachelor's" → "bachelor", "clients'" → "clients". */
export function stripPossessive(token: string): string {
  return token.replace(/'s$/, '').replace(/'$/, '');
}

/** Words whose -ise/-our ending is not a British spelling. */
const ISE_KEEP = new Set(
  ('advise advised advises advising expertise enterprise enterprises exercise exercised exercises merchandise premise premises ' +
    'franchise franchises otherwise promise promised promises compromise compromised raise raised raises raising rise rises arise arises ' +
    'wise precise concise supervise supervised supervises supervising revise revised revises revising devise devised improvise improvised ' +
    'televise surprise surprised noise cruise demise disguise despise excise incise praise chastise comprise comprised comprises ' +
    'advertise advertised advertises advertising circumcise treatise paradise porpoise tortoise bruise').split(' '),
);
const OUR_KEEP = new Set('hour hours tour tours four your pour flour contour contours detour devour sour scour'.split(' '));

/**
 * British → American spelling, so both meet ("organisation" / "organization",
 * "analyse" / "analyze", "behaviour" / "behavior"). Applied to every word on both sides.
 */
export function americanize(word: string): string {
  if (word.length < 5 || !/[sr]/.test(word)) return word;
  if (!ISE_KEEP.has(word)) {
    const m = /^([a-z]{3,})is(e|ed|es|ing|er|ers|ations?|ational|ationally)$/.exec(word);
    // Every form of a kept word stays ("improvisation" of "improvise": as "improvization" it stems as "improve").
    if (m && !ISE_KEEP.has(`${m[1]}ise`)) return `${m[1]}iz${m[2]}`;
    const y = /^([a-z]{3,})ys(e|ed|es|ing)$/.exec(word);
    if (y) return `${y[1]}yz${y[2]}`;
  }
  if (!OUR_KEEP.has(word)) {
    const o = /^([a-z]{2,})our(s|ed|ing|able|ite|ites)?$/.exec(word);
    if (o) return `${o[1]}or${o[2] ?? ''}`;
  }
  if (/^[a-z]{3,}(?:elled|elling|eller)$/.test(word) && !/^(?:sell|spell|smell|tell|dwell|swell|yell|fell|quell|excell|compell|propell|repell|expell)/.test(word)) {
    return word.replace(/ell(ed|ing|er)$/, 'el$1');
  }
  return word;
}
