/**
 * Splits CSV text, given in pieces, into records (arrays of fields): RFC 4180 quoting, CRLF or LF
 * line ends, a quoted field may hold line breaks and span pieces. Only the unfinished record is
 * kept between pieces, so a large file is read with flat memory.
 */
export class CsvRecords {
  private rest = '';

  constructor(private readonly onRecord: (fields: string[]) => void) {}

  push(text: string): void {
    const s = this.rest + text;
    this.rest = s.slice(this.parse(s, false));
  }

  /** The last record, when the text does not end with a line break. */
  end(): void {
    if (this.rest) this.parse(`${this.rest}\n`, true);
    this.rest = '';
  }

  /** Emits the complete records of `s`; returns where the unfinished one starts. */
  private parse(s: string, last: boolean): number {
    const delimiters = /[,\r\n]/g;
    let recordStart = 0;
    let p = 0;
    let fields: string[] = [];
    for (;;) {
      let value: string;
      if (s.charCodeAt(p) === 34) {
        let q = s.indexOf('"', p + 1);
        while (q !== -1 && s.charCodeAt(q + 1) === 34) q = s.indexOf('"', q + 2);
        // The closing quote is not here yet, or a quote that may be doubled by the next piece.
        if (q === -1 || (q + 1 >= s.length && !last)) return recordStart;
        value = s.slice(p + 1, q);
        if (value.includes('""')) value = value.replace(/""/g, '"');
        p = q + 1;
        // Text between a closing quote and the next delimiter (openCsv writes none) is kept with the field.
        delimiters.lastIndex = p;
        const d = delimiters.exec(s);
        if (d === null) return recordStart;
        if (d.index > p) value += s.slice(p, d.index);
        p = d.index;
      } else {
        delimiters.lastIndex = p;
        const d = delimiters.exec(s);
        if (d === null) return recordStart;
        value = s.slice(p, d.index);
        p = d.index;
      }
      fields.push(value);
      const c = s.charCodeAt(p);
      if (c === 44) {
        p++;
        continue;
      }
      if (c === 13) {
        if (p + 1 >= s.length) return recordStart;
        if (s.charCodeAt(p + 1) === 10) p++;
      }
      p++;
      this.onRecord(fields);
      fields = [];
      recordStart = p;
      if (p >= s.length) return p;
    }
  }
}
