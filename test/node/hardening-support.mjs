// Shared by the test/node/hardening-*.test.mjs files (not a test itself): a tiny HTTP
// server for the built library (dist/), test pages the tests register with their own
// headers, and claims fixtures; plus Debian's Chromium through playwright-core.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css' };

/** The claims file the elements' tests share (three claims: no-new-permits, not-a-violation, diplomat-couriers). */
export const claimsJson = await readFile(join(root, 'test/fixtures/claims.json'), 'utf8');

/**
 * Starts a server on a free port. `routes` maps a path to `{body, type?, headers?, status?}`
 * (or a function of the URL returning one); `/dist/…` serves the build; `/copy-b/dist/…`
 * serves the same build from a second URL (the library loaded twice).
 */
export async function startServer(routes = {}) {
  const hits = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    let route = routes[url.pathname];
    if (typeof route === 'function') route = await route(url, req);
    if (route) {
      res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers });
      res.end(route.body);
      return;
    }
    const path = url.pathname.replace(/^\/copy-b\//, '/');
    const clean = normalize(path).replace(/^\/+/, '');
    if (!clean.startsWith('dist/')) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    try {
      const body = await readFile(join(root, clean));
      res.writeHead(200, { 'content-type': TYPES[extname(clean)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    hits,
    routes,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * Opens `url` in a fresh page and records console errors and warnings, uncaught page
 * errors, and every `securitypolicyviolation` (reported to the console by Chromium,
 * and collected in the page by a listener the page itself installs first).
 */
export async function openPage(browser, url, { beforeLoad } = {}) {
  const page = await browser.newPage();
  const log = { errors: [], warnings: [], pageErrors: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.errors.push(msg.text());
    if (msg.type() === 'warning') log.warnings.push(msg.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  if (beforeLoad) await page.addInitScript(beforeLoad);
  await page.goto(url);
  return { page, log };
}
