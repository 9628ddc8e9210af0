// Format v1.1 in the published data: a v1 export (no plans.csv, offices.csv, initiatives/)
// still gets the targets, initiatives and offices tables, empty, and every other file
// exactly as with them; the centres' own words are defused in the CSVs like any text.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, hashDir, run, setCell, tempDir } from '../../../helpers/export.ts';

const NEW_TABLES = ['targets', 'initiatives', 'offices'];
const isNew = (file: string) =>
  NEW_TABLES.some(
    (t) => file === `${t}.csv` || file === `${t}.parquet` || file === `json/${t}.json`,
  );

describe('a v1 export', async () => {
  const full = join(tempDir(), 'published');
  const v1 = join(tempDir(), 'published');
  const dir = copyExample();
  expect((await run([dir], full)).ok).toBe(true);
  for (const p of ['plans.csv', 'offices.csv', 'initiatives'])
    rmSync(join(dir, p), { recursive: true });
  const result = await run([dir], v1);
  const manifest = JSON.parse(readFileSync(join(v1, 'manifest.json'), 'utf8'));

  it('is accepted and nothing is ignored', () => {
    expect(result.errors).toEqual([]);
    expect(manifest.ignored).toEqual([]);
  });

  it('publishes the three tables empty, in every format and in portal.duckdb', () => {
    for (const table of NEW_TABLES) {
      const entries = manifest.published.filter((e: { table: string }) => e.table === table);
      expect(entries.map((e: { format: string; rows: number }) => [e.format, e.rows])).toEqual([
        ['parquet', 0],
        ['csv', 0],
        ['json', 0],
        ['duckdb', 0],
      ]);
      expect(JSON.parse(readFileSync(join(v1, 'json', `${table}.json`), 'utf8'))).toEqual([]);
    }
    expect(readFileSync(join(v1, 'targets.csv'), 'utf8')).toBe(
      'fiscal_year,pref_code,indicator,target,value,status,ratio,met\n',
    );
    expect(readFileSync(join(v1, 'offices.csv'), 'utf8')).toBe(
      '\ufeffpref_code,office_id,name,main,address,phone,website,booking_url,hours,online\r\n',
    );
  });

  it('changes no other published file', () => {
    const others = (d: string) =>
      Object.fromEntries(
        Object.entries(hashDir(d)).filter(
          // datapackage.json, like manifest.json, lists the new tables' files too
          ([f]) =>
            !isNew(f) && f !== 'manifest.json' && f !== 'datapackage.json' && f !== 'portal.duckdb',
        ),
      );
    expect(others(v1)).toEqual(others(full));
  });
});

describe('text of offices and initiatives in the CSV files', async () => {
  const out = join(tempDir(), 'published');
  const dir = copyExample();
  setCell(join(dir, 'offices.csv'), 3, 'name', '=HYPERLINK("https://x.example","多摩")');
  setCell(join(dir, 'offices.csv'), 3, 'hours', '-火・木');
  const md = join(dir, 'initiatives/ex-47-islands-2025.md');
  const text = readFileSync(md, 'utf8').replace(/^title: .*$/m, "title: '@離島巡回相談会'");
  writeFileSync(md, text);
  const result = await run([dir], out);

  it('is accepted', () => expect(result.errors).toEqual([]));

  it('prefixes a quote to every cell a spreadsheet would run as a formula; JSON keeps the text', () => {
    const offices = readFileSync(join(out, 'offices.csv'), 'utf8');
    expect(offices).toContain(`,"'=HYPERLINK(""https://x.example"",""多摩"")",`);
    expect(offices).toContain(",'-火・木,");
    expect(readFileSync(join(out, 'initiatives.csv'), 'utf8')).toContain(",'@離島巡回相談会,");
    const json = JSON.parse(readFileSync(join(out, 'json/initiatives.json'), 'utf8'));
    expect(json.map((r: { title: string }) => r.title)).toContain('@離島巡回相談会');
  });
});
