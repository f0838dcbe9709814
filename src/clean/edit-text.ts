/**
 * A block's text while rules rewrite it, with the fixes made so far. Every edit goes through
 * `apply`, which shifts the offsets of earlier fixes, so each fix keeps pointing at its `after` text
 * (or at the place where removed text was) whatever later rules do.
 */
export interface LocalFix {
  rule: string;
  before: string;
  after: string;
  /** Offset of `after` in the current text of the block that holds the fix. */
  start: number;
}

export interface Edit {
  start: number;
  end: number;
  after: string;
  rule: string;
}

export class EditText {
  constructor(
    public text: string,
    public fixes: LocalFix[] = [],
  ) {}

  /** Applies edits that do not overlap (any order); edits that change nothing are dropped. */
  apply(edits: Edit[]): void {
    const real = edits.filter((e) => this.text.slice(e.start, e.end) !== e.after);
    if (real.length === 0) return;
    real.sort((a, b) => a.start - b.start || a.end - b.end);
    const old = this.text;
    const oldStarts: number[] = [];
    const oldEnds: number[] = [];
    const newStarts: number[] = [];
    const newEnds: number[] = [];
    const added: LocalFix[] = [];
    let out = '';
    let pos = 0;
    for (const e of real) {
      if (e.start < pos) continue; // overlapping edit: the first one wins
      out += old.slice(pos, e.start);
      const ns = out.length;
      out += e.after;
      oldStarts.push(e.start);
      oldEnds.push(e.end);
      newStarts.push(ns);
      newEnds.push(out.length);
      added.push({ rule: e.rule, before: old.slice(e.start, e.end), after: e.after, start: ns });
      pos = e.end;
    }
    out += old.slice(pos);
    if (this.fixes.length > 0) {
      for (const f of this.fixes) f.start = mapOffset(f.start, oldStarts, oldEnds, newStarts, newEnds);
    }
    for (const f of added) this.fixes.push(f);
    this.text = out;
  }

  /**
   * Runs a global regex over the text; `fn` returns the replacement for a match, or null to leave
   * it. Returns the number of replacements.
   */
  replace(re: RegExp, rule: string, fn: (m: RegExpExecArray, text: string) => string | null): number {
    const edits: Edit[] = [];
    const text = this.text;
    for (const m of matches(re, text)) {
      const after = fn(m, text);
      if (after !== null && after !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, after, rule });
    }
    this.apply(edits);
    return edits.length;
  }

  /**
   * Removes the wrapping around group `inner` of each match ("**bold**" → "bold", "[text](url)" →
   * "text") as two edits, so fixes inside the kept text keep their place. `keep` may veto a match.
   */
  unwrap(re: RegExp, rule: string, inner: number, keep: (m: RegExpExecArray) => boolean = () => true): number {
    const edits: Edit[] = [];
    for (const m of matches(re, this.text)) {
      const body = m[inner];
      if (body === undefined || !keep(m)) continue;
      const at = m.index + m[0].indexOf(body);
      if (at > m.index) edits.push({ start: m.index, end: at, after: '', rule });
      if (at + body.length < m.index + m[0].length) edits.push({ start: at + body.length, end: m.index + m[0].length, after: '', rule });
    }
    this.apply(edits);
    return edits.length;
  }

  /** Cuts the text into the given [start, end) ranges (ascending, not overlapping), sharing out the fixes. */
  split(ranges: [number, number][]): EditText[] {
    const parts = ranges.map(([s, e]) => new EditText(this.text.slice(s, e)));
    if (ranges.length === 0) return parts;
    for (const f of this.fixes) {
      // A fix goes to the first range that holds its position; one in a gap goes to the next range.
      let lo = 0;
      let hi = ranges.length - 1;
      let k = ranges.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (ranges[mid][1] >= f.start) {
          k = mid;
          hi = mid - 1;
        } else lo = mid + 1;
      }
      const [s, e] = ranges[k];
      parts[k].fixes.push({ ...f, start: Math.min(Math.max(f.start - s, 0), e - s) });
    }
    return parts;
  }
}

function mapOffset(p: number, oldStarts: number[], oldEnds: number[], newStarts: number[], newEnds: number[]): number {
  // Last edit whose start is <= p.
  let lo = 0;
  let hi = oldStarts.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (oldStarts[mid] <= p) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (k < 0) return p;
  if (p >= oldEnds[k] && !(p === oldStarts[k] && p === oldEnds[k])) return p + (newEnds[k] - oldEnds[k]);
  return newStarts[k];
}

/** Non-empty matches of a global regex, from the start of the text. */
function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new Error(`regex ${re} must be global`);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else yield m;
  }
}
