import { describe, expect, it } from 'vitest';
import { colonMatches, runChars } from '../../src/segment/colon-matches.js';

const NAME_BEFORE_COLON = /(?<=\s|^)(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2})\s*[:：]\s*/gu;
const COLON_HEADING = /(?:^|(?<=[.!?;)]\s{1,3}))(\p{Lu}[\p{L}'’ /&-]{1,48}?)\s*[:：](?:\s+(?=\S)|\s*$)/gu;

const shown = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}|${m[1]}`);

describe('colonMatches', () => {
  const cases: [string, RegExp, Uint8Array][] = [
    ['a name before a colon', NAME_BEFORE_COLON, runChars('-')],
    ['a heading before a colon', COLON_HEADING, runChars("' /&-")],
  ];
  for (const [what, re, run] of cases) {
    it(`gives what matchAll gives: ${what}`, () => {
      const texts = [
        'Compensation: £75k | Equity Job type: Full-time Experience level: Lead Role: Frontend Developer Technologies reactjs',
        'Your responsibilities: Oversee the team. What we’re looking for in candidates: Extensive experience',
        'Job benefits:', 'Job benefits:  ', 'A::B: C', 'x.Name: y', '(Name: y)', 'Name：値', 'Ünïcode Wörds: yes', 'Long Name Of Four: x',
        'end. Job Title:\tx', 'Salary:£30k', 'Skills & Tools / Stack: node', "Candidate's Profile: x", '', ':', ': Name: x: Y Z:',
      ];
      for (const t of texts) expect(shown(colonMatches(t, re, run)), t).toEqual(shown(t.matchAll(re)));
    });

    it(`gives what matchAll gives on random texts: ${what}`, () => {
      const pieces = ['Job', 'type', 'Role', 'level', 'Job type: ', '. Role: ', 'Skills & Tools:', ' ', '  ', '\n', '\t', ':', '：', '-', '.', ';', ')', '/', '&', "'", '’', 'É', 'é', '値', '😀', 'x', 'A', '1', '|', '\u00a0'];
      let seed = 5;
      const rand = (n: number) => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return (seed >>> 8) % n;
      };
      let found = 0;
      for (let t = 0; t < 8000; t++) {
        let s = '';
        for (let k = rand(16); k >= 0; k--) s += pieces[rand(pieces.length)];
        const want = shown(s.matchAll(re));
        found += want.length;
        expect(shown(colonMatches(s, re, run)), JSON.stringify(s)).toEqual(want);
      }
      expect(found).toBeGreaterThan(1000);
    });
  }
});
