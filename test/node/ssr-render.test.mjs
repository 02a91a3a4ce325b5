// Server rendering in Node: <claim-card> through @lit-labs/ssr to declarative shadow DOM,
// with the claim-cards/ssr helper and with a plain Lit template. Imports the compiled
// dist/ (npx tsc -p tsconfig.json). The browser half (hydration) is test/browser/ssr/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { renderClaimCard } from '../../dist/ssr/index.js';

const claims = JSON.parse(readFileSync(new URL('../fixtures/claims.json', import.meta.url), 'utf8'));
const permits = claims.claims.find((c) => c.id === 'no-new-permits');

/** The declarative shadow root's content, and what is outside it. */
function split(out) {
  const match = /^<claim-card([^>]*)><template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>([\s\S]*)<\/claim-card>$/.exec(out);
  assert.ok(match, `not a bare <claim-card> with a declarative shadow root:\n${out.slice(0, 300)}`);
  return { attributes: match[1], shadow: match[2], light: match[3] };
}

const textOf = (markup) => markup.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function quietly(fn) {
  const calls = [];
  const { warn, error } = console;
  console.warn = (...args) => calls.push(args.join(' '));
  console.error = (...args) => calls.push(args.join(' '));
  return Promise.resolve()
    .then(fn)
    .then((value) => ({ value, calls }))
    .finally(() => Object.assign(console, { warn, error }));
}

test('the element modules load in Node with no window, document or DOM shim installed by us', () => {
  const script = `
    await import('./dist/index.js');
    await import('./dist/define.js');
    await import('./dist/elements/claim-card/claim-card.define.js');
    await import('./dist/react/index.js');
    await import('./dist/ssr/index.js');
    console.log(JSON.stringify([typeof window, typeof document]));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: new URL('../..', import.meta.url),
    encoding: 'utf8',
  });
  assert.deepEqual(JSON.parse(out), ['undefined', 'undefined']);
});

test('renderClaimCard: the finished card as declarative shadow DOM, in the requested language', async () => {
  const out = await renderClaimCard(permits, { lang: 'ru' });
  const { attributes, shadow, light } = split(out);
  assert.match(attributes, / lang="ru"/);
  assert.match(shadow, /^<style>/, 'styles travel inside the shadow root');
  assert.match(shadow, /<blockquote part="statement"/);
  const text = textOf(shadow);
  assert.ok(text.includes(permits.statement), 'the statement');
  assert.ok(text.includes('Проверка фактов'), 'Russian labels');
  assert.ok(text.includes('Опровержение'), 'Russian counter-claim label');
  assert.ok(text.includes('1 августа 2018 г.'), 'the date through Intl in Russian');
  assert.ok(!out.startsWith('<!--'), 'no markers outside the element: the page never hydrates them');
  // The browser's element reads the same data from the child script.
  const json = /^<script type="application\/json">([\s\S]*)<\/script>$/.exec(light);
  assert.ok(json, `the claim as a child script, got ${light.slice(0, 100)}`);
  assert.deepEqual(JSON.parse(json[1]), permits);
});

test('renderClaimCard: without a lang the card is English and says so', async () => {
  const { attributes, shadow } = split(await renderClaimCard(permits));
  assert.match(attributes, / lang="en"/);
  assert.ok(textOf(shadow).includes('Fact check'));
});

test('renderClaimCard: claim text cannot end the script or inject markup', async () => {
  const hostile = { id: 'hostile', statement: 'A </script><script>alert(1)</script> <!-- x --> <img src=x onerror=alert(1)>' };
  const out = await renderClaimCard(hostile, { id: 'card-1', class: 'story "card"' });
  assert.equal(out.match(/<script/g).length, 1, 'one script element');
  assert.ok(!/<img/.test(out), 'no live <img>');
  const { attributes, light } = split(out);
  assert.match(attributes, / id="card-1"/);
  assert.match(attributes, / class="story &quot;card&quot;"/);
  const json = /^<script type="application\/json">([\s\S]*)<\/script>$/.exec(light);
  assert.deepEqual(JSON.parse(json[1]), hostile);
});

test('renderClaimCard: a claim set with claimId, variant and theme', async () => {
  const { attributes, shadow } = split(await renderClaimCard(claims, { claimId: 'diplomat-couriers', variant: 'compact', theme: 'dark', linkTarget: '_blank' }));
  assert.match(attributes, / claim-id="diplomat-couriers"/);
  assert.match(attributes, / variant="compact"/);
  assert.match(attributes, / theme="dark"/);
  assert.match(attributes, / link-target="_blank"/);
  assert.ok(textOf(shadow).includes('North Korean diplomats'));
});

test('renderClaimCard: invalid data renders the error state, silently and without throwing', async () => {
  const { value, calls } = await quietly(() => renderClaimCard({ id: 'x', source: { url: 'javascript:alert(1)' } }));
  const { shadow } = split(value);
  assert.ok(textOf(shadow).includes('This fact-check is unavailable.'));
  assert.ok(shadow.includes('<code>'), 'the failing paths for editors');
  assert.ok(!shadow.includes('javascript:'), 'the bad link is never rendered');
  assert.deepEqual(calls, [], 'the console warning is the browser\'s job');
});

test('a plain Lit template with attributes renders the card; the server writes the language it used', () => {
  const out = collectResultSync(
    render(html`<claim-card statement="Moscow hosts as many as 50,000 North Korean workers." claimant="A deputy minister" verdict="Unproven"></claim-card>`),
  );
  const bare = out.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  const { attributes, shadow } = split(bare);
  assert.match(attributes, / lang="en"/);
  assert.ok(textOf(shadow).includes('Moscow hosts as many as 50,000 North Korean workers.'));
  assert.ok(textOf(shadow).includes('Unproven'));
});

test('a src card renders its loading state and fetches nothing on the server', async () => {
  const realFetch = globalThis.fetch;
  let fetches = 0;
  globalThis.fetch = (...args) => {
    fetches++;
    return realFetch(...args);
  };
  try {
    const out = collectResultSync(render(html`<claim-card lang="en" src="https://example.org/claims.json" claim-id="a"></claim-card>`));
    assert.ok(out.includes('aria-busy="true"'));
    assert.ok(textOf(out).includes('Loading'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(fetches, 0);
  } finally {
    globalThis.fetch = realFetch;
  }
});

test('importing claim-cards/ssr loads every shipped language; servers that call connectedCallback still render', async () => {
  const option = () => ({ connectedCallback: true });
  LitElementRenderer.renderOptions.push(option);
  try {
    const { value, calls } = await quietly(() => collectResultSync(render(html`<claim-card lang="ko" statement="Connected on the server."></claim-card>`)));
    assert.ok(textOf(value).includes('Connected on the server.'));
    assert.ok(textOf(value).includes('팩트체크'));
    assert.deepEqual(calls, []);
  } finally {
    LitElementRenderer.renderOptions.splice(LitElementRenderer.renderOptions.indexOf(option), 1);
  }
});
