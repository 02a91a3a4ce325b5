// The custom elements manifest is generated from JSDoc, and the README's element
// reference is generated from the manifest: both must describe the real elements.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementReference } from '../../scripts/element-reference.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const elements = Object.fromEntries(
  manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => [d.tagName, { ...d, path: m.path }])),
);

test('package.json points tools at the manifest', () => {
  assert.equal(pkg.customElements, 'dist/custom-elements.json');
});

test('every element is in the manifest with its published module', () => {
  assert.deepEqual(Object.keys(elements).sort(), ['claim-annotator', 'claim-card', 'claim-list']);
  for (const el of Object.values(elements)) assert.match(el.path, /^dist\/elements\/.+\.js$/);
});

test('the card documents its attributes, events, parts and custom properties', () => {
  const card = elements['claim-card'];
  const attrs = card.attributes.map((a) => a.name);
  for (const name of ['src', 'claim-id', 'statement', 'claimant', 'date', 'source', 'source-title', 'counter-claim', 'counter-source', 'verdict', 'variant', 'theme', 'link-target']) {
    assert.ok(attrs.includes(name), `attribute ${name}`);
  }
  assert.deepEqual(card.events.map((e) => e.name).sort(), ['claim-error', 'claim-ready']);
  for (const part of ['base', 'statement', 'claimant', 'source', 'counter-claim', 'verdict', 'date', 'review']) {
    assert.ok(card.cssParts.some((p) => p.name === part), `part ${part}`);
  }
  assert.ok(card.cssProperties.every((p) => p.name.startsWith('--claim-')));
});

test('no private state leaks into the manifest', () => {
  for (const el of Object.values(elements)) {
    for (const a of el.attributes) assert.ok(!a.name.startsWith('_'), `${el.tagName} ${a.name}`);
    for (const m of el.members) assert.ok(!m.name.startsWith('_'), `${el.tagName} ${m.name}`);
  }
});

test('every event a manifest lists is a typed claim-* event', () => {
  for (const el of Object.values(elements)) {
    for (const e of el.events) {
      assert.match(e.name, /^claim-[a-z]+$/);
      assert.match(e.type.text, /^Claim\w+Event$/);
    }
  }
});

test('the README\'s element reference is generated from the manifest (refresh: node scripts/element-reference.mjs --readme)', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = /<!-- elements:start -->\n([\s\S]*?)\n<!-- elements:end -->/.exec(readme)?.[1];
  assert.equal(section, elementReference(manifest));
});
