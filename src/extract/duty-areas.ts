// Areas of a job description's duties that segmenting took for needs: "2. Education", "3. Research and audit" under "Key
// Result Areas" name what the post holder does there when their lines are tasks ("Design and deliver tissue viability
// training …", "Keep up to date with current research …"). Segmenting reads no verbs: it counts only "To …" lines.
import type { SectionKind, SegmentedDocument } from '../types.js';
import { leadingVerb } from './leading-verb.js';
import type { LexiconIndex } from './lexicon.js';

/**
 * The kinds of needs whose names a job description also gives its areas of duties ("Education", "Research and audit");
 * lines under "Requirements" or "Skills" that open with a verb are asked ("Communicate clearly", "Work under pressure").
 */
const AREA_KINDS = new Set<SectionKind>(['education', 'experience']);

/** Verbs a requirement line opens with as often as a task does ("Have a full driving licence", "Be able to …"). */
const ASKING_VERB = /^(?:be|have|hold|possess|demonstrate|show|own)$/;

/** The document with each such area after duties (or after another such area) read as duties. */
export function withDutyAreas(seg: SegmentedDocument, lex: LexiconIndex): SegmentedDocument {
  let sections = seg.sections;
  for (let i = 1; i < sections.length; i++) {
    const s = sections[i];
    if (!AREA_KINDS.has(s.kind) || sections[i - 1].kind !== 'responsibilities' || s.items.length === 0) continue;
    const tasks = s.items.filter((it) => {
      const verb = /^\p{Lu}/u.test(it.text) ? leadingVerb(it.text, 0, lex) : null;
      return verb?.form === 'base' && verb.start === 0 && !ASKING_VERB.test(verb.base);
    }).length;
    if (tasks * 2 < s.items.length) continue;
    if (sections === seg.sections) sections = [...sections];
    sections[i] = { ...s, kind: 'responsibilities' };
  }
  return sections === seg.sections ? seg : { ...seg, sections };
}
