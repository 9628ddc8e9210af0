// Golden files: expected outputs committed beside the tests. They are written only with
// UPDATE_GOLDEN=1 (after a deliberate change; review the diff before committing); otherwise
// a missing golden is an error, so a test can never pass by writing its own expectation.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const updatingGolden = (): boolean => process.env['UPDATE_GOLDEN'] === '1';

/**
 * The golden content at `path` to compare `actual` with. With UPDATE_GOLDEN=1 it writes
 * `actual` there first; without, a missing file throws.
 */
export function readGolden(path: string, actual: string): string {
  if (updatingGolden()) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  } else if (!existsSync(path)) {
    throw new Error(`golden file missing: ${path} (run with UPDATE_GOLDEN=1, review, commit)`);
  }
  return readFileSync(path, 'utf8');
}
