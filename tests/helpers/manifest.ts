// A small valid manifest.json (src/schemas/manifest.ts) for tests of what reads one: every
// key present, lists empty, the disclosure summary zero; `changes` replaces top-level keys.
import type { Manifest } from '../../src/schemas/manifest.ts';

export function manifestFixture(changes: Partial<Manifest> = {}): Manifest {
  return {
    format_version: '1',
    code_version: '0.1.0',
    generated_at: '2026-11-24T12:00:00.000Z',
    inputs: [],
    synthetic: true,
    data_vintage: '2026-03',
    files: [],
    ignored: [],
    disclosure: {
      microdata: {
        rows_in: 0,
        rows_published: 0,
        rows_generalised: 0,
        rows_generalised_cells: 0,
        rows_withheld: 0,
      },
      aggregates: {},
      coordinators: { published: 0, withheld_no_consent: 0 },
    },
    tables: [],
    published: [],
    ...changes,
  };
}
