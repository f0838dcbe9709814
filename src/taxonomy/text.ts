import { PorterStemmer } from 'natural/lib/natural/stemmers/index.js';

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

/** Prepositions that open a complement ("relationships with clients"): their words weigh less. */
export const PREPOSITIONS = new Set('of in on at to for from with within by about into across through via towards toward among between'.split(' '));

const stemCache = new Map<string, string>();

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) ? PorterStemmer.stem(word) : word;
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
