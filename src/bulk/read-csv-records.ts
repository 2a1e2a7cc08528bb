// Reads CSV the way neo4j-admin import does with our settings (',' between values, '"' quotes
// with "" inside, line breaks only inside quoted values), chunk by chunk, so that a file of any
// size is checked with little memory. Each record knows the line it starts on. Pure.

export interface CsvRecord {
  /** 1-based line the record starts on. */
  line: number;
  fields: string[];
  /** Whether some quoted value of the record holds a line break. */
  multiline: boolean;
}

export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

type State = 'start' | 'unquoted' | 'quoted' | 'closed';
const QUOTE = /"/g;
const SPECIAL = /[",\r\n]/g;

export class CsvRecordReader {
  private state: State = 'start';
  private field = '';
  private fields: string[] = [];
  private line = 1;
  private recordLine = 1;
  private multiline = false;
  /** A \r outside quotes: the end of a line when \n follows, else a character of the value. */
  private pendingCr = false;

  /** The records completed by this chunk. Runs of ordinary characters are taken whole. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let i = 0;
    while (i < chunk.length) {
      const special = this.state === 'quoted' ? QUOTE : SPECIAL;
      special.lastIndex = i;
      const at = special.exec(chunk)?.index ?? chunk.length;
      if (at > i) this.takeRun(chunk.slice(i, at));
      if (at < chunk.length) this.step(chunk[at], out);
      i = at + 1;
    }
    return out;
  }

  /** Characters with no meaning to CSV at this point: part of the value. */
  private takeRun(run: string): void {
    if (this.state === 'quoted') {
      const breaks = run.split('\n').length - 1;
      this.line += breaks;
      this.multiline ||= breaks > 0 || run.includes('\r');
      this.field += run;
      return;
    }
    this.step(run[0], []);
    this.field += run.slice(1);
  }

  /** The last record, when the file does not end with a line break. */
  end(): CsvRecord[] {
    if (this.state === 'quoted') throw new CsvSyntaxError(this.recordLine, 'a quoted value is not closed before the end of the file');
    const out: CsvRecord[] = [];
    if (this.state !== 'start' || this.field !== '' || this.fields.length > 0) this.finishRecord(out);
    return out;
  }

  private finishRecord(out: CsvRecord[]): void {
    this.fields.push(this.field);
    out.push({ line: this.recordLine, fields: this.fields, multiline: this.multiline });
    [this.fields, this.field, this.state, this.multiline, this.pendingCr] = [[], '', 'start', false, false];
    this.recordLine = this.line;
  }

  private afterQuote(c: string): CsvSyntaxError {
    return new CsvSyntaxError(this.line, `${JSON.stringify(c)} after the closing quote of the value ${JSON.stringify(this.field.slice(0, 40))}`);
  }

  private step(c: string, out: CsvRecord[]): void {
    if (this.state === 'quoted') {
      this.state = 'closed'; // inside quotes only '"' is special (push takes the rest as runs)
      return;
    }
    if (this.pendingCr) {
      this.pendingCr = false;
      if (c !== '\n') {
        if (this.state === 'closed') throw this.afterQuote('\r');
        [this.field, this.state] = [this.field + '\r', 'unquoted'];
      }
    }
    if (c === ',') {
      this.fields.push(this.field);
      [this.field, this.state] = ['', 'start'];
    } else if (c === '\n') {
      this.line++;
      this.finishRecord(out);
    } else if (c === '\r') {
      this.pendingCr = true;
    } else if (this.state === 'closed') {
      if (c !== '"') throw this.afterQuote(c);
      [this.field, this.state] = [this.field + '"', 'quoted'];
    } else if (this.state === 'start' && c === '"') {
      this.state = 'quoted';
    } else {
      [this.field, this.state] = [this.field + c, 'unquoted'];
    }
  }
}
