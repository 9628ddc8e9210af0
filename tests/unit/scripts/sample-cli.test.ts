// The sample's command line: a run stopped half-way leaves no folder `npm start` would take
// for a finished sample, and the next run clears what it left.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/export.ts';

const SCRIPT = join(import.meta.dirname, '../../../scripts/sample.ts');
const partials = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.sample.partial-'));

describe('npm run sample', () => {
  it('leaves no sample behind when killed, and the next run replaces the leftovers', async () => {
    const root = tempDir();
    const out = join(root, 'sample');
    // The national scale runs for about a minute: long enough to be killed while writing.
    const child = spawn(process.execPath, [SCRIPT, '--out', out, '--quiet'], { stdio: 'ignore' });
    const exited = new Promise((done) => child.on('exit', done));
    while (!partials(root).some((p) => existsSync(join(root, p, 'coordinators.csv')))) {
      await new Promise((wait) => setTimeout(wait, 50));
    }
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(out)).toBe(false);
    expect(partials(root)).toHaveLength(1);

    const r = spawnSync(process.execPath, [SCRIPT, '--out', out, '--scale', 'small', '--quiet']);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'SYNTHETIC'))).toBe(true);
    expect(partials(root)).toEqual([]);
  }, 60_000);

  it('refuses to replace a folder that is not a sample', () => {
    const out = join(tempDir(), 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    const r = spawnSync(process.execPath, [SCRIPT, '--out', out, '--scale', 'small'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not replaced: it is not empty and holds no sample');
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });
});
