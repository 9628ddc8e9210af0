// /workspace/reference/<pref>.json: the published reference values /workspace/ shows beside
// a centre's own figures (src/lib/workspace/reference.ts), one small file per centre so the
// page fetches only the centre it shows. Shared by both editions.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTable } from '../../../lib/site-data.ts';
import { prefCodes } from '../../../lib/vocab.ts';
import { centreReference } from '../../../lib/workspace/reference.ts';

export const getStaticPaths = (() =>
  prefCodes.map((pref) => ({ params: { pref } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(centreReference(params['pref']!, loadTable('reference_values'))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
