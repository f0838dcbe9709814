import { describe, expect, it } from 'vitest';
import { firstMatch, hits, matches } from '../../src/extract/context.js';
import { phraseRe } from '../../src/extract/lexicon.js';
import { scanMatches, scanOf, wordStarts } from '../../src/extract/phrase-scan.js';

/** The regex's own global loop: what the scan must give. */
function plain(re: RegExp, s: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(`${m.index}:${m[0]}`);
  return out;
}

const PHRASES = [
  'team player', 'problem-solving', 'eye for detail', 'C', 'R', 'it', '.net', 'c++', 'node.js', "esprit d'équipe", 'customer’s needs',
  'Kommunikationsfähigkeit', 'опыт работы с', '经验', 'skills', 'skill', 'sales', 'kpi', 'ms office', 'a - b',
];

const TEXTS = [
  'A TEAM PLAYER with an Eye For Detail.', 'team\u00a0player', 'team-\t player', 'teamplayer', 'team playerx', 'xteam player',
  'ſales and ſkills', 'KPI and \u212Api', 'C, R and C++ or .NET and Node.JS', 'x.net', "ESPRIT D'ÉQUIPE", 'esprit d’équipe',
  'customer\'s needs', 'KOMMUNIKATIONSFÄHIGKEIT', 'ОПЫТ РАБОТЫ С', 'опыт работы сx', '有经验', '经验丰富', '😀skills😀', 'IT and it', 'İT',
  'problem‐solving', 'problem—solving', 'problem - solving', 'a-b', 'a -- b', 'ms\u2028office', 'sales-skills', 'skills,skill;sales',
];

describe('phrase regex scan', () => {
  for (const flags of ['giu', 'gu']) {
    const re = phraseRe(PHRASES, flags);

    it(`is used for a phrase regex (${flags})`, () => {
      expect(scanOf(re)).toBeDefined();
    });

    it(`gives the regex's own matches on awkward texts (${flags})`, () => {
      for (const s of TEXTS) {
        const want = plain(re, s);
        expect(matches(re, s).map((m) => `${m.index}:${m[0]}`), s).toEqual(want);
        expect(hits(re, s), s).toBe(want.length > 0);
        const first = firstMatch(re, s);
        expect(first ? `${first.index}:${first[0]}` : undefined, s).toBe(want[0]);
      }
    });

    it(`gives the regex's own matches on random texts (${flags})`, () => {
      // Pieces of the phrases, their case and fold variants, separators and letters that stop a match.
      const pieces = ['team', 'TEAM', ' ', '-', '\t', 'player', 'Player', 'ſ', 'ales', 'kills', '\u212A', 'pi', 'C', 'c', '+', '.', 'net',
        'R', 'it', 'IT', "'", '’', 'опыт', 'ОПЫТ', 'работы', 'с', 'С', '经验', 'x', '1', 'é', 'É', 'esprit', 'd', 'équipe', 'a', 'b', '😀', ','];
      let seed = 7;
      const rand = (n: number) => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return (seed >>> 8) % n;
      };
      let found = 0;
      for (let t = 0; t < 3000; t++) {
        let s = '';
        for (let k = rand(12); k >= 0; k--) s += pieces[rand(pieces.length)];
        const want = plain(re, s);
        found += want.length;
        expect(matches(re, s).map((m) => `${m.index}:${m[0]}`), s).toEqual(want);
      }
      expect(found).toBeGreaterThan(100);
    });
  }

  it('finds the matches of a regex registered after the text was read, and of regexes past the combined filters', () => {
    const text = 'a team player and a problem solver';
    const starts = wordStarts(text);
    const late = phraseRe(['problem solver', 'team player']);
    expect(scanMatches(scanOf(late)!, text, starts, false).map((m) => `${m.index}:${m[0]}`)).toEqual(plain(late, text));
    const many = Array.from({ length: 40 }, (_, k) => phraseRe([`word${k}`, 'team player']));
    for (const re of many) expect(matches(re, `the word39 and word0, ${text}`).map((m) => `${m.index}:${m[0]}`)).toEqual(plain(re, `the word39 and word0, ${text}`));
  });
});
