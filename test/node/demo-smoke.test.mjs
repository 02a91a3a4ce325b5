// `npm start` serves the demo: every page renders its cards with a clean console, asks
// nothing of any other host, and runs under a strict CSP (no inline scripts or handlers).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serveDemo } from './demo-server.mjs';

const DEMO = fileURLToPath(new URL('../../demo/', import.meta.url));
const PAGES = [
  { path: '/demo/', minCards: 6 },
  { path: '/demo/editor.html', minCards: 1 },
  { path: '/demo/theme.html', minCards: 6 },
];

const demo = serveDemo();

for (const { path, minCards } of PAGES) {
  test(`${path} renders every card without console errors or outside requests`, async () => {
    const page = await demo.browser.newPage();
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== demo.base && url.protocol !== 'data:') problems.push(`request to another host: ${request.url()}`);
    });
    await page.goto(`${demo.base}${path}`);
    await page.waitForFunction(() => {
      const cards = [...document.querySelectorAll('claim-card:not([hidden])')];
      return cards.length > 0 && cards.every((c) => c.shadowRoot?.querySelector('[part="statement"]'));
    });
    const count = await page.locator('claim-card:not([hidden])').count();
    assert.ok(count >= minCards, `expected at least ${minCards} cards, saw ${count}`);
    // Give the annotators their first pass: an orphaned claim would warn.
    await page.evaluate(() => Promise.all([...document.querySelectorAll('claim-annotator')].map((a) => a.ready)));
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the demo has no inline scripts, inline handlers or HTML-string DOM building', () => {
  const html = readdirSync(DEMO).filter((f) => f.endsWith('.html'));
  assert.ok(html.length >= 3);
  for (const file of html) {
    const text = readFileSync(join(DEMO, file), 'utf8');
    for (const tag of text.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /\bsrc=/, `${file}: inline script ${tag}`);
    assert.doesNotMatch(text, /<[^>]*\son[a-z]+\s*=/i, `${file}: inline event handler`);
    assert.doesNotMatch(text, /<[^>]*\sstyle\s*=/i, `${file}: inline style attribute`);
    assert.doesNotMatch(text, /javascript:/i, `${file}: javascript: URL`);
    assert.match(text, /http-equiv="Content-Security-Policy"[\s\S]*?script-src 'self'/, `${file}: no strict CSP`);
  }
  const scripts = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.js')) scripts.push(join(dir, entry.name));
    }
  };
  walk(DEMO);
  for (const file of scripts) {
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\(|new Function\(/, `${file}: builds DOM from HTML strings`);
    assert.doesNotMatch(text, /from ['"][./]*src\//, `${file}: imports from src/ (use the built bundle)`);
  }
});

test('the server refuses paths outside the demo and the build', async () => {
  for (const path of ['/package.json', '/node_modules/lit/package.json', '/demo/../.git/config', '/%2e%2e/%2e%2e/etc/passwd']) {
    const response = await fetch(`${demo.base}${path}`);
    assert.equal(response.status, 404, path);
  }
  assert.equal((await fetch(`${demo.base}/`, { redirect: 'manual' })).headers.get('location'), '/demo/');
});
