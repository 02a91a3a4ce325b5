// A static server on 127.0.0.1 for the benchmark pages: bench/page (harness code),
// bench/tmp (generated pages, data and bundled peers) and /dist/, answered from the run's
// snapshot of dist/ in bench/tmp/dist.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const SERVED = ['bench/page/', 'bench/tmp/'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json' };

export function startServer() {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
    if (path.startsWith('dist/')) path = `bench/tmp/${path}`;
    let file;
    if (SERVED.some((dir) => path.startsWith(dir))) {
      try {
        if (statSync(join(ROOT, path)).isFile()) file = join(ROOT, path);
      } catch {}
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
