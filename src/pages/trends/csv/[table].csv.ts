// /trends/csv/<table>.csv: each /trends/ table as shown (same object, page-data.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { tableCsv, trendsData } from '../../../lib/trends/page-data.ts';

export const getStaticPaths = (async () => {
  const { tables } = await trendsData();
  return tables.map((table) => ({ params: { table: table.id }, props: { table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`\ufeff${tableCsv(props['table'])}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
