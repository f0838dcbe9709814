import type { QualificationFields } from '../types.js';
import { addMention, matches, type ItemContext } from './context.js';
import { leadingVerb } from './duties.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15,
};
const YEARS = /(?<![\p{L}\p{N}])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*(\+|plus)?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?|jahre?n?|ans|années|años|лет|года?)(?![\p{L}])/giu;
const TAIL = /\s*(?:,?\s*or equivalent\b.*|\(?(?:is |are )?(?:strongly |highly )?(?:preferred|required|desirable|essential|an advantage|a plus|advantageous)\)?\.?)$/iu;
/** "360-degree", "a high degree of accuracy": not qualifications. */
const NOT_DEGREE = /(?:\d\s*-?\s*degree|degree of|to (?:a|some) degree|degrees? (?:celsius|fahrenheit))/i;

/**
 * Degrees, years of experience, certifications and licences. `strong`: the item sits under a
 * requirements / education / experience heading, so a bare match suffices; elsewhere the sentence
 * must also speak of experience or of what is required.
 */
export function qualifications(ctx: ItemContext, strong: boolean, confidence: number): boolean {
  const { text, lex } = ctx;
  const fields: QualificationFields = {};
  let first = Infinity;

  for (const y of matches(YEARS, text)) {
    const after = text.slice(y.index + y[0].length, y.index + y[0].length + 12);
    if (/^\s*(?:old|of age|ago)/i.test(after)) continue;
    lex.experienceWords.lastIndex = 0;
    const context = strong || /experience|experienced|background|track record|опыт|erfahrung|expérience|experiencia/i.test(text);
    if (!context) continue;
    const n = /^\d/.test(y[1]) ? Number(y[1]) : NUMBER_WORDS[y[1].toLowerCase()];
    if (n === undefined || n > 40) continue;
    fields.minYears ??= n;
    first = Math.min(first, y.index);
  }

  const degree = [...matches(lex.degrees, text), ...matches(lex.degreesExact, text)].sort((a, b) => a.index - b.index);
  for (const d of degree) {
    if (NOT_DEGREE.test(text.slice(Math.max(0, d.index - 4), d.index + d[0].length + 12))) continue;
    const word = d[0].toLowerCase().replace(/’/g, "'").replace(/[\s-]+/g, ' ');
    const level = lex.degreeLevels.get(word) ?? lex.degreeLevels.get(d[0]) ?? 'degree';
    const specific = level !== 'degree' && level !== 'diploma';
    if (!strong && !specific && !/required|preferred|must|essential|qualification|holder|graduate/i.test(text)) continue;
    if (!fields.degreeLevel || (fields.degreeLevel === 'degree' && level !== 'degree')) fields.degreeLevel = level;
    const after = text.slice(d.index + d[0].length);
    const fm =
      /^\s*(?:degree|diploma|qualification)?\s*(?:in|of)\s+(.+?)(?:,?\s+or\s+(?:a\s+)?(?:related|equivalent|similar|relevant)\b.*|\s*[;.(]|\s+(?:preferred|required|desirable|is|or equivalent|from)\b|$)/iu.exec(after) ??
      /^\s*[–—-]\s*(.+?)(?:\s+(?:preferred|required|desirable)\b.*|[;.(]|$)/u.exec(after);
    if (fm && !fields.field && fm[1].split(/\s+/).length <= 8 && !/^(?:any|a|an)\b/i.test(fm[1])) fields.field = fm[1].toLowerCase().replace(/[,.]$/, '').trim();
    first = Math.min(first, d.index);
  }

  // "Maintain professional registration …" is work, unless it also names a degree or years.
  const workLine = first === Infinity && leadingVerb(text, 0, lex) !== null;
  for (const re of workLine ? [] : [lex.certifications, lex.certificationsExact]) {
    for (const c of matches(re, text)) {
      if (!strong && !/required|must|valid|current|\bhold/i.test(text)) continue;
      if (/software|licen[cs]e (?:fee|key)s?/i.test(text.slice(c.index, c.index + c[0].length + 6))) continue;
      // The named certificate: up to three capitalised or short words before the cue ("Full UK driving licence").
      const before = /((?:[\p{L}\p{N}'’+-]+\s+){0,3})$/u.exec(text.slice(0, c.index))?.[1] ?? '';
      const name = (before + c[0]).replace(/^(?:a|an|the|valid|current|full|must hold|hold)\s+/i, '').trim();
      fields.certification ??= name.toLowerCase();
      first = Math.min(first, c.index - before.length);
    }
  }

  // "Experience of caring for ventilated patients": experience of an activity, without a tool.
  const exp = /^(?:(?:previous|proven|demonstrable|relevant|recent|significant|substantial|extensive|some|prior)\s+)?(?:experience|background)\s+(?:of|in)\s+\S/i.exec(text);
  if (exp && strong && ctx.listLike) first = Math.min(first, 0);
  const record = /^(?:an?\s+)?(?:(?:proven|demonstrable|demonstrated|strong|solid|successful)\s+)?track record\b/i.exec(text);
  if (record && strong) first = Math.min(first, 0);

  if (first === Infinity) return false;
  let start = 0;
  let end = text.length;
  if (!(ctx.listLike && text.split(/\s+/).length <= 25)) {
    // In prose: the phrase from the match (with its quantifier: "at least", "a") to the end of its clause.
    const lead = /(?:(?:at least|a minimum of|minimum of|minimum|min\.?|over|more than|a|an|the|valid|current|full)\s+)*$/i.exec(text.slice(0, first));
    start = lead ? lead.index : first;
    const tail = text.slice(first);
    // The clause ends at a comma before a lower-case word ("… in B2B sales, excellent …"); a comma inside a
    // list of fields ("Business, Marketing or E-commerce") does not end it.
    const stop = /[;.](?:\s|$)|,\s+(?!(?:or|and)\s+\p{Lu})(?=\p{Ll})|\s(?:which|who|and (?:the )?(?:ability|willingness))\b/u.exec(tail);
    end = first + (stop ? stop.index : tail.length);
  }
  const span = text.slice(start, end);
  const trimmed = span.replace(TAIL, '');
  const spanEnd = trimmed.trim() === '' ? end : start + trimmed.length;
  return addMention(ctx, 'qualification', start, spanEnd, text.slice(start, spanEnd), confidence, { qualification: fields }) !== null;
}
