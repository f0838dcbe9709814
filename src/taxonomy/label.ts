import type { MentionKind } from '../types.js';

/** "crm" → "CRM", "kpis" → "KPIs": abbreviations from the lexicon, in capitals. */
function capitalize(word: string, abbreviations: ReadonlySet<string>): string {
  const w = word.toLowerCase();
  if (!/^[a-z0-9&]{2,7}$/.test(w)) return word;
  const singular = w.endsWith('s') ? w.slice(0, -1) : '';
  if (singular && abbreviations.has(singular)) return `${singular.toUpperCase()}s`;
  return abbreviations.has(w) ? w.toUpperCase() : word;
}

/**
 * The label a person would write, chosen from the variants: the most mentioned wording, with
 * nominal forms preferred for skills and knowledge ("negotiation" over "negotiating"), then the
 * shorter one. Returned in sentence case with known abbreviations in capitals.
 */
export function chooseLabel(kind: MentionKind, variants: { normalized: string; count: number }[], abbreviations: ReadonlySet<string>): string {
  let best = variants[0];
  let bestScore = -Infinity;
  for (const v of variants) {
    const text = v.normalized.trim();
    const words = text.split(/\s+/);
    let score = Math.log(1 + v.count);
    // A gerund standing alone reads as an activity, not a competency name.
    if (kind !== 'duty' && words.length === 1 && /ing$/.test(text)) score -= 0.4;
    if (/[()[\]:;"]/.test(text)) score -= 1;
    score -= 0.05 * Math.max(0, words.length - 3);
    if (
      score > bestScore ||
      (score === bestScore && (text.length < best.normalized.length || (text.length === best.normalized.length && text < best.normalized)))
    ) {
      best = v;
      bestScore = score;
    }
  }
  return formatLabel(best.normalized, abbreviations);
}

export function formatLabel(text: string, abbreviations: ReadonlySet<string>): string {
  const words = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:]+$/, '')
    .split(' ')
    .map((w) => capitalize(w, abbreviations));
  const out = words.join(' ');
  return out.charAt(0).toUpperCase() + out.slice(1);
}
