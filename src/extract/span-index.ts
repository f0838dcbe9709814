// The rules' mentions of a document by where they start, for the tagger's spans to be checked against: each span asked
// "does a mention overlap you?" and "which mentions start in your item before you?" in a binary search, not a scan of
// every mention (a posting of one huge line has tens of thousands of both).

interface Span {
  start: number;
  end: number;
}

export class SpanIndex<T extends Span> {
  private readonly sorted: T[];
  /** maxEnd[i]: the largest end among sorted[0..i]. (A plain array: a posting's few dozen mentions would give a typed array a buffer of its own.) */
  private readonly maxEnd: number[] = [];

  constructor(spans: readonly T[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
    let max = -1;
    for (const s of this.sorted) this.maxEnd.push((max = Math.max(max, s.end)));
  }

  /** Whether some span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const before = this.firstFrom(end);
    return before > 0 && this.maxEnd[before - 1] > start;
  }

  /** Whether some span starting in [from, to] passes `test`. */
  someStartingIn(from: number, to: number, test: (s: T) => boolean): boolean {
    for (let i = this.firstFrom(from); i < this.sorted.length && this.sorted[i].start <= to; i++) if (test(this.sorted[i])) return true;
    return false;
  }

  /** The index of the first span starting at or after `at`. */
  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
