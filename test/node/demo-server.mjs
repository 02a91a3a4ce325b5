// The demo as `npm start` serves it (scripts/serve.mjs on a free port) and a headless
// Chromium, started before a test file's tests and stopped after them.
import { spawn } from 'node:child_process';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

/** Registers the hooks; `base` (the server's origin) and `browser` are set once they ran. */
export function serveDemo() {
  const demo = { base: '', browser: undefined, server: undefined };
  before(async () => {
    const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '0' } });
    demo.server = server;
    demo.base = await new Promise((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (chunk) => {
        out += chunk;
        const m = /http:\/\/localhost:(\d+)\/demo\//.exec(out);
        if (m) resolve(`http://localhost:${m[1]}`);
      });
      server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
    });
    demo.browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await demo.browser?.close();
    demo.server?.kill();
  });
  return demo;
}
