// `npm start` serves the demo: every card renders and the console stays clean.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

let server;
let base;
let browser;

before(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '0' } });
  base = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /http:\/\/localhost:(\d+)\/demo\//.exec(out);
      if (m) resolve(`http://localhost:${m[1]}`);
    });
    server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test('the demo home renders every card without console errors', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${base}/demo/`);
  await page.waitForFunction(() => {
    const cards = [...document.querySelectorAll('claim-card')];
    return cards.length > 0 && cards.every((c) => c.shadowRoot?.querySelector('[part="statement"]'));
  });
  const count = await page.locator('claim-card').count();
  assert.ok(count >= 6, `expected at least 6 cards, saw ${count}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the server refuses paths outside the demo and the build', async () => {
  for (const path of ['/package.json', '/node_modules/lit/package.json', '/demo/../.git/config', '/%2e%2e/%2e%2e/etc/passwd']) {
    const response = await fetch(`${base}${path}`);
    assert.equal(response.status, 404, path);
  }
  assert.equal((await fetch(`${base}/`, { redirect: 'manual' })).headers.get('location'), '/demo/');
});
