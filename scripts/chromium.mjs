// Where Chromium is, and how every test and benchmark starts it. We never download a
// browser: Debian's package (or CHROME_PATH) is the one used.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-features=Translate,MediaRouter',
  // Test pages run side by side; keep timers and frames of the ones not in front alive.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

export const MISSING_CHROMIUM =
  'The browser tests need Chromium, and none was found (set CHROME_PATH, or install it):\n' +
  '  apt-get update && apt-get install -y chromium';
