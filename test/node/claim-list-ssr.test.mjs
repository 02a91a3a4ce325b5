// <claim-list> renders on the server (@lit-labs/ssr): controls, count and every card of
// the first page as declarative shadow DOM, with no DOM access. Imports the compiled dist/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../dist/elements/claim-list/claim-list.define.js';
// What publishers import to server-render: it loads every shipped translation up front.
import '../../dist/ssr/index.js';

const set = JSON.parse(readFileSync(new URL('../fixtures/claims.json', import.meta.url), 'utf8'));
const textOf = (markup) => markup.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('a list from the claims property renders its controls and cards on the server', () => {
  const out = collectResultSync(render(html`<claim-list .claims=${set} page-size="2" verdict="misleading"></claim-list>`));
  assert.match(out, /<claim-list[^>]*lang="en"/);
  assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
  const text = textOf(out);
  assert.match(text, /Search claims/);
  assert.match(text, /Showing 1 of 3 claims/);
  assert.match(text, /Misleading \(1\)/);
  // The card inside is rendered too, with its own declarative shadow root.
  assert.match(out, /<claim-card[^>]*lang="en"[^>]*><template shadowroot="open"/);
  assert.match(text, /No new permits have been issued/);
  assert.doesNotMatch(text, /diplomats/);
});

test('a list with src renders its loading state on the server and fetches nothing', () => {
  const fetched = [];
  const original = globalThis.fetch;
  globalThis.fetch = (url) => {
    fetched.push(url);
    return new Promise(() => {});
  };
  try {
    const out = collectResultSync(render(html`<claim-list src="/claims.json" lang="ru"></claim-list>`));
    assert.match(textOf(out), /Загрузка проверок…/);
    assert.deepEqual(fetched, []);
  } finally {
    globalThis.fetch = original;
  }
});
