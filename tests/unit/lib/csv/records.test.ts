import { describe, expect, it } from 'vitest';
import { CsvRecordParser, type CsvRecord } from '../../../../src/lib/csv/records.ts';

function parse(parts: string[]) {
  const out: CsvRecord[] = [];
  const p = new CsvRecordParser((r) => out.push(r));
  for (const part of parts) p.push(part);
  p.end();
  return { records: out, blank: p.blankLines };
}

const TEXT =
  'a,b,c\r\n1,"x\r\ny",3\r\n\r\n4,"q""q",6\n7,"bad"x,9\n10,,\n"z",2,"3"\r\n"multi\nline\nfield",2,3\nlast,no,newline';

describe('CsvRecordParser', () => {
  it('keeps the physical line each record starts on', () => {
    const { records, blank } = parse([TEXT]);
    expect(records.map((r) => [r.line, r.error ? 'ERR' : r.fields.join('|')])).toEqual([
      [1, 'a|b|c'],
      [2, '1|x\r\ny|3'],
      [5, '4|q"q|6'],
      [6, 'ERR'],
      [7, '10||'],
      [8, 'z|2|3'],
      [9, 'multi\nline\nfield|2|3'],
      [12, 'last|no|newline'],
    ]);
    expect(blank).toBe(1);
  });

  it('gives the same records however the text is cut into chunks', () => {
    const whole = JSON.stringify(parse([TEXT]));
    for (let i = 0; i <= TEXT.length; i++) {
      for (let j = i; j <= TEXT.length; j += 5) {
        expect(JSON.stringify(parse([TEXT.slice(0, i), TEXT.slice(i, j), TEXT.slice(j)]))).toBe(
          whole,
        );
      }
    }
  });

  it('reports an unterminated quote at the line where the field opens', () => {
    const { records } = parse(['h1,h2\n1,2\n3,"open\n4,5\n']);
    expect(records.at(-1)).toMatchObject({
      line: 3,
      error: expect.stringContaining('unterminated'),
    });
  });

  it('reports text after a closing quote and carries on at the next line', () => {
    const { records } = parse(['h1,h2\n"a"b,2\n3,4\n']);
    expect(records[1]).toMatchObject({ line: 2, error: expect.stringContaining('closing quote') });
    expect(records[2]).toMatchObject({ line: 3, fields: ['3', '4'] });
  });
});
