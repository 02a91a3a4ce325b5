// npm start: serves the demo and the built files on localhost. No dependencies, no
// network: everything the demo needs is in this folder.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
/** Only these folders are served: never node_modules or the repository's dot-files. */
const SERVED = ['demo', 'dist', 'schema'];

function resolvePath(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const top = clean.split(sep)[0];
  if (!SERVED.includes(top)) return undefined;
  const file = join(root, clean);
  if (!file.startsWith(root)) return undefined;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return resolvePath(`${clean}/index.html`);
    return file;
  } catch {
    return undefined;
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { location: '/demo/' });
    res.end();
    return;
  }
  let file;
  try {
    file = resolvePath(url.pathname);
  } catch {
    file = undefined;
  }
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
});

const wanted = Number(process.env.PORT ?? 8000);
// PORT=0 asks the system for any free port (the tests do).

function listen(port, triesLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && triesLeft > 0 && port !== 0) listen(port + 1, triesLeft - 1);
    else throw error;
  });
  server.listen(port, '127.0.0.1', () => {
    const { port: actual } = server.address();
    console.log(`\nclaim-cards demo: http://localhost:${actual}/demo/\n(Ctrl+C to stop)`);
  });
}
listen(wanted, 20);
