// `npm run serve -- [DIR] [--port N]`: serves a built site (default dist/) on 127.0.0.1 the
// way a static host does: the site's _headers, compression, ranges, 404.html
// (scripts/lib/static-host.ts). BASE, as for the build, when the site lives under a sub-path.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { main, ROOT } from './lib/steps.ts';
import { basePath } from './lib/site-address.ts';
import { serveStatic } from './lib/static-host.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '4321' } },
});

main(async () => {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port ${values.port}: not a port number`);
  }
  const root = resolve(ROOT, positionals[0] ?? 'dist');
  const base = basePath(process.env['BASE']);
  const server = await serveStatic({ root, base, port });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${root} at http://127.0.0.1:${bound}${base}  (Ctrl+C to stop)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
});
