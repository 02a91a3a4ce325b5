// The README's element reference, generated from dist/custom-elements.json (itself
// generated from the elements' JSDoc). `--readme` rewrites README.md between the
// element markers; test/node/manifest.test.mjs fails when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

export function elementReference(manifest = JSON.parse(readFileSync(new URL('dist/custom-elements.json', root), 'utf8'))) {
  const out = [];
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement));
  for (const el of elements.sort((a, b) => a.tagName.localeCompare(b.tagName))) {
    out.push(`### \`<${el.tagName}>\``, '', cell(el.summary), '');
    const props = (el.members ?? []).filter((m) => m.kind === 'field');
    const attrs = new Map((el.attributes ?? []).map((a) => [a.fieldName ?? a.name, a.name]));
    if (props.length) {
      out.push('| attribute | property | type | description |', '|---|---|---|---|');
      for (const p of props) {
        const attr = attrs.get(p.name);
        out.push(`| ${attr ? `\`${attr}\`` : '—'} | \`${p.name}\` | \`${cell(p.type?.text ?? '')}\` | ${cell(p.description)} |`);
      }
      out.push('');
    }
    const methods = (el.members ?? []).filter((m) => m.kind === 'method');
    if (methods.length) out.push(`Methods: ${methods.map((m) => `\`${m.name}()\` — ${cell(m.description)}`).join('; ')}`, '');
    const list = (title, items, name = (i) => `\`${i.name}\``) =>
      items?.length && out.push(`${title}: ${items.map((i) => `${name(i)}${i.description ? ` (${cell(i.description)})` : ''}`).join('; ')}`, '');
    list('Events', el.events, (e) => `\`${e.name}\` \`${e.type?.text ?? 'Event'}\``);
    list('Slots', el.slots, (s) => (s.name ? `\`${s.name}\`` : 'default'));
    list('Parts', el.cssParts);
    list('Custom properties', el.cssProperties, (c) => `\`${c.name}\`${c.default ? ` = \`${c.default}\`` : ''}`);
  }
  return out.join('\n').trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = elementReference();
  if (process.argv.includes('--readme')) {
    const readme = new URL('README.md', root);
    writeFileSync(readme, readFileSync(readme, 'utf8').replace(/(<!-- elements:start -->)[\s\S]*?(<!-- elements:end -->)/, `$1\n${text}\n$2`));
  } else {
    console.log(text);
  }
}
