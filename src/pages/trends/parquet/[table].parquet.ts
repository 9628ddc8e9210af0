// /trends/parquet/<table>.parquet: each /trends/ table as shown, as Parquet.
import type { APIRoute, GetStaticPaths } from 'astro';
import { trendsData } from '../../../lib/trends/page-data.ts';
import { tableParquet } from '../../../lib/trends/parquet.ts';

export const getStaticPaths = (async () => {
  const { tables } = await trendsData();
  return tables.map((table) => ({ params: { table: table.id }, props: { table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(Buffer.from(await tableParquet(props['table'])), {
    headers: { 'Content-Type': 'application/vnd.apache.parquet' },
  });
