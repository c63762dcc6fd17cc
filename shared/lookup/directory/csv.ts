/**
 * Incremental reader of `;`-separated CSV, fed with text as it is decompressed so that a directory
 * of hundreds of thousands of lines never sits whole in memory. Quotes follow RFC 4180: a quoted
 * field may hold the separator, line breaks and doubled quotes.
 */
export class CsvRecordReader {
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  /** A quote just closed a quoted field: the next char decides (`""` is an escaped quote). */
  private quoteSeen = false;
  private atStart = true;

  constructor(private readonly separator = ';') {}

  /** Parses `text` and returns the records it completed. */
  push(text: string): string[][] {
    const done: string[][] = [];
    let chunk = text;
    if (this.atStart) {
      this.atStart = false;
      if (chunk.startsWith('\uFEFF')) chunk = chunk.slice(1);
    }
    for (const char of chunk) {
      if (this.inQuotes) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (char === '"') {
            this.field += '"';
            continue;
          }
          this.inQuotes = false;
          // fall through: the char after a closing quote is handled as unquoted.
        } else if (char === '"') {
          this.quoteSeen = true;
          continue;
        } else {
          this.field += char;
          continue;
        }
      }
      if (char === '"' && this.field === '') {
        this.inQuotes = true;
      } else if (char === this.separator) {
        this.record.push(this.field);
        this.field = '';
      } else if (char === '\n') {
        this.endRecord(done);
      } else if (char !== '\r') {
        this.field += char;
      }
    }
    return done;
  }

  /** Flushes the last record when the text does not end with a line break. */
  end(): string[][] {
    const done: string[][] = [];
    if (this.quoteSeen) {
      this.quoteSeen = false;
      this.inQuotes = false;
    }
    if (this.field !== '' || this.record.length > 0) this.endRecord(done);
    return done;
  }

  private endRecord(done: string[][]): void {
    this.record.push(this.field);
    this.field = '';
    // Blank lines carry nothing.
    if (!(this.record.length === 1 && this.record[0] === '')) done.push(this.record);
    this.record = [];
  }
}
