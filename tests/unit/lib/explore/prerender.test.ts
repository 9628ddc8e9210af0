// The default view's answers are keyed by the exact SQL the browser will ask, and their
// JSON cannot close the <script> element that carries it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../../../src/lib/explore/model.ts';
import { prerenderAnswers, scriptJson } from '../../../../src/lib/explore/prerender.ts';
import { buildQuery, withheldQuery } from '../../../../src/lib/explore/sql.ts';

describe('prerenderAnswers', () => {
  it('answers the builder query and the withheld query of the state, by their SQL', async () => {
    const asked: string[] = [];
    const answers = await prerenderAnswers(async (sql) => {
      asked.push(sql);
      return [{ fy: 2025, consultations: asked.length, guarded: false }];
    }, DEFAULT_STATE);
    expect(asked).toEqual([buildQuery(DEFAULT_STATE), withheldQuery(DEFAULT_STATE)]);
    expect(answers[buildQuery(DEFAULT_STATE)]).toEqual({
      columns: ['fy', 'consultations', 'guarded'],
      rows: [{ fy: 2025, consultations: 1, guarded: false }],
    });
  });
});

describe('scriptJson', () => {
  it('escapes < so that </script> in a value cannot end the element', () => {
    const json = scriptJson({ sql: "SELECT '</script><script>alert(1)</script>'" });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ sql: "SELECT '</script><script>alert(1)</script>'" });
  });
});
